import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/secrets/known-values.ts
var MIN_MASKED_LENGTH = 6;
function maskable(values) {
  return values.filter((v) => v.value.length >= MIN_MASKED_LENGTH).sort((a, b) => b.value.length - a.value.length);
}
function maskKnownValues(text, values) {
  let out = text;
  for (const v of maskable(values)) out = out.split(v.value).join(`[var ${v.name}]`);
  return out;
}
function maskKnownValuesDeep(data, values) {
  const list = maskable(values);
  if (list.length === 0) return data;
  const text = (s) => {
    let out = s;
    for (const v of list)
      if (out.includes(v.value)) out = out.split(v.value).join(`[var ${v.name}]`);
    return out;
  };
  const walk = (x) => {
    if (typeof x === "string") return text(x);
    if (Array.isArray(x)) return x.map(walk);
    if (x !== null && typeof x === "object" && !(x instanceof Date)) {
      const o = {};
      for (const [k, v] of Object.entries(x)) o[text(k)] = walk(v);
      return o;
    }
    return x;
  };
  return walk(data);
}

export {
  maskKnownValues,
  maskKnownValuesDeep
};
