import { describe, expect, it } from 'vitest';
import { evalRule } from './helpers.js';

// `with f as v`, v a variable of the rule that holds the `with`, replaces f everywhere
// the `with` reaches: in rules and functions called from there too, however deep, each
// seeing the value v has at that point.
describe('with: a function replaced by a local value', () => {
  it('reaches rules called from the with, per value of an iteration', async () => {
    const src = `package t
at_least_two if count([]) >= 2
p := {n | some n in [1, 2, 3]; at_least_two with count as n}`;
    expect(await evalRule(src, 'p')).toEqual([2, 3]);
  });

  it('reaches through a function, with two replacements made at different depths', async () => {
    const src = `package t
p if {
  a := 7
  middle with count as a
}
middle if {
  b := "z"
  concat("-", ["x", "y"]) == "x-y"
  inner with concat as b
}
inner if check(1)
check(_) if {
  count([]) == 7
  concat("", []) == "z"
}`;
    expect(await evalRule(src, 'p')).toBe(true);
  });

  it('leaves the same rule unreplaced outside the with', async () => {
    const src = `package t
c := count([1, 2])
p := [replaced, c] if {
  k := 9
  replaced := c with count as k
}`;
    expect(await evalRule(src, 'p')).toEqual([9, 2]);
  });
});

// A call nested in another call's arguments, left whole where OPA keeps a term whole (a
// `with` value), names its own output: the outer call's result is the value, never a
// comparison with the inner one's.
describe('with: a value made by nested calls', () => {
  it('replaces input with the outer call of a nested pair', async () => {
    const src = `package t
f(a) := {"x": a}
g(o) := object.remove(o, ["k"])
h(a, b) := {"x": a, "y": b}
inner := input.x
p := v if { v := inner with input as f(count([1, 2])) }
q := v if { v := inner with input as h(g({"k": 1, "j": 2}), []) }
r if { count(input.x) == 1 with input as f(g({"k": 1, "j": 2})) }`;
    expect(await evalRule(src, 'p')).toBe(2);
    expect(await evalRule(src, 'q')).toEqual({ j: 2 });
    expect(await evalRule(src, 'r')).toBe(true);
  });
});
