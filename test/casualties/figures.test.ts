import { describe, expect, it } from 'vitest';
import { run, summary } from './helpers.js';

// Each case: a sentence and the figures it states, as "kind low..high category" (high blank = open).
describe('casualty figures: one table row per rule', () => {
  it.each([
    // coordination: both figures, qualifier distributed
    ['At least 74 regime personnel and 59 IS fighters have been killed in eight days of fighting.',
      ['killed 74.. combatants', 'killed 59.. combatants']],
    ['More than 20 soldiers and 15 civilians were killed.', ['killed 21.. security_forces', 'killed 16.. civilians']],
    ['Three policemen, two soldiers and a civilian were wounded.',
      ['injured 3..3 security_forces', 'injured 2..2 security_forces', 'injured 1..1 civilians']],
    // subject of a passive or intransitive predicate
    ['Two soldiers died in the attack.', ['killed 2..2 security_forces']],
    ['At least 19 civilians have also been killed in regime bombardment.', ['killed 19.. civilians']],
    ['Five people were reportedly wounded.', ['injured 5..5 people']],
    ['Seven people were arrested after the protest.', ['arrested 7..7 people']],
    ['Dozens of human rights activists have been detained in the campaign.', ['arrested 24..99 civilians']],
    ['Some 150,000 people -- mostly civilians -- have died in Burundi.', ['killed 150000..150000 people']],
    ['Two people in the car were shot.', ['injured 2..2 people']],
    ['Twelve miners are missing after the blast.', ['missing 12..12 civilians']],
    ['About 300 villagers fled the fighting.', ['displaced 300..300 civilians']],
    ['Two hostages were freed.', ['kidnapped 2..2 civilians']],
    // reduced relatives and postposed adjectives
    ['There were 59 people killed in the blast.', ['killed 59..59 people']],
    ['Officials said 30 dead and 12 injured were counted.', ['killed 30..30 people', 'injured 12..12 people']],
    ['More than 350,000 people have been killed and millions displaced since 2011.',
      ['killed 350001.. people', 'displaced 2000000.. people']],
    ['Russia-backed deals saw tens of thousands of people bussed out to the north.', ['evacuated 20000..99999 people']],
    ['The floods left 40 people dead.', ['killed 40..40 people']],
    ['Five people were shot, two fatally.', ['injured 5..5 people', 'killed 2..2 people']],
    // objects of active verbs, two kinds in one sentence
    ['The blast ripped through the market, killing five people and wounding 12.', ['killed 5..5 people', 'injured 12..12 people']],
    ['Police arrested seven Iraqis on Friday.', ['arrested 7..7 people']],
    ['Gunmen abducted 30 students from a school.', ['kidnapped 30..30 civilians']],
    ['The attack killed at least 20 people.', ['killed 20.. people']],
    ['Bomb kills 30 in Baghdad market.', ['killed 30..30 people']],
    ['Lukashenko cracked down by jailing nearly 200 people.', ['arrested 200..200 people']],
    ['The war claimed more than 125,000 lives.', ['killed 125001.. people']],
    ['A gunman fatally shot seven people.', ['killed 7..7 people']],
    ['The army captured 40 rebels.', ['captured 40..40 combatants']],
    ['Troops evacuated 1,200 residents from the town.', ['evacuated 1200..1200 civilians']],
    // nominal forms
    ['The death toll rose to 30.', ['killed 30..30 people']],
    ['The toll from the earthquake climbed to more than 2,000.', ['killed 2001.. people']],
    ['The clashes caused 35 deaths.', ['killed 35..35 people']],
    ['Rights groups condemned the deaths of 30 protesters.', ['killed 30..30 civilians']],
    ['He ordered the assassination of three exiled Kurdish leaders.', ['killed 3..3 civilians']],
    ['The abduction of 12 aid workers was condemned.', ['kidnapped 12..12 civilians']],
    // singular nouns count as one
    ['A policeman was killed in the attack.', ['killed 1..1 security_forces']],
    ['A 20-year-old man was shot and killed on Friday.', ['killed 1..1 civilians']],
    ['Gunmen killed a soldier at a checkpoint.', ['killed 1..1 security_forces']],
    ['Police have detained veteran dissident Wang Donghai.', ['arrested 1..1 civilians']],
    ['Dutch police had arrested her aunt and companion.', ['arrested 2..2 civilians']],
    ['The driver, aged 51, was arrested.', ['arrested 1..1 civilians']],
    ['Two missing Belgian teenagers were found unharmed.', ['missing 2..2 civilians']],
    ['Police searched for a missing 10-year-old schoolgirl.', ['missing 1..1 civilians']],
    // partitives and vague amounts
    ['The ship sank and 1,523 of the 2,200 passengers and crew died.', ['killed 1523..1523 civilians']],
    ['Two of the victims died in hospital.', ['killed 2..2 people']],
    ['Hundreds of people were injured.', ['injured 200..999 people']],
    ['A few hundred protesters were detained.', ['arrested 200..500 civilians']],
    ['Up to 14 people were killed.', ['killed 1..14 people']],
    ['Between 10 and 15 fighters were captured.', ['captured 10..15 combatants']],
    ['An estimated 727,000 refugees live in camps.', ['displaced 727000..727000 civilians']],
    ['Two died and a dozen more were injured.', ['killed 2..2 people', 'injured 12..12 people']],
    ['The strike wounded 10-15 people.', ['injured 10..15 people']],
    ['Militants executed two dozen prisoners.', ['killed 24..24 civilians']],
  ])('%s', (text, expected) => {
    expect(run(text).figures.map(summary)).toEqual(expected);
  });

  // false positives: numbers about people that are no casualty figure
  it.each([
    ['Yarmuk was once home to around 160,000 people.'],
    ['Today just a few hundred people remain, the agency said.'],
    ['Syrian television said the army was advancing towards Route 30.'],
    ['IS has held parts of the district since 2015.'],
    ['A 12-year-old boy watched the parade.'],
    ['The government deployed 5,000 troops to the region.'],
    ['A new war could kill thousands of people.'],
    ['The strike would have killed 50 people.'],
    ['Rebels carried out 30 attacks last year.'],
    ['The storm killed 200 cattle and 50 sheep.'],
    ['The company lost $5 million last year.'],
    ['Turnout fell 12 percent.'],
    ['No one was hurt in the blast.'],
    ['The men were not injured.'],
    ['He faces charges of attempted murder of two deputies.'],
    ['Police said 40 officers were deployed.'],
    ['More than 1,000 aid workers will take part in the census.'],
    ['Robert Sanders, 32, faces 25 counts of attempted murder.'],
    ['The shooting happened at 11700 Robertson Street.'],
    ['Only about 100 refugees a week are returning home.'],
  ])('%s → no figure', (text) => {
    expect(run(text).figures).toEqual([]);
  });

  it('counts the victims, not the agents: "Two gunmen killed 20 people"', () => {
    expect(run('Two gunmen killed 20 people.').figures.map(summary)).toEqual(['killed 20..20 people']);
  });

  it('reports a figure repeated later once ("the 30 victims")', () => {
    const { figures } = run('Thirty people were killed in the blast. Relatives buried the 30 victims on Sunday.');
    expect(figures.map(summary)).toEqual(['killed 30..30 people']);
  });

  it('reads individuals named one by one as a breakdown of an earlier count, groups as new figures', () => {
    expect(run('The car killed two people. A 26-year-old man and an 18-year-old woman were killed.').figures.map(summary))
      .toEqual(['killed 2..2 people']);
    expect(run('A bomb killed seven people. Newspapers said it killed two women and five children.').figures.map(summary))
      .toEqual(['killed 7..7 people', 'killed 2..2 civilians', 'killed 5..5 civilians']);
  });

  it.each([
    ['He came to power when the first democratically elected president was killed.', ['killed 1..1 civilians']],
    ['Protests broke out in which Education Minister Nagoum Yamassoum was held hostage.', ['kidnapped 1..1 civilians']],
  ])('%s', (text, expected) => {
    expect(run(text).figures.map(summary)).toEqual(expected);
  });

  it('keeps an updated figure ("the toll rose to 35")', () => {
    const { figures } = run('Thirty people were killed in the blast. Later the death toll rose to 35.');
    expect(figures.map(summary)).toEqual(['killed 30..30 people', 'killed 35..35 people']);
    expect(figures[1]?.cumulative).toBe(true);
  });

  it('gives the victims text, the evidence from the qualifier through the noun phrase, and the context', () => {
    const text = 'At least 74 regime personnel and 59 IS fighters have been killed in eight days of fighting.';
    const [a, b] = run(text).figures;
    expect(a?.victims.text).toBe('regime personnel');
    expect(a?.evidence.text).toBe('At least 74 regime personnel');
    expect(b?.victims.text).toBe('IS fighters');
    expect(b?.evidence.text).toBe('59 IS fighters');
    expect(a?.trigger?.text).toBe('killed');
    expect(a?.period?.text).toBe('eight days of fighting');
  });

  it('reads the cause and the place after the trigger', () => {
    const [f] = run('At least 19 civilians have been killed in regime bombardment of the area including in Yarmuk.').figures;
    expect(f?.cause?.text).toBe('regime bombardment of the area');
    expect(f?.place?.text).toBe('Yarmuk');
  });

  it('links the victims to an actor mention they overlap', () => {
    const text = 'At least 59 IS fighters were killed.';
    const start = text.indexOf('IS');
    const actors = [{ id: 'actor-is', name: 'Islamic State group', type: 'armed_group' as const, aliases: ['IS'],
      mentions: [{ start, end: start + 2, text: 'IS', kind: 'name' as const }] }];
    expect(run(text, { actors }).figures[0]?.victims.actor).toBe('actor-is');
  });
});
