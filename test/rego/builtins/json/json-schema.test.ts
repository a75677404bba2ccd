import { describe, expect, it } from 'vitest';

import { call } from '../call.js';

const schema = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[a-z]+(-[a-z]+)*$' },
    days: { type: 'integer', maximum: 90 },
  },
  required: ['id'],
  additionalProperties: false,
};

describe('json.verify_schema', () => {
  it('accepts a schema as an object or as JSON text', () => {
    expect(call('json.verify_schema', schema)).toEqual([true, null]);
    expect(call('json.verify_schema', JSON.stringify(schema))).toEqual([true, null]);
  });

  it('says why a schema is not one', () => {
    const [ok, why] = call('json.verify_schema', { type: 'strin' }) as [boolean, string];
    expect(ok).toBe(false);
    expect(why).toMatch(/invalid schema: .*type/);
    expect(call('json.verify_schema', '{"type":')).toEqual([
      false,
      expect.stringMatching(/^operand 1: not valid JSON/),
    ]);
    expect(call('json.verify_schema', { type: 'string', pattern: '(a)\\1' })).toEqual([
      false,
      expect.stringMatching(/invalid escape sequence/),
    ]);
  });
});

describe('json.match_schema', () => {
  it('matches a document, as an object or JSON text', () => {
    expect(call('json.match_schema', { id: 'on-call', days: 30 }, schema)).toEqual([true, []]);
    expect(call('json.match_schema', '{"id":"a"}', JSON.stringify(schema))).toEqual([true, []]);
  });

  it("lists every failure as gojsonschema's records", () => {
    expect(call('json.match_schema', { days: 120, extra: 1 }, schema)).toEqual([
      false,
      expect.arrayContaining([
        {
          error: 'id: id is required',
          type: 'required',
          field: 'id',
          desc: 'id is required',
        },
        {
          error: '(root): Additional property extra is not allowed',
          type: 'additional_property_not_allowed',
          field: '(root)',
          desc: 'Additional property extra is not allowed',
        },
        expect.objectContaining({ type: 'number_lte', field: 'days' }),
      ]),
    ]);
  });

  it('matches patterns in linear time, as RE2', () => {
    const nested = { type: 'string', pattern: '^(a+)+$' };
    const started = performance.now();
    expect(call('json.match_schema', JSON.stringify(`${'a'.repeat(5000)}!`), nested)).toEqual([
      false,
      [expect.objectContaining({ type: 'pattern', field: '(root)' })],
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
