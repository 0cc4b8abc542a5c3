import { describe, expect, it } from 'vitest';
import { cueLexicon, inflect } from '../../src/extractors/attribution/lexicon.js';

describe('attribution cue lexicon', () => {
  it.each([
    ['say', ['say', 'says', 'sayed', 'saying']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['announce', ['announce', 'announces', 'announced', 'announcing']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['tweet', ['tweet', 'tweets', 'tweeted', 'tweeting']],
  ])('inflects %s', (lemma, forms) => {
    expect(inflect(lemma)).toEqual(forms);
  });

  it.each([
    ['said', 'say'], ['told', 'tell'], ['wrote', 'write'], ['admitted', 'admit'], ['according', 'according to'],
    ['warns', 'warn'], ['estimated', 'estimate'], ['called', 'call for'],
  ])('knows %s as a form of %s', (form, lemma) => {
    expect(cueLexicon().byForm.get(form)?.map((e) => e.lemma)).toContain(lemma);
  });

  it('tries phrasal cues before their bare verb', () => {
    const called = cueLexicon().byForm.get('called')?.map((e) => e.lemma) ?? [];
    expect(called.indexOf('call for')).toBeLessThan(called.indexOf('call'));
  });

  // false positives: words that must not be cues on their own
  it.each(['statement', 'the', 'killed', 'attacked'])('has no cue %s', (word) => {
    expect(cueLexicon().byForm.has(word)).toBe(false);
  });
});
