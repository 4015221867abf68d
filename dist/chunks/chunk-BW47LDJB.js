import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/sources/types.ts
var SourceError = class extends Error {
  constructor(message, path) {
    super(message);
    this.path = path;
    this.name = "SourceError";
  }
  path;
};

export {
  SourceError
};
