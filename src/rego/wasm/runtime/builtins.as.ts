// Builtins implemented in the module (placeholder until the natives land).
import { numPlus } from "./number.as";
export function b_plus(a: usize, b: usize): usize { return numPlus(a, b); }
