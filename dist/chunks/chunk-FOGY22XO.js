import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  globMatch
} from "./chunk-J7BEQH3Y.js";

// src/model/zone-selection.ts
function parseZoneSelection(values) {
  const patterns = values.flatMap((v) => v.split(/[\s,]+/)).filter((p) => p !== "");
  return { patterns: [...new Set(patterns)] };
}
function selectsEverything(selection) {
  return selection.patterns.length === 0;
}
function matches(pattern, zone) {
  const bare = zone.name === "." ? "." : zone.name.replace(/\.$/, "");
  const names = zone.tag ? [zone.name, bare, `${zone.name}!${zone.tag}`, `${bare}!${zone.tag}`] : [zone.name, bare];
  return names.some((n) => globMatch(pattern, n));
}
function isSelected(selection, zone) {
  return selectsEverything(selection) || selection.patterns.some((p) => matches(p, zone));
}
function unmatchedPatterns(selection, sets) {
  return selection.patterns.filter((p) => !sets.some((s) => s.zones.some((z) => matches(p, z))));
}
function planShards(zones, count) {
  const n = Math.max(1, Math.min(count, zones.length));
  const bins = Array.from({ length: n }, () => ({ zones: [], rrsets: 0 }));
  const order = [...zones].sort(
    (a, b) => b.rrsets - a.rrsets || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
  for (const z of order) {
    let lightest = bins[0];
    for (const b of bins) if (b.rrsets < lightest.rrsets) lightest = b;
    lightest.zones.push(z.key);
    lightest.rrsets += Math.max(1, z.rrsets);
  }
  return bins.map((b, i) => ({
    shard: n === 1 ? "all" : `${i + 1}-of-${n}`,
    zones: [...b.zones].sort(),
    rrsets: b.rrsets
  }));
}

export {
  parseZoneSelection,
  selectsEverything,
  isSelected,
  unmatchedPatterns,
  planShards
};
