import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/formats/dnscontrol/ir.ts
function parseFilepos(pos) {
  if (!pos) return void 0;
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(pos);
  if (!m) return { file: pos };
  return { file: m[1], line: Number(m[2]), ...m[3] ? { column: Number(m[3]) } : {} };
}

export {
  parseFilepos
};
