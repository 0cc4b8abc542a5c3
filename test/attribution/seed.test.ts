import { describe, expect, it } from 'vitest';
import { seedArticle } from '../helpers.js';
import { extract } from '../../src/extract.js';

const SEED = seedArticle().text;

describe('seed article, end to end', () => {
  const result = extract({ text: SEED, published: '2018-04-27' });
  const attributions = result.ok ? (result.attributions ?? []) : [];

  it.each([
    ['state media', 'said', 'Syrian regime forces on Friday advanced against Islamic State group jihadists in the south of Damascus'],
    ['state news agency SANA', 'said', '"Army units backed by the air force and artillery have advanced on numerous axes"'],
    ['Syrian state television', 'said', 'the army was advancing towards Route 30 in Hajar al-Aswad'],
    ['The Syrian Observatory for Human Rights', 'said', 'pro-government forces took control of'],
    ['the Britain-based monitor', 'said', 'Regime forces were locked in violent clashes with IS fighters on Friday morning'],
    ['the monitor', 'said', 'At least 74 regime personnel and 59 IS fighters have been killed in eight days of fighting'],
    ['it', 'said', 'at least 19 civilians have also been killed'],
    ["the United Nations' agency for Palestinian refugees", 'said', 'Yarmuk was once home to around 160,000 people'],
  ])('%s %s …%s…', (source, cue, content) => {
    const a = attributions.find((x) => x.source.text === source && x.content.text.includes(content));
    expect(a?.cue.text).toBe(cue);
  });

  it('does not take the dateline into the content', () => {
    expect(attributions[0]?.content.text.startsWith('DAMASCUS')).toBe(false);
  });

  it('finds nothing else', () => {
    expect(attributions).toHaveLength(9);
  });

  it('validates and keeps spans in the text', () => {
    expect(result.ok).toBe(true);
    for (const a of attributions) {
      for (const s of [a.source, a.cue, a.content]) expect(SEED.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
