// Anchoring rules: which date a relative expression resolves against, and in which direction.
import { describe, expect, it } from 'vitest';
import { monthDayNear, weekdayDay } from '../../src/extractors/dates/resolve.js';
import { dayNumber, formatDay } from '../../src/extractors/dates/calendar.js';
import { mention, run } from './helpers.js';

describe('anchoring', () => {
  it.each([
    // past-tense reports look back: the last such weekday on or before the publication date
    ['The minister resigned on Friday.', '2018-04-27', 'Friday', '2018-04-27'],
    ['The minister resigned on Saturday.', '2018-04-27', 'Saturday', '2018-04-21'],
    ['Mr. Smith said Monday that the plant would close.', '2018-04-27', 'Monday', '2018-04-23'],
    // the future when the clause says so
    ['The ministers will meet on Monday.', '2018-04-27', 'Monday', '2018-04-30'],
    ['The vote is scheduled for Sunday.', '2018-04-27', 'Sunday', '2018-04-29'],
    ['Talks resume next Friday.', '2018-04-27', 'next Friday', '2018-05-04'],
    ['Talks broke down last Friday.', '2018-04-27', 'last Friday', '2018-04-20'],
    // a month-day without a year: the publication year, unless a past report would point months ahead
    ['The ceasefire collapsed on Dec. 15.', '2018-01-08', 'Dec. 15', '2017-12-15'],
    ['The dividend will be paid Dec. 15.', '2017-11-02', 'Dec. 15', '2017-12-15'],
    ['Fighting broke out on March 3.', '2018-04-27', 'March 3', '2018-03-03'],
    // a month without a year in a past report: the latest such month
    ['Prices fell in October.', '1998-01-08', 'October', '1997-10'],
    ['Prices fell in January.', '1998-03-08', 'January', '1998-01'],
    ['The loan is due by February.', '1989-10-30', 'February', '1990-02'],
    // quarters: the latest quarter of that number that has begun
    ['Profit rose in the fourth quarter.', '1998-01-26', 'the fourth quarter', '1997-Q4'],
    ['Profit rose in the fourth quarter.', '1989-11-02', 'the fourth quarter', '1989-Q4'],
    ['Profit fell in the latest quarter.', '1989-11-02', 'the latest quarter', '1989-Q3'],
    // the weekend just past
    ['Officials said over the weekend that talks failed.', '1990-08-13', 'the weekend', '1990-W32-WE'],
  ])('%s (published %s): %s → %s', (text, pub, span, value) => {
    expect(mention(text, pub, span)?.value).toBe(value);
  });

  it('resolves against a date just mentioned when the text shifts reference', () => {
    const text = 'The siege began on March 3. Two days later the first convoy arrived. The next morning it left.';
    const dates = run(text, '2018-04-27').dates;
    expect(dates.find((d) => d.text === 'Two days later')).toMatchObject({ value: '2018-03-05', anchor: 'mention' });
    expect(dates.find((d) => d.text === 'The next morning')).toMatchObject({ value: '2018-03-06TMO', anchor: 'mention' });
  });

  it('a part of day leans on the day of the story, not on the start of a range', () => {
    const text = 'Forces advanced on Friday. They have shelled the area since April 19. They attacked at dawn.';
    expect(mention(text, '2018-04-27', 'dawn')?.value).toBe('2018-04-27TMO');
  });

  it('"a year earlier" right after a quarter is the same quarter a year before', () => {
    const text = 'Net income rose in the third quarter. A year earlier, the company lost money.';
    expect(mention(text, '1989-11-02', 'A year earlier')).toMatchObject({ value: '1988-Q3', anchor: 'mention' });
  });

  it('without a publication date relative expressions stay unresolved', () => {
    const text = 'The minister resigned on Friday. IS seized Qadam last month. The war began in 2011. Fighting lasted eight days.';
    const dates = run(text, null).dates;
    for (const span of ['Friday', 'last month']) {
      expect(dates.find((d) => d.text === span)).toMatchObject({ value: null, anchored: false });
    }
    expect(dates.find((d) => d.text === '2011')).toMatchObject({ value: '2011', anchored: false });
    expect(dates.find((d) => d.text === 'eight days')).toMatchObject({ value: 'P8D', anchored: false });
  });

  it('marks resolved values with the publication date as their anchor', () => {
    expect(mention('Troops left on Friday.', '2018-04-27', 'Friday')).toMatchObject({ anchored: true, anchor: 'published' });
  });

  it.each([
    [dayNumber(2018, 4, 27), 5, 0, false, '2018-04-27'],
    [dayNumber(2018, 4, 27), 5, -1, false, '2018-04-20'],
    [dayNumber(2018, 4, 27), 5, 1, false, '2018-05-04'],
    [dayNumber(2018, 4, 27), 1, 0, true, '2018-04-30'],
    [dayNumber(2018, 4, 27), 1, 0, false, '2018-04-23'],
  ])('weekdayDay(%i, %i, rel %i, future %s) = %s', (ref, wd, rel, future, expected) => {
    expect(formatDay(weekdayDay(ref, wd, rel, future))).toBe(expected);
  });

  it('a weekday given with a month-day picks the year it fits', () => {
    // Saturday, April 25: 2015 and 2020 fit; the one nearer the reference wins
    expect(formatDay(monthDayNear(dayNumber(2020, 1, 10), 4, 25, 6, false))).toBe('2020-04-25');
  });
});
