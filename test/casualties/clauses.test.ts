import { describe, expect, it } from 'vitest';
import { run, summary } from './helpers.js';

const best = (text: string): Record<string, number> => {
  const { tally } = run(text);
  return Object.fromEntries(Object.entries(tally ?? {}).map(([k, v]) => [k, v.best]));
};

// Rules of session 2: relative clauses, custody, charges, captures by police, left-out nouns, ages and names.
describe('casualty figures: clauses, custody, elided nouns, ages', () => {
  it.each([
    // the main verb after a relative clause
    ['Seven Iraqis who seized a Sudanese airliner and forced it to fly to London were on Friday charged with hijack.',
      ['arrested 7..7 people']],
    ['The 4-year-old girl who was shot inside a home on Algonquin Parkway has died from her injuries.', ['killed 1..1 civilians']],
    ['The man who killed three people was arrested on Friday.', ['arrested 1..1 civilians', 'killed 3..3 people']],
    ['The man who was shot is in stable condition.', ['injured 1..1 civilians']],
    // held in custody, charged, sentenced: arrested
    ['Brunswijk had been in police custody for 10 days.', ['arrested 1..1 civilians']],
    ['The opposition leader was under house arrest for six years.', ['arrested 1..1 civilians']],
    ['Robert Sanders, 32, was charged with 25 counts of attempted murder.', ['arrested 1..1 civilians']],
    ['At least 61 democracy supporters had been arrested, and about 30 of them had been sentenced.',
      ['arrested 61.. civilians', 'arrested 30..30 civilians']],
    // captured by police is an arrest; by an army, a capture
    ['Police arrested the militants after capturing their leader Rami al-Saadani.', ['arrested 1..1 civilians']],
    ['France expelled another African man seized in a police raid on a church.', ['arrested 1..1 civilians']],
    ['Rebels captured 12 soldiers near the border.', ['captured 12..12 security_forces']],
    // a noun left out after a place, or after a verb
    ['The 1.1 million refugees in Zaire and nearly 600,000 in Tanzania refuse to go home.',
      ['displaced 1100000..1100000 civilians', 'displaced 600000..600000 civilians']],
    ['Gunmen attacked a convoy, killing one soldier and wounding two.', ['killed 1..1 security_forces', 'injured 2..2 security_forces']],
    ['Gunmen attacked a convoy, killing one soldier, and wounding two.', ['killed 1..1 security_forces', 'injured 2..2 security_forces']],
    // a bare age is a person; a name ending in -s with a given name or an age is one person
    ['A 6-year-old is dead after a shooting in north St. Louis.', ['killed 1..1 people']],
    ['The 6-year-old was taken to a hospital but later died.', ['killed 1..1 people']],
    ['Jaquise Lewis, 17, was killed in the incident.', ['killed 1..1 civilians']],
    ['Boy, 10, dead in Miami shooting', ['killed 1..1 civilians']],
    ['Two men were arrested after the shooting.', ['arrested 2..2 civilians']],
    // unhyphenated ages; a headline's bare common noun with a participle
    ['2 year old dies after accidentally shooting himself', ['killed 1..1 people']],
    ['Man gunned down in car in Roxbury', ['killed 1..1 civilians']],
    ['St. Louis woman killed, 3 wounded by gunfire in park', ['killed 1..1 civilians', 'injured 3..3 people']],
    ['Multiple people were found dead after shots were fired.', ['killed 2.. people']],
    // a status noun as the predicate; a name after an event noun with "of"
    ['He said two of his sons were now refugees in Moscow.', ['displaced 2..2 civilians']],
    ['Historians still debate the shooting death of Michael Smith in an ambush.', ['killed 1..1 civilians']],
    // hit by gunfire; a headline's bare age and participle
    ['Two men in the car were also hit by gunfire.', ['injured 2..2 civilians']],
    ['3-year-old shot in South Toledo', ['injured 1..1 people']],
    // shot … to death
    ['A gunman shot his 6-year-old brother to death.', ['killed 1..1 civilians']],
  ])('%s', (text, expected) => {
    expect(run(text).figures.map(summary)).toEqual(expected);
  });

  // false positives
  it.each([
    ['Most were released but several dozen remain in custody.'],
    ['Police seized 30 rifles and two cars.'],
    ['About 160,000 people live in Yarmuk and 20,000 in Hajar al-Aswad.'],
    ['A 6-year-old watched the parade.'],
    ['The man who was hired in May was promoted.'],
    ['Two men were taken to a hospital and later released.'],
    ['The custody battle lasted two years.'],
    ['Officers shot at two men and a dog.'],
    ['He was shot multiple times.'],
    ['Two of his sons were now teachers in Moscow.'],
    ['The death of democracy was announced.'],
    ['The senator was hit by criticism from two colleagues.'],
    ['Jaquise Lewis gunned down the hall to the office.'],
  ])('%s → no figure', (text) => {
    expect(run(text).figures).toEqual([]);
  });

  it('a bare count after "and" keeps its own category when no noun precedes it', () => {
    expect(run('Five were killed and two were wounded.').figures.map(summary)).toEqual(['killed 5..5 people', 'injured 2..2 people']);
  });
});

describe('tally: the perpetrator\'s own death, once', () => {
  it.each([
    ['A boy shot his brother to death, wounded an older brother and then committed suicide.', { killed: 2, injured: 1 }],
    ['The father fatally shot his wife before fatally shooting himself.', { killed: 2 }],
    ['A man fatally shot himself on Friday.', { killed: 1 }],
    ['A man shot and killed himself on Friday.', { killed: 1 }],
    // the perpetrator's death is added once, however often it is told
    ['A man shot six people, killing four of them, before turning the gun on himself. Investigators believe the gunman killed himself.',
      { killed: 5, injured: 2 }],
    // "and" followed by a new subject: the first group's fate is not the second's
    ['Three people were hurt and a teenager died in the shooting.', { injured: 3, killed: 1 }],
    // a condition after a shooting is an injury
    ['A child is in serious condition after an accidental shooting.', { injured: 1 }],
    // an event noun naming its dead
    ['Police are investigating a double homicide on Nash Street.', { killed: 2 }],
    ['A second man was arrested on murder charges in the death of a Paterson teen.', { killed: 1, arrested: 1 }],
    ['A 1-year-old suffered a fatal gunshot wound to the face.', { killed: 1 }],
    // a "when" clause telling an earlier event is background
    ['A bomber killed at least 12 people on Tuesday. It was the second attack since January, when a blast killed about 20 people.',
      { killed: 12 }],
    ['Three soldiers died on Monday. Two years ago, when rebels killed 40 villagers, the army withdrew.', { killed: 3 }],
    // false positives: a suicide threat, an attempted murder, a "when" clause of the event itself
    ['Police arrived at the club at 3 a.m., when gunmen killed two people.', { killed: 2 }],
    ['The man threatened to kill himself, police said.', {}],
    ['He is charged with the attempted murder of his neighbour.', { arrested: 1 }],
  ])('%s', (text, expected) => {
    expect(best(text)).toEqual(expected);
  });
});
