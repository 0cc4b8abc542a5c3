import { describe, expect, it } from 'vitest';
import { extract, type Stage } from '../../src/index.js';

const text = 'Three people were killed in Kabul on Monday, police said.';
const brokenAttribution: Stage = {
  name: 'broken',
  run: (doc) => ({
    attributions: [
      { id: 'a1', source: { ...doc.span(45, 51), actor: null, name: 'police' }, cue: doc.span(52, 56), content: { start: 30, end: 10, text: '' }, direct: false },
      { id: 'a2', source: { ...doc.span(45, 51), actor: null, name: 'police' }, cue: doc.span(52, 56), content: doc.span(0, 43), direct: false },
    ],
    dates: [{ start: 36, end: 42, text: 'Monday!', type: 'date', value: null, anchored: false }],
  }),
};

describe('span guard', () => {
  it('drops the records whose spans do not slice back, keeps the rest, and says so', () => {
    const r = extract({ text }, { stages: [brokenAttribution] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.attributions?.map((a) => a.id)).toEqual(['a2']);
    expect(r.dates).toEqual([]);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings).toEqual([
      expect.stringMatching(/dropped dates\.0: span \[36, 42\)/),
      expect.stringMatching(/dropped attributions\.0: content \[30, 10\)/),
    ]);
  });
});
