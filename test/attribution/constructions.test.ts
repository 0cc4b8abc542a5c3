import { describe, expect, it } from 'vitest';
import { attributionsOf, triples } from './helpers.js';

describe('attribution constructions', () => {
  it.each([
    // indirect speech, source first
    ['The ministry said the attack killed 12 people.', 'The ministry | said | the attack killed 12 people'],
    ['Police said that two men were arrested.', 'Police | said | that two men were arrested'],
    ['The army has also said it will respond.', 'The army | said | it will respond'],
    // content first, source after
    ['Twelve people were killed, the ministry said.', 'the ministry | said | Twelve people were killed'],
    ['Twelve people were killed in the blast, the Britain-based monitor said.', 'the Britain-based monitor | said | Twelve people were killed in the blast'],
    // direct quotes, both orders, and an inverted verb
    ['"We will not surrender," the commander said.', 'the commander | said | "We will not surrender,"'],
    ['"We will not surrender," said the commander.', 'the commander | said | "We will not surrender,"'],
    ['The commander said: "We will not surrender."', 'The commander | said | "We will not surrender."'],
    // a hearer between the verb and the content
    ['A spokesman told AFP that the convoy had been hit.', 'A spokesman | told | that the convoy had been hit'],
    ['The convoy had been hit, a spokesman told AFP.', 'a spokesman | told | The convoy had been hit'],
    // according to, before and after the content
    ['According to the United Nations, 3,000 people have fled.', 'the United Nations | According to | 3,000 people have fled'],
    ['At least 3,000 people have fled, according to the UN refugee agency.', 'the UN refugee agency | according to | At least 3,000 people have fled'],
    // passive with an agent
    ['The deaths were confirmed by the health ministry.', 'the health ministry | confirmed | The deaths'],
    // names with descriptions and titles
    ['The Syrian Observatory for Human Rights said 19 civilians died.', 'The Syrian Observatory for Human Rights | said | 19 civilians died'],
    ['John Smith, a doctor at the hospital, said the wounded were children.', 'John Smith, a doctor at the hospital | said | the wounded were children'],
    ['Officials in Kabul said the blast was a suicide attack.', 'Officials in Kabul | said | the blast was a suicide attack'],
    ["Syria's foreign ministry said the strikes violated its sovereignty.", "Syria's foreign ministry | said | the strikes violated its sovereignty"],
    ['The spokesman on Friday said the talks had failed.', 'The spokesman | said | the talks had failed'],
    // coordinated and participial verbs share the clause's subject
    ['The group condemned the raid and said it would retaliate.', 'The group | said | it would retaliate'],
    // other reporting verbs
    ['The UN warned that the toll could rise.', 'The UN | warned | that the toll could rise'],
    ['The rebels denied that they had shelled the town.', 'The rebels | denied | that they had shelled the town'],
    ['Medics estimated that 40 people were wounded.', 'Medics | estimated | that 40 people were wounded'],
    ['Officials fear the toll will rise.', 'Officials | fear | the toll will rise'],
    ['The survey found 30 percent of homes were damaged.', 'The survey | found | 30 percent of homes were damaged'],
    ['The minister called the strike "a massacre".', 'The minister | called | the strike "a massacre"'],
    // a quoted party, an "as" clause, a participle-modified subject, a time adjunct before the content
    ['Interfax quoted military officials as saying the attack took place at dawn.', 'military officials | saying | the attack took place at dawn'],
    ['As the monitor noted, the toll is likely to rise.', 'the monitor | noted | the toll is likely to rise'],
    ['German police searching for a missing girl said the suspects were known.', 'German police searching for a missing girl | said | the suspects were known'],
    ['Police said on Friday the suspects were known.', 'Police | said | the suspects were known'],
    ['"It was a massacre," he said, adding that 12 bodies were found.', 'he | adding | that 12 bodies were found'],
    ['"Where is the aid?" a resident asked.', 'a resident | asked | "Where is the aid?"'],
    ['The minister answered the critics by saying the camps were safe.', 'The minister | saying | the camps were safe'],
    // an opening phrase is not content when the verb has its own
    ['In a statement on Friday, the ministry said 12 people died.', 'the ministry | said | 12 people died'],
    ['Though the talks had stalled for weeks, the envoy said a deal was close.', 'the envoy | said | a deal was close'],
    // putting a figure on it
    ['The health ministry put the death toll at 30.', 'The health ministry | put | the death toll at 30'],
    ['Hospital officials gave a toll of at least 12 dead.', 'Hospital officials | gave | a toll of at least 12 dead'],
    ['The UN has recorded 40 civilian deaths since May.', 'The UN | recorded | 40 civilian deaths since May'],
  ])('%s', (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it('marks quotes as direct and reported speech as indirect', () => {
    const [direct] = attributionsOf('"We will not surrender," the commander said.');
    const [indirect] = attributionsOf('The commander said they would not surrender.');
    expect(direct?.direct).toBe(true);
    expect(indirect?.direct).toBe(false);
  });

  it('takes a quote that runs over several sentences as one content span', () => {
    const text = '"The shelling went on all night. Nobody could reach the wounded," a resident said.';
    const [a] = attributionsOf(text);
    expect(a?.content.text).toBe('"The shelling went on all night. Nobody could reach the wounded,"');
    expect(a?.source.text).toBe('a resident');
  });

  it('takes a quote continued into the next paragraph after "said:"', () => {
    const text = 'The mayor said: "We have no water.\n\n"We have no power either." Aid arrived later.';
    const [a] = attributionsOf(text);
    expect(a?.content.text).toBe('"We have no water.\n\n"We have no power either."');
  });

  it('reads a transcript turn and a dash-signed quote', () => {
    expect(triples('PENCE: Well, look, the question is simple.')).toContain('PENCE | : | Well, look, the question is simple.');
    expect(triples('"He represents our greatest shame." ― Sonya Herridge')).toContain('Sonya Herridge | ― | "He represents our greatest shame."');
  });

  it('keeps every span consistent with the text', () => {
    const text = 'Twelve people were killed, the ministry said. "It is a massacre," said a doctor.';
    for (const a of attributionsOf(text)) {
      for (const s of [a.source, a.cue, a.content]) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  // false positives
  it.each([
    ['The commander is said to be hiding in the mountains.'],
    ['It was reported that the town had fallen.'],
    ['The residents were told to leave their homes.'],
    ['The so-called caliphate collapsed in 2019.'],
    ['Local leaders will have a say in the talks.'],
    ['Needless to say, the talks failed.'],
    ['All told, the fighting lasted three weeks.'],
    ['An estimated 300 people remain in the camp.'],
    ['The attack claimed the lives of 30 soldiers.'],
    ['The group claimed responsibility for the bombing.'],
    ['Two journalists were reported missing on Friday.'],
    ['Islamic State fighters seized the town.'],
    ['The report was published on Monday.'],
    ['Searchers found the bodies of three men.'],
    ['The army declared a curfew in the city.'],
    ['That said, the ceasefire mostly held.'],
    ['The town, called Qusayr, fell in 2013.'],
    ['The war claimed more than 125,000 lives.'],
    ['Police arrested 30 people suspected of smuggling fuel.'],
    ['Residents fear for their safety.'],
    ['Officials would tell nobody where the convoy went.'],
    ['The Latest: Rescue teams reach the village'],
    ['The army put troops on alert at 5 a.m.'],
    ['The ministry gave no details.'],
    ['Photo: A damaged building in the old city.'],
  ])('no attribution in %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});
