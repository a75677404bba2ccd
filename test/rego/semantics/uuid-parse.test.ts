import { describe, expect, it } from 'vitest';
import { evalRule } from './helpers.js';

// uuid.parse reads a UUID's fields: every UUID tells its version and variant; a
// time-based one (version 1 or 2) also its timestamp as Unix nanoseconds, its clock
// sequence and node; a DCE one (version 2) its local domain and id. Text that is no
// UUID leaves the call undefined.
describe('uuid.parse', () => {
  it('reads a version 1 UUID, its timestamp exact to the nanosecond', async () => {
    // The version 1 example of RFC 9562 (appendix A.1): 2022-02-22T14:22:22-05:00.
    const src = `package t
u := uuid.parse("C232AB00-9414-11EC-B3C8-9F6BDECED846")
p := object.union(object.remove(u, ["time"]), {"time": sprintf("%v", [u.time])})`;
    expect(await evalRule(src, 'p')).toEqual({
      version: 1,
      variant: 'RFC4122',
      time: String(BigInt(Date.parse('2022-02-22T19:22:22Z')) * 1_000_000n),
      clocksequence: 0x33c8,
      nodeid: '9f-6b-de-ce-d8-46',
      macvariables: 'local:multicast',
    });
  });

  it('reads the domain and id of a version 2 UUID', async () => {
    const src = `package t
p := object.filter(uuid.parse("000001f5-5cde-21ec-8701-0242ac120002"), ["id", "domain", "clocksequence", "macvariables", "version"])`;
    expect(await evalRule(src, 'p')).toEqual({
      id: 501,
      domain: 'Group',
      clocksequence: 0x701,
      macvariables: 'local:unicast',
      version: 2,
    });
  });

  it('gives only version and variant for other versions, in any accepted spelling', async () => {
    const src = `package t
p := [uuid.parse(s) | some s in [
  "{9B2A6E0C-1D4F-4A8B-9C3E-5F7A1B2C3D4E}",
  "urn:uuid:9b2a6e0c-1d4f-4a8b-9c3e-5f7a1b2c3d4e",
  "9b2a6e0c1d4f5a8bcc3e5f7a1b2c3d4e",
]]`;
    expect(await evalRule(src, 'p')).toEqual([
      { version: 4, variant: 'RFC4122' },
      { version: 4, variant: 'RFC4122' },
      { version: 5, variant: 'Microsoft' },
    ]);
  });

  it('is undefined for text that is not a UUID', async () => {
    for (const s of [
      '9b2a6e0c1-d4f-4a8b-9c3e-5f7a1b2c3d4e',
      '9b2a6e0c-1d4f-4a8b-9c3e-5f7a1b2c3d4',
      'x',
    ]) {
      const src = `package t\np := uuid.parse("${s}")`;
      expect(await evalRule(src, 'p', {}, { strict: true }), s).toBeUndefined();
    }
  });
});
