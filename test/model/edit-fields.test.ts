import { describe, expect, it } from 'vitest';
import { DocumentEditError } from '../../src/model/edit.js';
import { editFields, yamlScalar } from '../../src/model/edit-fields.js';

const TEAMS = `# Teams. Keep sorted.
kind: Team
id: api
members:
  - alice   # lead
  - bob
---
kind: Team
id: web
members: [carol, dan]  # front end
`;

describe('editFields', () => {
  it('edits block and flow lists in place, keeping comments', () => {
    const after = editFields('teams.yaml', TEAMS, [
      { document: 0, op: 'remove-item', key: 'members', value: 'bob' },
      { document: 0, op: 'add-item', key: 'members', value: 'erin' },
      { document: 1, op: 'remove-item', key: 'members', value: 'carol' },
      { document: 1, op: 'add-item', key: 'members', value: 'bob' },
    ]);
    expect(after).toBe(`# Teams. Keep sorted.
kind: Team
id: api
members:
  - alice   # lead
  - erin
---
kind: Team
id: web
members: [dan, bob]  # front end
`);
  });

  it('sets, adds and deletes scalars, quoting what would read back as another type', () => {
    const text =
      'kind: User\nid: ana   # the lead\nstatus: active # set by HR\nleftOn: 2026-01-01\n';
    const after = editFields('u.yaml', text, [
      { document: 0, op: 'set', key: 'status', value: 'leaver' },
      { document: 0, op: 'delete', key: 'leftOn' },
      { document: 0, op: 'set', key: 'name', value: 'true' },
    ]);
    expect(after).toBe(
      'kind: User\nid: ana   # the lead\nstatus: leaver # set by HR\nname: "true"\n',
    );
    expect(yamlScalar('Ana, Lead')).toBe('"Ana, Lead"');
    expect(yamlScalar('2027-03-31')).toBe('2027-03-31');
  });

  it('refuses what it cannot edit safely and says what to do', () => {
    const text = 'kind: User\nid: ana\nname: |\n  Ana\n';
    expect(() =>
      editFields('u.yaml', text, [{ document: 0, op: 'set', key: 'name', value: 'Bo' }]),
    ).toThrow(DocumentEditError);
    expect(() =>
      editFields('u.yaml', 'kind: [User\n', [{ document: 0, op: 'set', key: 'id', value: 'x' }]),
    ).toThrow(/does not parse/);
  });
});
