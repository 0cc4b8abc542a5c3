// Small word classes the figure rules (figures.ts) test, shared with the article scan (scan.ts) that marks
// them once per token.

/** a count without a number: "a policeman", "another soldier", "the driver". */
export const SINGULAR_DETERMINERS = new Set(['a', 'an', 'another', 'the']);

/** "his wife", "their son": a victim named through whom they belong to. */
export const POSSESSIVES = new Set(['his', 'her', 'their']);

/** words after which a new clause, and so a new subject, may begin. */
export const CLAUSE_OPENERS = new Set([',', 'and', 'that', 'after', 'when', 'while', 'said', '"', '“', ';', ':', 'where', 'who', 'which',
  'whom', 'but', 'before', 'until', 'as', 'because', 'then', 'says']);

/** "he was shot", "she died": one person, for the tally only. */
export const PERSONAL_PRONOUNS = new Set(['he', 'she']);
