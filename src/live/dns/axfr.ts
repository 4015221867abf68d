/**
 * A zone transfer (AXFR, RFC 5936) over a TCP connection of its own: one query, then
 * length-prefixed messages until the zone's SOA comes round again. Read-only and
 * unauthenticated: exactly what anyone on the internet could ask, which is the point of
 * the `zone-transfer-open` rule. Bounded in time, size and record count, so a hostile or broken
 * server can neither hold the phase nor fill memory.
 */
import { connect } from 'node:net';
import type * as packet from 'dns-packet';
import type { ServerAddress } from './exchange.js';
import { answersQuery, decode, encodeQuery, HEADER, type IdSource, toFrame } from './query-wire.js';

/** A transfer larger than this is abandoned (a zone of some millions of records). */
export const AXFR_MAX_OCTETS = 512 * 1024 * 1024;
export const AXFR_MAX_RECORDS = 2_000_000;

export type TransferResult =
  | { readonly ok: true; readonly records: readonly packet.Answer[] }
  | { readonly ok: false; readonly refused: true; readonly rcode: string }
  | { readonly ok: false; readonly refused: false; readonly reason: string };

export function transferZone(
  server: ServerAddress,
  zone: string,
  timeoutMs: number,
  ids: IdSource,
  aborts: Set<() => void>,
  done: (result: TransferResult) => void,
): void {
  const query = encodeQuery(ids.take(), { name: zone, type: 'TYPE252', rd: false, dnssec: false });
  const records: packet.Answer[] = [];
  let pending: Buffer | undefined;
  let octets = 0;
  let soaSeen = 0;
  let settled = false;
  const socket = connect({ host: server.address, port: server.port });
  const finish = (result: TransferResult) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    aborts.delete(abort);
    socket.destroy();
    done(result);
  };
  const failed = (reason: string) => finish({ ok: false, refused: false, reason });
  const abort = () => failed('the DNS client was closed');
  aborts.add(abort);
  const timer = setTimeout(() => failed(`no complete transfer within ${timeoutMs} ms`), timeoutMs);
  socket.on('connect', () => socket.write(toFrame(query)));
  socket.on('error', (e) => failed(e.message));
  socket.on('close', () => failed('the server closed the connection before the end of the zone'));
  socket.on('data', (chunk: Buffer) => {
    octets += chunk.length;
    if (octets > AXFR_MAX_OCTETS) {
      failed(`the transfer passed ${AXFR_MAX_OCTETS} octets`);
      return;
    }
    const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
    let o = 0;
    while (!settled && buf.length - o >= 2) {
      const length = buf.readUInt16BE(o);
      if (buf.length - o - 2 < length) break;
      const msg = buf.subarray(o + 2, o + 2 + length);
      o += 2 + length;
      const outcome = read(msg);
      if (outcome) finish(outcome);
    }
    pending = o < buf.length ? buf.subarray(o) : undefined;
  });

  /** One message of the transfer: every answer record; the outcome once the transfer ends. */
  function read(msg: Buffer): TransferResult | undefined {
    const fail = (reason: string): TransferResult => ({ ok: false, refused: false, reason });
    // Each message of the transfer echoes the query's ID and (RFC 5936 §2.2.1) its question.
    const first = records.length === 0;
    if (msg.length < HEADER || msg[0] !== query[0] || msg[1] !== query[1])
      return fail('a message of the transfer does not answer the query');
    const response = decode(msg);
    if (!response) return fail('a message of the transfer cannot be read');
    if (response.rcode && response.rcode !== 'NOERROR')
      return { ok: false, refused: true, rcode: response.rcode };
    if (first && !answersQuery(msg, query) && (response.questions?.length ?? 0) > 0)
      return fail('the first message of the transfer does not answer the query');
    for (const rr of response.answers ?? []) {
      if (records.length === 0 && rr.type !== 'SOA')
        return fail('the transfer does not start with the SOA');
      records.push(rr);
      if (rr.type === 'SOA' && ++soaSeen === 2) return { ok: true, records };
      if (records.length > AXFR_MAX_RECORDS)
        return fail(`the transfer passed ${AXFR_MAX_RECORDS} records`);
    }
    return first && records.length === 0
      ? { ok: false, refused: true, rcode: 'NOERROR without records' }
      : undefined;
  }
}
