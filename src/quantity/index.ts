// Quantities: numbers and vague amounts of people with their bounds, reusable by any extractor.
export { parseQuantityAt, findQuantities, quantityStarters, requalify, type QToken, type QuantityMatch } from './parse.js';
export { quantityLexicons, phraseWords, type VagueAmount } from './lexicon.js';
