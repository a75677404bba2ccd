// How far the JavaScript heap may grow past what is live before V8 collects it again, while a
// long history is judged (evidence) or a repository is checked against a base (`check
// --base`, which holds the model, the parse cache and the base side at once). By default V8 lets the old generation grow to up to four times what
// the last full collection found live when collecting is cheap against the work being done:
// over 50,000 commits about 350 MiB stayed live while the heap grew to 1.4 GiB of mostly dead
// versions and inputs, and the process peaked at 1.5 to 1.7 GiB. Growing by half of what is
// live instead peaked at 850 to 880 MiB in the same time (measured on a shared 2-core machine):
// the collections come more often, and each finds less to mark.
import { setFlagsFromString } from 'node:v8';

/** Growth past the live heap allowed at each full collection, in percent of it. */
const GROWING_PERCENT = 50;

/** Streams under way: the setting is V8's own again once the last of them is done. */
let holders = 0;

/**
 * Bounds the heap's growth for this process until the returned function is called (once per
 * call to this), which puts V8's own choice back (a heap-growing-percent of 0) when no other
 * caller still holds it. V8 reads the setting each time it sets the next limit, so it applies
 * from the next full collection on.
 */
export function boundHeapGrowth(): () => void {
  if (holders === 0) setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
  holders += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0) setFlagsFromString('--heap-growing-percent=0');
  };
}
