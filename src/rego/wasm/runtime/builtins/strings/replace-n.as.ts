// strings.replace_n runs on the host, which sees its pattern object as JSON, where every
// key is already a string. The key check OPA makes therefore happens here, on the
// module's own values, before the call goes out.

import { hostCall2 } from "../../host-call.as";
import { builtinError } from "../../heap.as";
import { T_OBJECT, T_STRING, typeOf, len, iterKey } from "../../value.as";


export function bh_strings_replace_n(patterns: usize, s: usize, hostId: i32): usize {
  if (typeOf(patterns) == T_OBJECT) {
    const n = len(patterns);
    for (let i: u32 = 0; i < n; i++) {
      if (typeOf(iterKey(patterns, i)) != T_STRING) {
        return builtinError("strings.replace_n: operand 1 non-string key found in pattern object");
      }
    }
  }
  return hostCall2(hostId, patterns, s);
}
