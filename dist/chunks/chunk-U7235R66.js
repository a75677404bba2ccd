import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);

// src/model/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function openNoFollow(path) {
  return openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
}
function readOnce(path, scratch) {
  const fd = openNoFollow(path);
  try {
    let length = 0;
    for (; ; ) {
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0 || (length += read) === scratch.length) break;
    }
    return length < scratch.length ? { size: length, text: scratch.toString("utf8", 0, length) } : { size: fstatSync(fd).size };
  } finally {
    closeSync(fd);
  }
}

export {
  openNoFollow,
  readOnce
};
