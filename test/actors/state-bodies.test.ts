import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const typeOf = (text: string, name: string) => {
  const r = extract({ text, published: '2020-01-01' });
  return r.ok ? r.actors.find((a) => a.name === name)?.type : undefined;
};

describe('a public body named with a state marker is government', () => {
  it.each([
    ['The National Disaster Management Authority said 20 people had died.', 'National Disaster Management Authority', 'government'],
    ['The Federal Emergency Management Agency sent teams to the coast on Monday.', 'Federal Emergency Management Agency', 'government'],
    // false positives: an organisation head without a state marker stays an organisation
    ['The Port Authority said the terminal would reopen on Monday.', 'Port Authority', 'organization'],
  ])('%s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});
