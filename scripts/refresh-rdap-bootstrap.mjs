// Refreshes the copy of IANA's RDAP bootstrap file for DNS that ships with ZoneGuard
// (src/live/rdap/iana-dns-bootstrap.json; RFC 9224). Run by hand or on a schedule, never in a
// review or a test: `node scripts/refresh-rdap-bootstrap.mjs [--check] [--from FILE]`. With
// --check it only says whether the shipped copy is older than IANA's (exit 1 when it is); with
// --from it reads a copy downloaded by other means instead of fetching.
//
// The file is checked before it replaces the copy: JSON of the RFC's shape, a publication
// date, and the big registries present; a broken or truncated download leaves the copy alone.
import { readFile, rename, writeFile } from 'node:fs/promises';

const URL_IANA = 'https://data.iana.org/rdap/dns.json';
const TARGET = new URL('../src/live/rdap/iana-dns-bootstrap.json', import.meta.url);
const check = process.argv.includes('--check');
const fromIndex = process.argv.indexOf('--from');
const from = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;

let file;
try {
  if (from !== undefined) file = JSON.parse(await readFile(from, 'utf8'));
  else {
    const response = await fetch(URL_IANA, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    file = JSON.parse(await response.text());
  }
} catch (e) {
  console.error(
    `${from ?? URL_IANA}: ${e.cause?.code ?? e.message}; the shipped copy is unchanged`,
  );
  process.exit(2);
}
const problems = [];
if (!Array.isArray(file.services) || file.services.length < 100) problems.push('too few services');
if (typeof file.publication !== 'string' || Number.isNaN(Date.parse(file.publication)))
  problems.push('no publication date');
const tlds = new Set((file.services ?? []).flatMap((s) => (Array.isArray(s?.[0]) ? s[0] : [])));
for (const tld of ['com', 'net', 'org']) if (!tlds.has(tld)) problems.push(`no entry for .${tld}`);
if (problems.length > 0) {
  console.error(
    `${from ?? URL_IANA} does not look like the DNS bootstrap file: ${problems.join(', ')}`,
  );
  process.exit(2);
}

const shipped = JSON.parse(await readFile(TARGET, 'utf8'));
// The placeholder (no publication) counts as older than any copy.
const shippedDate = Date.parse(shipped.publication ?? '');
const newer = Number.isNaN(shippedDate) || Date.parse(file.publication) > shippedDate;
if (check) {
  console.log(
    newer
      ? `the shipped copy (${shipped.publication || 'a placeholder'}) is older than IANA's (${file.publication})`
      : `the shipped copy (${shipped.publication}) is current`,
  );
  process.exit(newer ? 1 : 0);
}
const ordered = {
  version: file.version,
  publication: file.publication,
  description: file.description,
  services: file.services,
};
const temporary = new URL(`${TARGET.href}.tmp`);
await writeFile(temporary, `${JSON.stringify(ordered, null, 2)}\n`);
await rename(temporary, TARGET);
console.log(
  `src/live/rdap/iana-dns-bootstrap.json: publication ${file.publication}, ${tlds.size} TLDs`,
);
