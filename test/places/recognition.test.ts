import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/gazetteer/index.js';
import { mentionTexts } from './helpers.js';

beforeAll(() => {
  gazetteer();
}, 120_000);

describe('gazetteer matches', () => {
  it.each([
    ['Fighting continued in Aleppo on Monday.', ['Aleppo']],
    ['The talks in Geneva ended without a deal.', ['Geneva']],
    ['Officials from the United States and Russia met.', ['United States', 'Russia']],
    ['He flew to New York from Buenos Aires.', ['New York', 'Buenos Aires']],
    ['U.S. troops crossed into Iraq.', ['U.S.', 'Iraq']],
    ['The Britain-based monitor said so.', ['Britain']],
    ['Protests spread across Bosnia and Herzegovina.', ['Bosnia and Herzegovina']],
    ['Flights to St. Petersburg resumed.', ['St. Petersburg']],
    ['She moved to Washington, D.C., last year.', ['Washington', 'D.C.']],
    ['Shelling hit Eastern Ghouta again.', ['Eastern Ghouta']],
  ])('%j → %j', (text, expected) => {
    expect(mentionTexts(text)).toEqual(expected);
  });
});

describe('context patterns', () => {
  it.each([
    ['trigger of', 'Troops stormed the district of Hajar al-Aswad at dawn.', ['Hajar al-Aswad']],
    ['trigger of, list', 'They shelled the neighbourhoods of Qadam and Tadamun yesterday.', ['Qadam', 'Tadamun']],
    ['camp of', 'Clashes erupted in the Palestinian camp of Yarmuk.', ['Yarmuk']],
    ['X province', 'Rebels hold much of Zabadani province.', ['Zabadani']],
    ['X County', 'Deputies in Laurel County arrested two men.', ['Laurel County']],
    ['X County before an institution', 'He was held at the Henderson County Jail on Tuesday.', ['Henderson County']],
    ['X Parish before an institution', 'The Rapides Parish Sheriff said so.', ['Rapides Parish']],
    ['X County after a number word', 'Three Eastland County residents were charged.', ['Eastland County']],
    ['X County after a spaced dash', 'DANIELSVILLE - Madison County commissioners voted Monday.', ['DANIELSVILLE', 'Madison County']],
    ['a country after a capitalised common word', 'Former US envoys met. The US said no.', ['US', 'US']],
    ['a state after an organisation word', 'Education Minnesota objected. Minnesota lawmakers voted.', ['Minnesota']],
    ['X County before an org head', 'They contacted Hall County Environmental Health on Friday.', ['Hall County']],
    ['road', 'The army was advancing towards Route 30 in the south.', ['Route 30']],
    ['county road', 'A crash closed County Road 35 on Friday.', ['County Road 35']],
    ['compass of', 'The village lies north of Kafr Nabudah.', ['Kafr Nabudah']],
    ['compass adjective', 'Air strikes hit targets in southern Zabadani.', ['Zabadani']],
    ['state abbreviation', 'She lives in Kelleyville, La., with her son.', ['Kelleyville', 'La.']],
    ['resident', 'A Kelleyville resident called the police.', ['Kelleyville']],
    ['same name elsewhere', 'IS holds the district of Hajar al-Aswad. Hajar al-Aswad was shelled.', ['Hajar al-Aswad', 'Hajar al-Aswad']],
    ['transliteration variant', 'IS holds the camp of Yarmouk. Yarmuk was shelled.', ['Yarmouk', 'Yarmuk']],
    ['dateline', 'DAMASCUS - Shelling continued on Friday.', ['DAMASCUS']],
    ['dateline after a title', 'Arts center shows carvings. WOODBURY — The arts center opened on Friday.', ['WOODBURY']],
    ['dateline with its state', 'Cleanup set. CHARLESTON, W.Va. - Volunteers gathered on Saturday.', ['CHARLESTON', 'W.Va.']],
    ['street named after a town', 'The fire started on Wichita Drive after midnight.', ['Wichita Drive']],
    ['street with abbreviation', 'He lives at 2517 Memphis St. in the north.', ['Memphis St.']],
    ["a legislator's home town", 'Sen. Bill Harris, R-Ashland, said so.', ['Ashland']],
    ["a legislator's home town in brackets", 'State Rep. Jay Roberts (R-Ocilla) filed a bill.', ['Ocilla']],
    ["a legislator's state in two tokens", 'Rep. Nick Rahall, D-W. Va., spoke on Monday.', ['W. Va.']],
    ["a legislator's state with inner dots", 'Sen. Byron Dorgan, D-N.D., asked why.', ['N.D.']],
    ['state abbreviation as a modifier', 'Scandal-plagued Ga. pastor to be buried Saturday.', ['Ga.']],
    ['town before police', 'On Sunday, Grovetown police questioned the woman.', ['Grovetown']],
    ['town before residents', 'The Vicksburg residents were angry.', ['Vicksburg']],
    ['a small town near a place the article names', 'Deputies in Tyler, Texas, said Lindale was quiet.', ['Tyler', 'Texas', 'Lindale']],
    ['list with an accepted place', 'The outbreak reached Moonbi, Parkes, Berry and Wyong in New South Wales.', ['Moonbi', 'Parkes', 'Berry', 'Wyong', 'New South Wales']],
  ])('%s: %j', (_rule, text, expected) => {
    expect(mentionTexts(text)).toEqual(expected);
  });

  // false positives
  it.each([
    ['demonym is not a toponym', 'Syrian troops advanced.', []],
    ['nationality before camp', 'Aid reached the Palestinian camp near the border.', []],
    ['title makes a person', 'President Jordan spoke to reporters.', []],
    ['first name makes a person', 'Chiquita Raquel Henry, 19, was arrested.', []],
    ['middle initial makes a person', 'Officers shot Tyrise M. Bell in the leg.', []],
    ['a person vetoed once stays a person', 'Roy A. Nelson was hurt. Nelson said he was fine.', []],
    ['month', 'The vote is set for May and June.', []],
    ['sentence-initial common word', 'Police said the man fled.', []],
    ['acronym', 'IS fighters seized the town.', []],
    ['a state as an agent', 'Russia-backed evacuation deals were signed.', []],
    ['a first name that is also a place', 'Elizabeth Fairfield was charged. Fairfield pleaded guilty.', []],
    ['a given name before a country name', 'Michael Jordan scored. Jordan said he was tired.', []],
    ['lower-case word', 'they went to the mobile clinic in reading hall.', []],
    ['a shouted word inside a sentence is no dateline', 'He said WOODBURY - nothing more.', []],
    ['road without number', 'Route planning took weeks.', []],
    ['court, not a district', 'The U.S. District Court ruled on Monday.', ['U.S.']],
    ['school district', 'The Santa Ana Unified School District closed.', ['Santa Ana']],
    ['compass adjective before a group of people', 'Many southern Democrats voted no.', []],
    ['a postal code after a party letter', 'Rep. Henry Waxman (D-CA) has announced a hearing.', []],
    ['a title written like a state', 'Miss. Jones arrived at noon.', []],
    ['a demonym before officials', 'Canadian officials said so. Canadian and U.S. markets fell.', ['U.S.']],
    ['a demonym before resident', 'A former Canadian resident spoke.', []],
    ['list of streets: a name inside a longer name', 'Lanes closed on Herring Street, Acadia Drive, Martin Court and Willow Run.', ['Herring Street', 'Acadia Drive']],
    ['a list of given names', 'Peter and Paul sang in Boston.', ['Boston']],
    ['a nearby town as a child with an age', 'The fire spread near Tyler, Texas. Parker, 8, was safe.', ['Tyler', 'Texas']],
    ['a nearby town as a surname', 'Deputies in Tyler, Texas, met Tom Lindale.', ['Tyler', 'Texas']],
    ['a nearby town inside a title', 'The film Lawrence of Arabia was shown in Topeka, Kansas.', ['Topeka', 'Kansas']],
  ])('%s: %j', (_rule, text, expected) => {
    expect(mentionTexts(text)).toEqual(expected);
  });
});
