/**
 * The DNSSEC step of the live phase (docs/architecture.md, Live DNS): for a zone whose parent
 * publishes DS, ask every authoritative server, with the DO bit, for the DNSKEY, SOA, NS, CDS
 * and CDNSKEY RRsets and each RRset the change touches, with their RRSIGs, and check every
 * signature (`verify.ts`). Each server's answers are checked against each DNSKEY set any
 * server serves: a resolver may cache one server's keys and then get another's answers, so a
 * multi-signer zone works only when every set holds every signer's zone-signing keys
 * (RFC 8901 §3). Zones without DS are left alone: no resolver validates them.
 */
import { matchDs, parseDnskey, parseDs } from '../../model/dnssec.js';
import type { RecordType } from '../../model/record-type.js';
import type { DnsClient } from '../dns/client.js';
import { recordTypeOf } from '../dns/wire-types.js';
import { serverLabel } from '../label.js';
import { absolute, rrsetFrom } from '../records.js';
import type { LiveZone, ServerEndpoint } from '../types.js';
import type { CdsFact, DnssecFacts, KeySetFact, SignedRRsetFact } from './types.js';
import { checkSignatures, keyRing, type RingKey } from './verify.js';
import type { RrsigData, WireRecord } from './wire.js';

/** Touched RRsets whose signatures are checked per zone; the rest are named in a reason. */
export const VERIFY_AT_MOST = 200;

const APEX_TYPES: readonly RecordType[] = ['DNSKEY', 'SOA', 'NS', 'CDS', 'CDNSKEY'];

interface Answered {
  readonly name: string;
  readonly type: RecordType;
  readonly records: WireRecord[];
  readonly sigs: RrsigData[];
  readonly ttl: number;
  /** The records' canonical values, sorted (how the model spells them). */
  readonly values: readonly string[];
}

interface ServerAnswers {
  readonly server: string;
  readonly answers: Answered[];
  readonly cds: CdsFact;
}

/** The records of `name type` and the RRSIGs covering them, from an authoritative answer. */
function pick(records: readonly WireRecord[], name: string, type: RecordType) {
  const same = (r: WireRecord) => absolute(r.name) === name;
  // dns-packet names types it has no name for `UNKNOWN_<n>` (HTTPS, SVCB, …).
  const own = records.filter((r) => recordTypeOf(r.type) === type && same(r));
  const sigs = records
    .filter((r) => r.type === 'RRSIG' && same(r))
    .map((r) => r.data as RrsigData)
    .filter((s) => s && recordTypeOf(s.typeCovered) === type);
  return { own, sigs };
}

async function askServer(
  client: DnsClient,
  zone: string,
  server: ServerEndpoint,
  wanted: readonly { readonly name: string; readonly type: RecordType }[],
): Promise<ServerAnswers> {
  const answers: Answered[] = [];
  let cds: readonly string[] = [];
  let cdnskey: readonly string[] = [];
  await Promise.all(
    wanted.map(async ({ name, type }) => {
      const r = await client.query(server, { name, type, dnssec: true });
      if (!r.ok || !r.authoritative || r.rcode !== 'NOERROR') return;
      const all = r.response.answers as unknown as WireRecord[];
      const { own, sigs } = pick(all, name, type);
      if (own.length === 0) return;
      const rrset = rrsetFrom(r.response.answers, name, type);
      const values = [...(rrset?.values ?? [])].sort();
      if (name === zone && type === 'CDS') cds = values;
      if (name === zone && type === 'CDNSKEY') cdnskey = values;
      answers.push({ name, type, records: own, sigs, values, ttl: rrset?.ttl ?? own[0]!.ttl ?? 0 });
    }),
  );
  return {
    server: serverLabel(server),
    answers,
    cds: { server: serverLabel(server), cds, cdnskey },
  };
}

/** The keys of a DNSKEY set that a DS in `ds` references (algorithm, tag and digest). */
function dsReferenced(zone: string, ds: readonly string[], dnskey: readonly string[]) {
  const keys = dnskey.map(parseDnskey).filter((k) => k !== undefined);
  const matched = new Map<string, number>(); // public key → key tag
  for (const text of ds) {
    const d = parseDs(text);
    const m = d && matchDs(zone, d, keys);
    if (m?.kind === 'match') matched.set(m.key.publicKey, d!.keyTag);
  }
  return matched;
}

