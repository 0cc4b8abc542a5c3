import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sitrep } from '../helpers.js';

describe('sitrep schema', () => {
  const schema = JSON.parse(sitrep(['schema']).stdout);
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

  it('is a JSON Schema that the seed output validates against', () => {
    const out = JSON.parse(sitrep(['extract', '--example']).stdout);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts error records and rejects a broken one', () => {
    const err = JSON.parse(sitrep(['extract'], '').stdout);
    expect(validate(err)).toBe(true);
    expect(validate({ ...err, ok: 'nope' })).toBe(false);
    expect(validate({ schemaVersion: '1.0.0', id: 'x', ok: true })).toBe(false);
  });
});
