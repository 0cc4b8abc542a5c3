import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/input/checks.js';
import { decodeText } from '../../src/input/decode.js';
import { isFailure } from '../../src/input/failure.js';
import { normaliseDate, toArticle } from '../../src/input/record.js';

describe('checkText', () => {
  it.each([
    ['', 'EMPTY_INPUT'],
    [' \n\t', 'EMPTY_INPUT'],
    ['x'.repeat(10_001), 'TOO_LARGE'],
    ['<!DOCTYPE html><html><body>Three killed</body></html>', 'HTML_INPUT'],
    ['Le gouvernement a annoncé que les forces de sécurité sont intervenues dans la ville et que la situation est sous contrôle pour le moment, selon les autorités qui ont publié un communiqué dans la nuit. Les habitants sont restés chez eux par peur des violences.', 'NOT_ENGLISH'],
    ['El gobierno dijo que las fuerzas de seguridad entraron en la ciudad y que la situación está bajo control por el momento, según las autoridades que publicaron un comunicado por la noche. Los vecinos se quedaron en sus casas por miedo.', 'NOT_ENGLISH'],
    // spelt in A–Z only (the fast path), with curly quotes and a dash
    ['De regering zei dat het leger in de stad is en dat de situatie onder controle is, maar “het is niet veilig” – de bewoners zijn in hun huizen gebleven en er is ook geen water voor de kinderen van de wijk.', 'NOT_ENGLISH'],
    ['قالت وزارة الصحة إن ثلاثة أشخاص قتلوا في انفجار وقع في وسط المدينة صباح اليوم وأصيب عشرة آخرون بجروح مختلفة ونقلوا إلى المستشفى القريب من مكان الحادث', 'NOT_ENGLISH'],
  ])('%j → %s', (text, code) => {
    expect(checkText(text, 10_000)?.code).toBe(code);
  });

  // false positives: English that must pass
  it.each([
    ['Three people were killed in a blast in Kabul on Monday, police said.'],
    ['SQUASH - HONG KONG OPEN RESULTS.\nHONG KONG 1996-08-30\nQuarter-final results (prefix number denotes seeding): 1 - Jansher Khan (Pakistan) beat Mark Cairns (England) 15-10 15-6 15-7; Anthony Hill (Australia) beat Dan Jenson (Australia) 15-9 11-15 15-6; 4 - Peter Nicol (Scotland) beat 7 - Chris Walker (England) 15-8 15-13 13-15 15-9; 2 - Rodney Eyles (Australia) beat Derek Ryan (Ireland) 15-6 15-9 11-15 15-10.'],
    ['The Frente Sandinista de Liberación Nacional said on Monday that the vote in León and Estelí was fair, and the opposition said it would not accept the results of the election in the two cities.'],
    ['“Three people were killed in a blast in Kabul on Monday,” police said – and the hospital said that at least ten were wounded in the attack, which was the second in the city this week.'],
    ['Use <b>bold</b> sparingly, the editor said of the 3 < 4 comparison.'],
  ])('passes %j', (text) => {
    expect(checkText(text, 10_000)).toBeNull();
  });
});

describe('decodeText', () => {
  it.each([
    [Buffer.from('plain text'), 'plain text'],
    [Buffer.from('\uFEFFwith BOM'), 'with BOM'],
    [Buffer.from('Zürich — “quoted”'), 'Zürich — “quoted”'],
  ])('decodes %s', (bytes, text) => {
    expect(decodeText(bytes)).toBe(text);
  });
  it.each([
    [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'BINARY_INPUT'],
    [Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'INVALID_UTF8'],
    [Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'BINARY_INPUT'],
  ])('refuses %s', (bytes, code) => {
    const out = decodeText(bytes);
    expect(isFailure(out) && out.code).toBe(code);
  });
});

describe('input records', () => {
  it.each([
    [{ text: 'a' }, { text: 'a' }],
    [{ body: 'b', id: 7, title: 'T', date: '2020-01-02' }, { text: 'b', id: '7', title: 'T', published: '2020-01-02' }],
    [{ content: 'c', publishedAt: '2019-05-06T10:00:00Z', url: 'https://x' }, { text: 'c', published: '2019-05-06T10:00:00Z', url: 'https://x' }],
  ])('%j', (rec, article) => {
    expect(toArticle(rec)).toEqual(article);
  });
  it.each([[null], [[1, 2]], ['text'], [{ title: 'x' }], [{ text: 5 }]])('no text in %j', (rec) => {
    const out = toArticle(rec);
    expect(isFailure(out) && out.code).toBe('NO_TEXT');
  });
  it.each([
    ['2018-04-27', '2018-04-27'],
    ['2018-04-27T23:10:00+02:00', '2018-04-27'],
    ['Fri, 27 Apr 2018 10:00:00 GMT', '2018-04-27'],
    ['2018-02-30', null],
    ['yesterday', null],
    ['12345', null],
  ])('date %j → %j', (value, out) => {
    expect(normaliseDate(value)).toBe(out);
  });
});
