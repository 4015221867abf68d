/**
 * `--terraform-plan FILE` (the Action's `terraform-plan`): the JSON of `terraform show -json
 * PLANFILE`, made by the user's own plan step with their credentials. Its DNS resources'
 * `before` and `after` replace the Terraform zones static reading found on base and head, so
 * the review is exact where static reading could not be (computed values, data sources,
 * remote modules). The plan has no source lines: each RRset takes the location static reading
 * gave the same name and type on the same side, else on the other side.
 */
import { readFile } from 'node:fs/promises';
import type { PlannedZones } from '../formats/terraform/plan.js';
import { fail, ok, type Result } from '../model/location.js';
import { type RRset, rrsetKey, type Zone, type ZoneSet, zoneKey } from '../model/zone.js';

/** Reads and parses the plan file (a path on the local file system, not in the repository). */
export async function readTerraformPlan(path: string): Promise<Result<PlannedZones>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return fail({
      level: 'error',
      code: 'terraform/plan',
      message: `cannot read the Terraform plan file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      location: { file: path },
    });
  }
  // The plan reader (and the Terraform record mapping) loads only for a run given a plan.
  const { planToZones } = await import('../formats/terraform/plan.js');
  const r = planToZones(text, path);
  return r.ok ? ok(r.value, r.value.warnings) : r;
}

/** `side` with its Terraform zones replaced by the plan's, located from both static sides. */
export function withPlannedZones(
  side: ZoneSet,
  planned: readonly Zone[],
  statics: readonly ZoneSet[],
): ZoneSet {
  const located = new Map<string, RRset['location']>();
  const zoneAt = new Map<string, Zone>();
  for (const set of [side, ...statics])
    for (const z of set.zones) {
      if (z.format !== 'terraform') continue;
      if (!zoneAt.has(zoneKey(z))) zoneAt.set(zoneKey(z), z);
      for (const r of z.rrsets) {
        const key = `${zoneKey(z)} ${rrsetKey(r)}`;
        if (r.location && !located.has(key)) located.set(key, r.location);
      }
    }
  const zones = planned.map((z): Zone => {
    const known = zoneAt.get(zoneKey(z));
    return {
      ...z,
      ...(known?.config ? { config: known.config } : {}),
      ...(known?.location ? { location: known.location } : {}),
      rrsets: z.rrsets.map((r) => {
        const at = located.get(`${zoneKey(z)} ${rrsetKey(r)}`);
        return at ? { ...r, location: at } : r;
      }),
    };
  });
  return { ...side, zones: [...side.zones.filter((z) => z.format !== 'terraform'), ...zones] };
}