/**
 * Checks every signature the servers serve. `touched`: the RRsets the change touches (the
 * first `VERIFY_AT_MOST` are asked). Undefined when the zone is not signed at the parent.
 */
export async function collectDnssec(
  client: DnsClient,
  zone: string,
  servers: readonly ServerEndpoint[],
  ds: readonly string[],
  touched: readonly { readonly name: string; readonly type: RecordType }[],
): Promise<{ facts?: DnssecFacts; reasons: string[] }> {
  const reasons: string[] = [];
  if (ds.length === 0 || servers.length === 0) return { reasons };
  const wanted = new Map<string, { name: string; type: RecordType }>();
  for (const type of APEX_TYPES) wanted.set(`${zone} ${type}`, { name: zone, type });
  let extra = 0;
  for (const t of touched) {
    const key = `${t.name} ${t.type}`;
    if (wanted.has(key)) continue;
    if (wanted.size >= APEX_TYPES.length + VERIFY_AT_MOST) extra++;
    else wanted.set(key, { name: t.name, type: t.type });
  }
  if (extra > 0)
    reasons.push(
      `signatures checked for ${VERIFY_AT_MOST} of the RRsets the change touches; ${extra} more were not asked`,
    );
  const asked = await Promise.all(
    servers.map((s) => askServer(client, zone, s, [...wanted.values()])),
  );

  // Distinct DNSKEY sets, in the order servers were given.
  const keySets: { fact: KeySetFact; anchors: ReadonlyMap<string, number>; ring: RingKey[] }[] = [];
  const setOf = new Map<string, number>();
  for (const a of asked) {
    const rrset = a.answers.find((x) => x.name === zone && x.type === 'DNSKEY');
    if (!rrset) continue;
    const key = rrset.values.join('\n');
    let i = setOf.get(key);
    if (i === undefined) {
      i = keySets.length;
      setOf.set(key, i);
      const anchors = dsReferenced(zone, ds, rrset.values);
      keySets.push({
        fact: { servers: [], dnskey: rrset.values, dsKeys: [...new Set(anchors.values())] },
        anchors,
        ring: keyRing(rrset.records),
      });
    }
    (keySets[i]!.fact.servers as string[]).push(a.server);
  }

  const rrsets: SignedRRsetFact[] = [];
  for (const a of asked) {
    for (const ans of a.answers) {
      const base = { name: ans.name, type: ans.type, ttl: ans.ttl, server: a.server };
      const check = (keySet: number, keys: readonly RingKey[]) =>
        rrsets.push({
          ...base,
          keySet,
          signatures: checkSignatures(zone, ans.records, ans.sigs, keys),
        });
      if (ans.name === zone && ans.type === 'DNSKEY') {
        // The DNSKEY set is checked only against its own keys that a DS references.
        const i = setOf.get(ans.values.join('\n'))!;
        const { ring, anchors } = keySets[i]!;
        check(
          i,
          ring.filter((k) => anchors.has(k.publicKey)),
        );
      } else for (const [i, set] of keySets.entries()) check(i, set.ring);
    }
  }
  const facts: DnssecFacts = {
    ds,
    keySets: keySets.map((k) => k.fact),
    rrsets,
    cds: asked.map((a) => a.cds),
  };
  return { facts, reasons };
}

/**
 * The live phase's hook: the zone as collected, with its DNSSEC facts added when its parent
 * publishes DS. Asks the servers that answered the SOA authoritatively.
 */
export async function withDnssec(
  client: DnsClient,
  live: LiveZone,
  touched: readonly { readonly name: string; readonly type: RecordType }[],
): Promise<LiveZone> {
  const ds = live.delegation?.ds ?? [];
  const servers = live.servers.filter((s) => s.authoritative);
  const { facts, reasons } = await collectDnssec(client, live.zone, servers, ds, touched);
  if (!facts) return live;
  return {
    ...live,
    dnssec: facts,
    ...(reasons.length > 0 ? { reasons: [...live.reasons, ...reasons] } : {}),
  };
}
