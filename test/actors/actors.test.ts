import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/document/analyse.js';
import { actorAt, actorBefore, findActors } from '../../src/extractors/actors/index.js';
import type { Actor, Place } from '../../src/schema.js';
import { seedArticle, seedGold } from '../helpers.js';

const NO_DATE = { value: null, source: 'none' as const };

function actorsOf(text: string, places: Place[] = []): Actor[] {
  return findActors(analyse({ text }, { id: 't', published: NO_DATE }), places);
}
const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '');
/** the actor one of whose mentions or aliases reads `surface`. */
function actorNamed(actors: Actor[], surface: string): Actor | undefined {
  const want = norm(surface);
  return actors.find((a) => [a.name, ...a.aliases, ...a.mentions.map((m) => m.text)].some((s) => norm(s) === want));
}

describe('types', () => {
  it.each([
    // named actors: lexicon organisations and acronyms
    ['The Syrian Observatory for Human Rights said 12 people died.', 'Syrian Observatory for Human Rights', 'ngo', null],
    ['Fighting continued, the UNHCR said on Monday.', 'UNHCR', 'igo', null],
    ['Militants loyal to Hamas fired rockets overnight.', 'Hamas', 'armed_group', 'PS'],
    ['The report was carried by state news agency SANA on Friday.', 'SANA', 'media', 'SY'],
    // people: titles, given names, context
    ['President Bashar al-Assad visited the front line.', 'Bashar al-Assad', 'person', null],
    ['New coach Glenn Hoddle said he was pleased.', 'Glenn Hoddle', 'person', null],
    ['The striker was replaced by Teddy Sheringham after the break.', 'Teddy Sheringham', 'person', null],
    ['Tim Henman (Britain) beat Doug Flach in three sets.', 'Tim Henman', 'person', null],
    // organisations by head word, with the country a leading adjective gives
    ['The Iraqi Interior Ministry announced a curfew.', 'Iraqi Interior Ministry', 'government', 'IQ'],
    ['Shares in Pirelli Cables Corp rose 3 percent.', 'Pirelli Cables Corp', 'organization', null],
    ['Italian tyre and cables giant Pirelli announced a move into China.', 'Pirelli', 'organization', null],
    ['The Orioles blanked the Tigers 4-0 on Friday night.', 'Orioles', 'organization', null],
    ['The 26-year-old O\'Brien served well.', "O'Brien", 'person', null],
    ['Federal Reserve Governor Lawrence Lindsey spoke on Friday.', 'Lawrence Lindsey', 'person', null],
    ['The German Foreign Ministry denied the report.', 'Foreign Ministry', 'government', 'DE'],
    // descriptive actors
    ['Regime forces shelled the town for a week.', 'Regime forces', 'state_forces', null],
    ['Syrian government troops entered the town.', 'Syrian government troops', 'state_forces', 'SY'],
    ['At least 19 civilians were killed in the raids.', 'civilians', 'civilians', null],
    ['Rebels said they had repelled the assault.', 'Rebels', 'armed_group', null],
    ['Syrian state television said the army was advancing.', 'Syrian state television', 'media', 'SY'],
    // a state named by a backing modifier
    ['Russia-backed evacuation deals saw thousands bussed out.', 'Russia', 'state', 'RU'],
  ])('%s → %s is %s', (text, surface, type, country) => {
    const a = actorNamed(actorsOf(text), surface);
    expect(a, `no actor "${surface}"`).toBeDefined();
    expect(a?.type).toBe(type);
    if (country) expect(a?.country).toBe(country);
  });

  // false positives
  it.each([
    ['Heavy fighting broke out on Friday in Hajar al-Aswad and nearby districts.', ['Friday', 'Hajar al-Aswad', 'Heavy']],
    ['England face Moldova in the World Cup qualifier at Wembley.', ['World Cup']],
    ['The regime recaptured a major rebel bastion east of Damascus.', ['rebel bastion', 'Damascus']],
    ['A group of students gathered in Paris.', ['group', 'A group', 'Paris']],
    ['He said fighters had left and a group was unsure.', ['fighters', 'group']],
    ['The Iraqis and the Palestinians signed the accord.', ['Iraqis', 'Palestinians']],
    ['Economist Joel Naroff of First Union said rates would rise.', ['Joel Naroff of First Union']],
  ])('%s has no actor for %j', (text, surfaces) => {
    const actors = actorsOf(text);
    for (const s of surfaces) expect(actorNamed(actors, s), s).toBeUndefined();
  });

  it('never reports as a person a name the places stage found', () => {
    const text = 'Clashes erupted near Yarmuk Camp and Tal Rifaat on Sunday.';
    const places: Place[] = ['Yarmuk Camp', 'Tal Rifaat'].map((name, i) => {
      const start = text.indexOf(name);
      return { id: `p${i}`, name, country: 'SY', lat: null, lon: null, mentions: [{ start, end: start + name.length, text: name }] };
    });
    const actors = actorsOf(text, places);
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('merging', () => {
  it.each([
    ['acronym ↔ expansion (initials)', 'The Syrian Observatory for Human Rights gave the toll. SOHR said more were missing.', 'Syrian Observatory for Human Rights', 'SOHR'],
    ['acronym ↔ expansion (lexicon)', 'Islamic State claimed the attack. IS fighters then withdrew.', 'Islamic State', 'IS'],
    ['acronym in brackets', 'The Karen National Union (KNU) said villages burned. The KNU blamed the army.', 'Karen National Union', 'KNU'],
    ['surname ↔ full name', 'Prime Minister Benjamin Netanyahu spoke on Sunday. Netanyahu said talks would go on.', 'Benjamin Netanyahu', 'Netanyahu'],
    ['particle surname', 'President Bashar al-Assad met envoys. Assad said the war was ending.', 'Bashar al-Assad', 'Assad'],
    ['name + descriptor', 'Islamic State claimed it. At least 59 IS fighters were killed.', 'Islamic State', 'IS fighters'],
    ['descriptor refers back', 'The Syrian Observatory for Human Rights gave a toll of 30. The Britain-based monitor said most were civilians.', 'Syrian Observatory for Human Rights', 'the Britain-based monitor'],
    ['descriptor refers back (jihadists)', 'Islamic State group fighters attacked. The jihadists lost ground.', 'Islamic State group', 'the jihadists'],
    ['head word ↔ name', 'The Syrian Observatory for Human Rights said 5 died. The Observatory relies on sources on the ground.', 'Syrian Observatory for Human Rights', 'Observatory'],
    ['apposition', 'State news agency SANA said troops advanced.', 'SANA', 'State news agency SANA'],
    ['state media → nearest named state medium', 'Troops advanced, state media said. The advance was confirmed by state news agency SANA.', 'SANA', 'state media'],
    ['one state actor per country', 'Syrian regime forces advanced. The army said it took the district. Pro-government forces then pushed on.', 'Syrian regime forces', 'the army'],
    ['descriptor → named force', 'A spokesman for the Municipal Police said two died. The police blamed a gang.', 'Municipal Police', 'The police'],
    ['state radio → unnamed state medium', 'State radio said the curfew would hold. State radio later added that shops would open.', 'State radio', 'State radio'],
    ['regime of a person', "President Bashar al-Assad's regime took the town. Regime forces advanced.", 'Regime forces', "Bashar al-Assad's regime"],
  ])('%s: %s', (_rule, text, a, b) => {
    const actors = actorsOf(text);
    const x = actorNamed(actors, a);
    const y = actorNamed(actors, b);
    expect(x, a).toBeDefined();
    expect(y, b).toBeDefined();
    expect(x?.id).toBe(y?.id);
  });

  // false positives: what must stay apart
  it.each([
    ['two acronyms', 'The UN and NATO met. The UN said little.', 'UN', 'NATO'],
    ['two people sharing no name', 'Tony Adams and David Platt are both injured.', 'Tony Adams', 'David Platt'],
    ['state forces of two countries', 'Syrian troops and Turkish troops clashed near the border.', 'Syrian troops', 'Turkish troops'],
    ['rebels are not the regime', 'Regime forces attacked rebels in the south.', 'Regime forces', 'rebels'],
    ['police of another country', 'The Municipal Police said two died. German police arrested a man.', 'Municipal Police', 'German police'],
    ['two state media', 'Syrian state television said one thing; Iranian state television said another.', 'Syrian state television', 'Iranian state television'],
  ])('%s: %s', (_rule, text, a, b) => {
    const actors = actorsOf(text);
    const x = actorNamed(actors, a);
    const y = actorNamed(actors, b);
    expect(x, a).toBeDefined();
    expect(y, b).toBeDefined();
    expect(x?.id).not.toBe(y?.id);
  });

  it('an ambiguous surname joins no one', () => {
    const actors = actorsOf('Mark Waugh and Steve Waugh batted. Waugh was out for 12.');
    const waughs = actors.filter((a) => a.type === 'person' && a.name.endsWith('Waugh'));
    expect(new Set(waughs.map((a) => a.id)).size).toBeGreaterThanOrEqual(2);
    expect(actorNamed(actors, 'Mark Waugh')?.id).not.toBe(actorNamed(actors, 'Steve Waugh')?.id);
  });
});

describe('mentions', () => {
  it('names are kind "name", descriptors "nominal", and every span slices back out of the text', () => {
    const text = 'Islamic State group jihadists attacked. The jihadists were repelled by regime forces.';
    const actors = actorsOf(text);
    const is = actorNamed(actors, 'Islamic State group');
    expect(is?.mentions.find((m) => m.text === 'Islamic State group')?.kind).toBe('name');
    expect(is?.mentions.find((m) => m.text === 'The jihadists')?.kind).toBe('nominal');
    for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a title stays out of the name mention but in the aliases', () => {
    const a = actorNamed(actorsOf('President Bashar al-Assad spoke.'), 'Bashar al-Assad');
    expect(a?.mentions.map((m) => m.text)).toEqual(['Bashar al-Assad']);
    expect(a?.aliases).toContain('President Bashar al-Assad');
  });

  it('a name in a capitals headline counts only when the body names it', () => {
    const text = 'SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.\nLONDON 1996-08-30\nAlan Shearer was named captain on Friday.\n';
    const actors = actorsOf(text);
    const shearer = actorNamed(actors, 'Alan Shearer');
    expect(shearer?.mentions.map((m) => m.text)).toContain('SHEARER');
    expect(actorNamed(actors, 'SOCCER')).toBeUndefined();
    expect(actorNamed(actors, 'NAMED AS ENGLAND CAPTAIN')).toBeUndefined();
  });

  it('teams in a results table are organisations; national sides are not', () => {
    const text = 'SOCCER - RESULTS.\nLONDON 1996-08-31\nBradford 1 Tranmere 0\nGrimsby 0 Portsmouth 1\nOldham 3 Ipswich 3\nFrance 2 Italy 1\n';
    const actors = actorsOf(text);
    expect(actorNamed(actors, 'Tranmere')?.type).toBe('organization');
    expect(actorNamed(actors, 'Grimsby')?.type).toBe('organization');
    expect(actorNamed(actors, 'France')).toBeUndefined();
    expect(actorNamed(actors, 'LONDON')).toBeUndefined();
  });
});

describe('resolve helpers', () => {
  const text = 'The Syrian Observatory for Human Rights said 12 died. Regime forces advanced, it said.';
  const actors = actorsOf(text);
  it('actorAt finds the actor under a span', () => {
    const at = text.indexOf('Regime forces');
    expect(actorAt(actors, at, at + 6)?.type).toBe('state_forces');
    expect(actorAt(actors, 0, 2)).toBeNull();
  });
  it('actorBefore finds the last actor of the wanted types before an offset', () => {
    const it = text.lastIndexOf('it said');
    expect(actorBefore(actors, it)?.type).toBe('state_forces');
    expect(actorBefore(actors, it, ['ngo', 'media'])?.name).toBe('Syrian Observatory for Human Rights');
    expect(actorBefore(actors, 3)).toBeNull();
  });
});

describe('seed article end to end', () => {
  const seed = seedArticle();
  const gold = seedGold<{ actors: { name: string; aliases?: string[]; type: string }[]; places: { name: string; aliases?: string[] }[] }>();
  const actors = actorsOf(seed.text);
  const names = (a: { name: string; aliases?: string[] }) => new Set([a.name, ...(a.aliases ?? [])].map(norm));
  const predNames = actors.map((a) => new Set([a.name, ...a.aliases, ...a.mentions.map((m) => m.text)].map(norm)));

  it.each(gold.gold.actors.map((g) => [g.name, g] as const))('finds %s with its type, in one actor', (_n, g) => {
    const want = names(g);
    const hits = actors.filter((_a, i) => [...(predNames[i] ?? [])].some((n) => want.has(n)));
    expect(hits.length).toBe(1);
    expect(hits[0]?.type).toBe(g.type);
  });

  it('merges no two gold actors into one', () => {
    for (const p of predNames) {
      const matched = gold.gold.actors.filter((g) => [...names(g)].some((n) => p.has(n)));
      expect(matched.length).toBeLessThanOrEqual(1);
    }
  });

  it('reports no place as a person, even without the places stage', () => {
    const placeNames = new Set(gold.gold.places.flatMap((p) => [...names(p)]));
    const persons = actors.filter((a) => a.type === 'person');
    for (const a of persons) expect(placeNames.has(norm(a.name)), a.name).toBe(false);
  });
});
