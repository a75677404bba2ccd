// The minimum memory a module's `env.memory` import declares: the SDK's Memory must start
// at least that large or instantiation fails.

function readLeb(bytes: Uint8Array, at: number): [number, number] {
  let result = 0;
  let shift = 0;
  let i = at;
  for (;;) {
    const byte = bytes[i++] as number;
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [result, i];
  }
}

/** Pages the module's imported memory needs at least; 1 when it declares none. */
export function importedMemoryMinimum(wasm: Uint8Array): number {
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at] as number;
    const [size, start] = readLeb(wasm, at + 1);
    if (id === 2) return memoryFromImports(wasm, start);
    at = start + size;
  }
  return 1;
}

function memoryFromImports(wasm: Uint8Array, start: number): number {
  let [count, at] = readLeb(wasm, start);
  const skipName = (pos: number): number => {
    const [len, next] = readLeb(wasm, pos);
    return next + len;
  };
  while (count-- > 0) {
    at = skipName(skipName(at));
    const kind = wasm[at++] as number;
    if (kind === 0) {
      at = readLeb(wasm, at)[1];
    } else if (kind === 1) {
      const flags = wasm[at + 1] as number;
      at = readLeb(wasm, at + 2)[1];
      if (flags & 1) at = readLeb(wasm, at)[1];
    } else if (kind === 2) {
      return readLeb(wasm, at + 1)[0];
    } else if (kind === 3) {
      at += 2;
    } else {
      return 1;
    }
  }
  return 1;
}
