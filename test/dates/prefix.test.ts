// A rule's prefix regex runs only where one of its groups ends right before the core match (prefix.ts);
// that must give the prefix the full regex gives everywhere.
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/extractors/dates/grammar.js';
import { textReaders } from '../../src/extractors/dates/index.js';
import type { Match } from '../../src/extractors/dates/prefix.js';
import { randomTexts } from './helpers.js';

describe('rule prefixes', () => {
  it('extend a core match as the full prefix regex does', () => {
    for (const text of randomTexts(4000, 11)) {
      const found = textReaders().matches(text);
      for (const [i, rule] of rules().entries()) {
        if (!rule.prefix) continue;
        for (const m of found[i] ?? []) {
          const from = Math.max(0, m.index - 48);
          const p = rule.prefix.re.exec(text.slice(from, m.index));
          const expected = p && p[0].length > 0 ? `${from + p.index}:${p[0]}${m[0]}` : `${m.index}:${m[0]}`;
          const got = rule.prefix.extend(m as Match, text);
          expect([rule.name, `${got.index}:${got[0]}`]).toEqual([rule.name, expected]);
        }
      }
    }
  });
});
