// Publication date inference when the article carries none, with an injected clock.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/extractors/dates/calendar.js';
import { run } from './helpers.js';

describe('publication date inference', () => {
  const text =
    'Forces on Friday advanced after more than a week of bombardment. They have pounded the districts since April 19. ' +
    'IS has held the camp since 2015. At least 74 fighters have been killed in eight days of fighting.';

  it('combines weekday, month-day, length of time and years', () => {
    const { published, dates } = run(text, null);
    expect(published).toMatchObject({ value: '2018-04-27', source: 'inferred' });
    expect(published.confidence).toBeGreaterThan(0.4);
    expect(published.evidence?.map((s) => s.text)).toEqual(expect.arrayContaining(['Friday', 'April 19', 'eight days']));
    for (const s of published.evidence ?? []) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(dates.find((d) => d.text === 'Friday')).toMatchObject({ value: '2018-04-27', anchor: 'inferred' });
  });

  it('never infers a date after the clock', () => {
    const { published } = run(text, null, dayNumber(2018, 4, 20));
    expect(published.value === null || published.value <= '2018-04-20').toBe(true);
  });

  it('keeps a given publication date', () => {
    expect(run(text, '2019-01-01').published).toEqual({ value: '2019-01-01', source: 'input' });
  });

  it.each([
    ['The minister resigned on Friday.'],
    ['The war began in 2011 and has killed 350,000 people.'],
    ['No dates at all here, only words.'],
  ])('does not guess without a month-day to stand on: %s', (t) => {
    expect(run(t, null).published).toEqual({ value: null, source: 'none' });
  });
});
