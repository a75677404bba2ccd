import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/accessctl-v1.schema.json' with { type: 'json' };
import { loadAccessRepository } from '../../src/model/index.js';
import { fileURLToPath } from 'node:url';

const ACCESS = fileURLToPath(new URL('../../access', import.meta.url));

/** The schema as an editor sees it: the root, dispatching on kind with if/then. */
function editorValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(schema);
}

describe('the published JSON Schema', () => {
  it('accepts every document of the example repository through its root', async () => {
    const validate = editorValidator();
    const model = await loadAccessRepository(ACCESS);
    expect(model.documents.length).toBeGreaterThan(50);
    for (const document of model.documents) {
      // A plain copy: editors hand the schema ordinary JSON objects.
      const plain = JSON.parse(JSON.stringify(document.value)) as unknown;
      expect(validate(plain), `${document.file} #${document.index}`).toBe(true);
    }
  });

  it.each([
    [{ kind: 'Grant', id: 'g' }, 'required'],
    [{ kind: 'User', id: 'alice', status: 'gone' }, 'enum'],
    [{ kind: 'Team', id: 't', owners: [] }, 'additionalProperties'],
    [{ kind: 'Gadget' }, 'enum'],
  ])('rejects %j at its root (%s)', (document, keyword) => {
    const validate = editorValidator();
    expect(validate(document)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
  });
});
