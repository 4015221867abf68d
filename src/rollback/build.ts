/**
 * Rollback snippets (docs/architecture.md, Rollback): for each zone the change touches, the records that
 * restore base in the repository's own format, the registrar-side delegation captured from
 * live DNS for NS/DS changes (so a rollback works even when the provider's control plane is
 * down), and the `git revert` of the merge. Pure: the writers are the formats' own (each
 * format's `write` side, found through the registry).
 */
import type { ZoneDiff } from '../diff/types.js';
import { formatById } from '../formats/registry.js';
import type { FormatWriter, RecordFiles } from '../formats/types.js';
import { type RegistrySnapshot, registrationOf } from '../live/registry-types.js';
import type { LiveSnapshot } from '../live/types.js';
import { formatDs } from '../model/dnssec.js';
import type { FormatId, Zone } from '../model/zone.js';
import { planRollback, type RollbackPlan } from './plan.js';
import type { ZoneRollback } from './types.js';

const REVERT =
  'Or undo the whole pull request: git revert -m 1 <merge commit>, and let the DNS pipeline push it (a revert changes nothing until it is pushed).';

export function buildRollback(
  diffs: readonly ZoneDiff[],
  live: LiveSnapshot | undefined,
  registry?: RegistrySnapshot,
): ZoneRollback[] {
  const out: ZoneRollback[] = [];
  for (const d of diffs) {
    const delegationChanged = touchesDelegation(d);
    if (d.changes.length === 0 && !delegationChanged) continue;
    const writer = writerFor(d.format);
    const plan = planRollback(d, writer.editUnit);
    const rollback: ZoneRollback = {
      zone: d.zone,
      format: d.format,
      snippet: snippet(plan, writer, recordFiles(d, plan), d.before ?? d.after),
      ...(delegationChanged
        ? {
            registrar: [registrarText(d, live), registryText(d, registry)]
              .filter(Boolean)
              .join('\n\n'),
          }
        : {}),
    };
    out.push(rollback);
  }
  return out;
}

function writerFor(format: FormatId): FormatWriter {
  const found = formatById(format);
  // Every FormatId is registered (the registry's own test holds us to it).
  if (!found) throw new Error(`no format registered as ${format}`);
  return found.write;
}

/** The zone's configuration and the files the records at hand are written in. */
function recordFiles(d: ZoneDiff, plan: RollbackPlan): RecordFiles {
  const config = d.after?.config ?? d.before?.config;
  const files = new Set<string>();
  for (const r of [...plan.restore, ...plan.replace, ...plan.remove])
    if (r.location?.file) files.add(r.location.file);
  return { ...(config !== undefined ? { config } : {}), files: [...files].sort() };
}

/** The snippet text: restore, then delete, then the revert; each part only when needed. */
function snippet(
  plan: RollbackPlan,
  writer: FormatWriter,
  where: RecordFiles,
  of: Zone | undefined,
): string {
  const c = writer.lineComment;
  const comment = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((l) => `${c} ${l}`)
      .join('\n');
  const parts = [
    `${c} Rollback of ${plan.zone} to base, in ${writer.zoneLocation(plan.zone, where)}:`,
  ];
  const unit = plan.unit === 'name' ? 'names' : 'names and types';
  if (plan.restore.length > 0)
    parts.push(
      `${c} Put back (replacing what these ${unit} hold now):\n${writer.records(plan.restore, plan.zone, of).trimEnd()}`,
    );
  if (plan.replace.length > 0)
    parts.push(`${c} Instead of:\n${comment(writer.records(plan.replace, plan.zone, of))}`);
  if (plan.remove.length > 0)
    parts.push(
      `${c} Delete, added by this change:\n${comment(writer.records(plan.remove, plan.zone, of))}`,
    );
  parts.push(`${c} ${REVERT}`);
  return `${parts.join('\n')}\n`;
}

/** Apex NS or DS records, or the zone's providers, nameservers, registrar or DNSSEC switch. */
function touchesDelegation(d: ZoneDiff): boolean {
  if (d.changes.some((c) => c.name === d.name && (c.type === 'NS' || c.type === 'DS'))) return true;
  const a = d.before;
  const b = d.after;
  if (!a || !b) return false;
  return (
    providerNames(a) !== providerNames(b) ||
    (a.nameservers ?? []).join(',') !== (b.nameservers ?? []).join(',') ||
    a.registrar?.name !== b.registrar?.name ||
    a.dnssec !== b.dnssec
  );
}

function providerNames(z: Zone): string {
  return z.providers
    .map((p) => p.name)
    .sort()
    .join(',');
}

function registrarText(d: ZoneDiff, live: LiveSnapshot | undefined): string {
  const lz = live?.zones.find((z) => z.zone === d.name || z.zone === d.zone);
  const delegation = lz?.delegation;
  if (!delegation)
    return [
      `Live DNS was not ${live ? 'able to find' : 'queried for'} the delegation of ${d.name}, so the values the parent publishes now could not be captured.`,
      `Write them down before merging: dig +norec NS ${d.name} and dig DS ${d.name} at a server of the parent zone.`,
    ].join('\n');
  const when = live ? `${live.takenAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  const lines = [`The parent zone ${delegation.parent} publishes now (captured ${when}):`];
  const ttl = (t: number | undefined) => (t === undefined ? '' : ` (TTL ${t} s)`);
  lines.push(`NS${ttl(delegation.nsTtl)}:`);
  for (const ns of delegation.ns) lines.push(`  ${ns}`);
  for (const g of delegation.glue) lines.push(`  glue ${g.name} ${g.address}`);
  if (delegation.ds.length > 0) {
    lines.push(`DS${ttl(delegation.dsTtl)}:`);
    for (const ds of delegation.ds) lines.push(`  ${ds}`);
  } else lines.push('DS: none (the delegation is unsigned)');
  lines.push(
    'To roll back, set exactly these at the registrar. Resolvers may keep the new delegation for up to the NS TTL above, so keep the old servers answering correctly until then.',
  );
  return lines.join('\n');
}

/**
 * What the registry holds for the domain over RDAP: the values its registrar account sets, so
 * the ones to put back at the registrar when the rollback undoes a delegation change.
 */
function registryText(d: ZoneDiff, registry: RegistrySnapshot | undefined): string {
  const fact = registrationOf(registry, d.name);
  if (!fact || !registry) return '';
  const when = `${registry.takenAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const r = fact.registration;
  const lines = [`The registry holds now (RDAP ${fact.url ?? registry.source}, captured ${when}):`];
  lines.push('NS:');
  for (const ns of r.nameservers) lines.push(`  ${ns}`);
  if (r.nameservers.length === 0) lines.push('  (none published)');
  const ds = r.secureDNS?.dsData ?? [];
  if (ds.length > 0) {
    lines.push('DS:');
    for (const x of ds) lines.push(`  ${formatDs(x)}`);
  } else if (r.secureDNS?.delegationSigned)
    lines.push('DS: signed, but the registry does not publish the DS data');
  else lines.push('DS: none (the delegation is unsigned)');
  lines.push(
    'These are what the registrar account sets; to roll back a registrar change, set these again.',
  );
  return lines.join('\n');
}
