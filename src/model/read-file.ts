// One read of a working-tree file, as the model reads them in this thread (load.ts) and the
// read-ahead thread does (read-worker.ts): opened without following a symbolic link, read into
// one buffer in as few calls as it takes, and measured by that read. A file that fills the
// buffer is measured with fstat and its text left unread, so no oversized file is loaded.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Opens `path` for reading; a symbolic link fails (ELOOP) instead of being followed. */
export function openNoFollow(path: string): number {
  return openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
}

/** The file's size in bytes, and its text when it is smaller than `scratch`. Throws what fs throws. */
export function readOnce(path: string, scratch: Buffer): { size: number; text?: string } {
  const fd = openNoFollow(path);
  try {
    let length = 0;
    for (;;) {
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0 || (length += read) === scratch.length) break;
    }
    return length < scratch.length
      ? { size: length, text: scratch.toString('utf8', 0, length) }
      : { size: fstatSync(fd).size };
  } finally {
    closeSync(fd);
  }
}
