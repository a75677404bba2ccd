// How much memory an evaluation may use. A fixed limit fails a large repository however
// well its policies are written: a pull request over 100,000 generated grants hands the
// default library 43 MiB of input JSON, which the module keeps and parses into 28 MiB of
// values; deny then builds 43 MiB and warn 54 MiB (each freed before the next), about 3 bytes
// of memory a byte of input and linear in the grants (a tenth of them: a tenth of each).
// So the limit grows with the input, from a floor that any small input gets, while a
// policy that explodes (a value built for every pair of grants) still meets it long before
// it exhausts the machine.

/** 256 MiB: the floor every evaluation gets, whatever the size of its input. */
export const DEFAULT_MEMORY_PAGES = 4096;

/**
 * Heap bytes allowed for each byte of the input's JSON: the default library uses about 3
 * (the input's text, its parsed values and the larger entrypoint's findings; the test
 * test/policy/library-scale.test.ts holds it under 4); the rest is headroom for the
 * user's own rules.
 */
export const HEAP_PER_INPUT_BYTE = 32;

/**
 * The most pages a module can address: 65,536 pages is the whole 4 GiB of a 32-bit memory,
 * whose size in bytes no longer fits the 32-bit arithmetic modules compute it with.
 */
export const MAX_MEMORY_PAGES = 65_535;

const PAGE = 65_536;

/** The pages an evaluation over `inputBytes` of JSON may use, at least `floorPages`. */
export function memoryPagesFor(inputBytes: number, floorPages = DEFAULT_MEMORY_PAGES): number {
  const sized = Math.ceil((inputBytes * HEAP_PER_INPUT_BYTE) / PAGE);
  return Math.min(MAX_MEMORY_PAGES, Math.max(floorPages, sized));
}
