import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/schema.js';
import { run } from './helpers.js';

// Sentences assembled from the parts the rules read, with filler (accents, emoji: UTF-16 offsets) around
// them and an attribution over each sentence that names a source.
const qualifier = fc.constantFrom('', 'at least ', 'more than ', 'about ', 'up to ', 'nearly ');
const number = fc.constantFrom('74', '350,000', 'fifty-nine', 'two dozen', '1.5 million', '10-15', 'dozens of', 'tens of thousands of', 'a few hundred', 'between 10 and 15');
const victims = fc.constantFrom('people', 'civilians', 'IS fighters', 'regime personnel', 'police officers', 'children', 'women and children');
const predicate = fc.constantFrom('were killed', 'have been wounded', 'died', 'fled', 'were arrested', 'were abducted', 'dead', 'displaced', 'remain');
const source = fc.constantFrom('', 'police', 'the monitor', 'Société Générale', 'officials 🙂');
const filler = fc.constantFrom('', 'Ça va. ', 'On Friday 🙂 ', 'In Hajar al-Aswad, ', '\n\n');

const sentence = fc.record({ filler, qualifier, number, victims, predicate, source });

describe('spans slice back to their text', () => {
  it('for every figure evidence and reportedBy.mention', () => {
    let seen = 0, reported = 0;
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (parts) => {
      let text = '';
      const attributions: Attribution[] = [];
      for (const p of parts) {
        text += p.filler;
        const content = `${p.qualifier}${p.number} ${p.victims} ${p.predicate}`;
        const cStart = text.length;
        text += content.charAt(0).toUpperCase() + content.slice(1);
        const cEnd = text.length;
        if (p.source) {
          text += ', ';
          const sStart = text.length;
          text += p.source;
          const sEnd = text.length;
          text += ' said';
          attributions.push({
            id: `a${attributions.length}`,
            source: { start: sStart, end: sEnd, text: text.slice(sStart, sEnd), actor: null, name: p.source },
            cue: { start: sEnd + 1, end: sEnd + 5, text: 'said' },
            content: { start: cStart, end: cEnd, text: text.slice(cStart, cEnd) },
            direct: false,
          });
        }
        text += '. ';
      }
      const { figures } = run(text, { attributions });
      seen += figures.length;
      reported += figures.filter((f) => f.reportedBy).length;
      for (const f of figures) {
        expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
        if (f.reportedBy) expect(text.slice(f.reportedBy.mention.start, f.reportedBy.mention.end)).toBe(f.reportedBy.mention.text);
        for (const s of [f.trigger, f.period, f.cause, f.place]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(f.count.low).toBeLessThanOrEqual(f.count.high ?? Infinity);
      }
    }), { numRuns: 200 });
    // the property is not vacuous: the generated sentences do yield figures, many with a reporter
    expect(seen).toBeGreaterThan(200);
    expect(reported).toBeGreaterThan(50);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const { figures } = run(text);
      for (const f of figures) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    }), { numRuns: 200 });
  });
});
