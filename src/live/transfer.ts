/**
 * `--axfr`: each server of the zone is asked for a zone transfer. Most refuse, as they should;
 * one that answers shows the whole zone, so drift also sees names git never knew, and tells
 * that anyone may list the zone (`zone-transfer-open`). Only an up-to-date server's transfer
 * stands for the zone, like every other live answer.
 */

import type { RRset } from '../model/zone.js';
import type { DnsClient } from './dns/client.js';
import { rrsetsOf } from './records.js';
import { serverLabel } from './servers.js';
import type { AxfrOutcome, ServerHealth } from './types.js';

/** A zone transfer may take longer than a query: this many per-query timeouts. */
const TRANSFER_TIMEOUTS = 5;

export interface Transfers {
  /** Each server's outcome, in the order given. */
  readonly outcomes: readonly (AxfrOutcome | undefined)[];
  /** The zone from the first up-to-date server whose transfer is complete and current. */
  readonly zone?: { readonly server: string; readonly rrsets: readonly RRset[] };
}

export async function transferFromEach(
  client: DnsClient,
  zone: string,
  servers: readonly ServerHealth[],
  timeoutMs: number,
): Promise<Transfers> {
  const complete: (RRset[] | undefined)[] = new Array(servers.length);
  const outcomes = await Promise.all(
    servers.map(async (server, i): Promise<AxfrOutcome | undefined> => {
      if (!server.responded) return undefined;
      const r = await client.transfer(server, zone, timeoutMs * TRANSFER_TIMEOUTS);
      if (!r.ok)
        return r.refused
          ? { status: 'refused', rcode: r.rcode }
          : { status: 'failed', reason: r.reason };
      const rrsets = rrsetsOf(r.records);
      const soa = rrsets.find((x) => x.name === zone && x.type === 'SOA');
      const serial = Number(soa?.values[0]?.split(' ')[2]);
      const outcome: AxfrOutcome = {
        status: 'open',
        records: r.records.length - 1, // the closing SOA repeats the first
        ...(Number.isFinite(serial) ? { serial } : {}),
      };
      if (server.upToDate && serial === server.soaSerial) complete[i] = rrsets;
      return outcome;
    }),
  );
  const i = complete.findIndex((c) => c !== undefined);
  const chosen = i < 0 ? undefined : { server: serverLabel(servers[i]!), rrsets: complete[i]! };
  return { outcomes, ...(chosen ? { zone: chosen } : {}) };
}
