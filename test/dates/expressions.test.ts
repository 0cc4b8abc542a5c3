// One row per expression type: the sentence, the publication date, the span that must be found and its
// TIMEX3 value (and type / mod where they matter).
import { describe, expect, it } from 'vitest';
import { mention, run } from './helpers.js';

const PUB = '2018-04-27'; // a Friday

describe('date expressions', () => {
  it.each([
    // explicit calendar dates (chrono) and years
    ['Forces have pounded the area since April 19.', 'April 19', '2018-04-19', 'date'],
    ['The deal was signed on Aug. 7, 1998 in Nairobi.', 'Aug. 7, 1998', '1998-08-07', 'date'],
    ['The talks opened on 3 March 2017.', '3 March 2017', '2017-03-03', 'date'],
    ['IS has held parts of Yarmuk since 2015.', '2015', '2015', 'date'],
    ['The offer expires in fiscal 1989.', 'fiscal 1989', '1989', 'date'],
    ['The war started in March 2011.', 'March 2011', '2011-03', 'date'],
    ['Prices fell in October.', 'October', '2017-10', 'date'],
    ['Output slowed in late November.', 'late November', '2017-11', 'date'],
    ['The plant closed in mid-1996.', 'mid-1996', '1996', 'date'],
    ['The town was rebuilt in the 1990s.', 'the 1990s', '199', 'date'],
    ['Rents soared in the late 1970s.', 'the late 1970s', '197', 'date'],
    ['It was built in the 20th century.', 'the 20th century', '19', 'date'],
    ['Atlanta nineteen ninety-six was the first attack.', 'nineteen ninety-six', '1996', 'date'],
    // holidays
    ['The boy was found on Thanksgiving Day.', 'Thanksgiving Day', '2017-11-23', 'date'],
    ['Shops closed on Christmas Day 2016.', 'Christmas Day 2016', '2016-12-25', 'date'],
    ['Pilgrims gathered on Easter Sunday.', 'Easter Sunday', '2018-04-01', 'date'],
    // fiscal periods
    ['Net income for the year ended Sept. 30 fell.', 'the year', 'P1Y', 'duration'],
    ['For the year, volume was flat.', 'the year', '2018', 'date'],
    // seasons, quarters, halves
    ['Fighting resumed last fall.', 'last fall', '2017-FA', 'date'],
    ['The rebels will attack this summer.', 'this summer', '2018-SU', 'date'],
    ['Profit rose in the third quarter.', 'the third quarter', '2017-Q3', 'date'],
    ['Profit rose in the first quarter.', 'the first quarter', '2018-Q1', 'date'],
    ['The company posted a third-quarter loss.', 'third-quarter', '2017-Q3', 'date'],
    ['Sales rose in the first half of 2016.', 'the first half of 2016', '2016-H1', 'date'],
    // relative to the publication date
    ['Syrian forces on Friday advanced.', 'Friday', '2018-04-27', 'date'],
    ['The minister resigned on Tuesday.', 'Tuesday', '2018-04-24', 'date'],
    ['The monitor said so yesterday.', 'yesterday', '2018-04-26', 'date'],
    ['Officials met today in Geneva.', 'today', '2018-04-27', 'date'],
    ['IS seized Qadam last month.', 'last month', '2018-03', 'date'],
    ['Rebels left a bastion earlier this month.', 'earlier this month', '2018-04', 'date'],
    ['Turnout fell last year.', 'last year', '2017', 'date'],
    ['Talks collapsed last week.', 'last week', '2018-W16', 'date'],
    ['The city fell two years ago.', 'two years ago', '2016', 'date'],
    ['The city fell three days ago.', 'three days ago', '2018-04-24', 'date'],
    ['The rally is planned for next month.', 'next month', '2018-05', 'date'],
    // parts of day and clock times
    ['Clashes raged on Friday morning.', 'Friday morning', '2018-04-27TMO', 'time'],
    ['The districts were attacked at dawn.', 'dawn', '2018-04-27TMO', 'time'],
    ['Shelling continued since the early morning.', 'early morning', '2018-04-27TMO', 'time'],
    ['Two rockets hit the camp last night.', 'last night', '2018-04-26TNI', 'time'],
    ['The blast happened at 10:35 a.m. in the market.', '10:35 a.m.', '2018-04-27T10:35', 'time'],
    ['The curfew began at 9 p.m. Tuesday.', '9 p.m. Tuesday', '2018-04-24T21:00', 'time'],
    // durations
    ['They fought after more than a week of bombardment.', 'more than a week', 'P1W', 'duration'],
    ['74 fighters were killed in eight days of fighting.', 'eight days', 'P8D', 'duration'],
    ['Prices fell over the past three months.', 'the past three months', 'P3M', 'duration'],
    ['The siege lasted nearly two years.', 'nearly two years', 'P2Y', 'duration'],
    ['They signed a two-year contract.', 'two-year', 'P2Y', 'duration'],
    ['The refugees lived in camps for 2 1/2 years.', '2 1/2 years', 'P2Y6M', 'duration'],
    ['The talks ran for 16 hours.', '16 hours', 'PT16H', 'duration'],
    ['Stocks fell in the last twenty four hours.', 'the last twenty four hours', 'PT24H', 'duration'],
    ['The families have lived there for years.', 'years', 'PXY', 'duration'],
    ['The army will withdraw within a few days.', 'a few days', 'PXD', 'duration'],
    // sets
    ['Protesters gather every Friday.', 'every Friday', 'XXXX-WXX-5', 'set'],
    ['The agency publishes a daily tally.', 'daily', 'P1D', 'set'],
    ['Convoys leave each month.', 'each month', 'P1M', 'set'],
    ['Flights run twice a week.', 'a week', 'P1W', 'set'],
    // vague references
    ['Yarmuk is now the largest redoubt.', 'now', 'PRESENT_REF', 'date'],
    ['The group has recently expanded.', 'recently', 'PAST_REF', 'date'],
    ['Talks may resume in the near future.', 'the near future', 'FUTURE_REF', 'date'],
    ['Yarmuk was once home to 160,000 people, but today a few hundred remain.', 'today', 'PRESENT_REF', 'date'],
  ])('%s → %s = %s', (text, span, value, type) => {
    const m = mention(text, PUB, span);
    expect(m, `no mention "${span}" in ${JSON.stringify(run(text, PUB).dates.map((d) => d.text))}`).toBeDefined();
    expect(m?.value).toBe(value);
    expect(m?.type).toBe(type);
    expect(text.slice(m?.start ?? 0, m?.end ?? 0)).toBe(span);
  });

  it.each([
    ['after more than a week of bombardment', 'more than a week', 'MORE_THAN'],
    ['at least 30 days', 'at least 30 days', 'EQUAL_OR_MORE'],
    ['for nearly two years', 'nearly two years', 'LESS_THAN'],
    ['in early 1990', 'early 1990', 'START'],
    ['in late November', 'late November', 'END'],
    ['by the end of 1990', 'the end of 1990', 'END'],
    ['since the start of the year', 'the start of the year', 'START'],
    ['by year-end', 'year-end', 'END'],
    ['in mid-1996', 'mid-1996', 'MID'],
  ])('mod: %s', (text, span, mod) => {
    expect(mention(`It happened ${text}.`, PUB, span)?.mod).toBe(mod);
  });

  // false positives
  it.each([
    ['The army was advancing towards Route 30 in Hajar al-Aswad.', '30'],
    ['The fighting displaced 2015 people from the camp.', '2015'],
    ['More than 2000 people fled the town.', '2000'],
    ['The company paid $1990 for the licence.', '1990'],
    ['Troops raided 1500 homes overnight.', '1500'],
    ['Yarmuk was once home to around 160,000 people.', '160,000'],
    ['The score was 21-14 at half time.', '21'],
    ['Rates rose to 6 1/4% from 6%.', '1/4'],
    ['A 6-year-old boy was rescued.', '6-year-old'],
    ['He read the Weekly Standard and China Daily.', 'Daily'],
    ['May God protect them, she said.', 'May'],
    ['The troops march on the capital.', 'march'],
    ['It imports about three-quarters of its food.', 'three-quarters'],
    ['The film High Noon was shown.', 'Noon'],
    ['Debt service will take future payments.', 'future'],
    ['The interest rate was 3.25 percent.', '3.25'],
    ['Some day they will return home.', 'Some day'],
  ])('no date in: %s', (text, notDate) => {
    const dates = run(text, PUB).dates;
    const at = text.indexOf(notDate);
    const hit = dates.find((d) => d.start < at + notDate.length && at < d.end);
    expect(hit, JSON.stringify(hit)).toBeUndefined();
  });
});
