import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/model/count.ts
function groupedDigits(n) {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3)
    out = `${digits.slice(Math.max(0, end - 3), end)}${out ? `,${out}` : ""}`;
  return n < 0 ? `-${out}` : out;
}

export {
  groupedDigits
};
