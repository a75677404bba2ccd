// Gzipped tar archives in memory, with tar-stream and node:zlib.
import { gunzipSync, gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';

import tar from 'tar-stream';

export interface TarEntry {
  name: string;
  data: Buffer;
}

/** Tar entries gzipped; fixed modes and times, so equal inputs give equal bytes. */
export async function writeTarGz(entries: TarEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (chunk: unknown) => {
      chunks.push(chunk as Buffer);
    });
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  for (const entry of entries) {
    pack.entry(
      { name: entry.name, size: entry.data.length, mode: 0o644, mtime: new Date(0) },
      entry.data,
    );
  }
  pack.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

/** Regular files of a gzipped tar, in archive order. */
export async function readTarGz(buf: Uint8Array): Promise<TarEntry[]> {
  let raw: Buffer;
  try {
    raw = gunzipSync(buf);
  } catch (error) {
    throw new Error(`not a gzipped tar archive: ${(error as Error).message}`, { cause: error });
  }
  const extract = tar.extract();
  const entries: TarEntry[] = [];
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const parts: Buffer[] = [];
      stream.on('data', (chunk: unknown) => {
        parts.push(chunk as Buffer);
      });
      stream.on('end', () => {
        if (header.type === 'file') entries.push({ name: header.name, data: Buffer.concat(parts) });
        next();
      });
      stream.on('error', reject);
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([raw]).pipe(extract);
  await done;
  return entries;
}
