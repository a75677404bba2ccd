import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);

// src/rego/errors.ts
function formatRegoError(error) {
  return `${error.file}:${error.row}:${error.col}: ${error.code}: ${error.message}`;
}
var RegoCompileError = class extends Error {
  constructor(errors) {
    super(errors.map(formatRegoError).join("\n"));
    this.errors = errors;
    this.name = "RegoCompileError";
  }
  errors;
};

export {
  formatRegoError,
  RegoCompileError
};
