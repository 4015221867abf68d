/**
 * Queries in wire form and the checks an answer must pass before it is believed: the bytes
 * both transports (UDP datagrams, TCP frames) share.
 */
import { getRandomValues } from 'node:crypto';
import * as packet from 'dns-packet';
import { nameToWire } from '../../model/dnssec.js';
import { decodeResponse, type Response } from './decode.js';
import { typeNumber } from './wire-types.js';

/** What to ask: one question, with the two header bits a caller chooses. */
export interface Question {
  /** Absolute name without the trailing dot is fine too; compared case-insensitively. */
  readonly name: string;
  readonly type: string;
  readonly rd: boolean;
  /** Sets the EDNS DO bit (asking for DNSSEC records). */
  readonly dnssec: boolean;
}

/** EDNS0 UDP payload size recommended by DNS Flag Day 2020. */
export const EDNS_BUFFER = 1232;
/** A DNS message header's length: shorter datagrams are not answers. */
export const HEADER = 12;

/**
 * The query in wire form, written directly: header, one question, an EDNS0 OPT record
 * (RFC 6891) with our buffer size and the DO bit when asked. dns-packet's general encoder
 * costs more than the rest of a loopback round trip. `framed` puts the TCP length prefix
 * first (see `toFrame`), so that a query for a TCP connection is written once, not copied.
 */
export function encodeQuery(id: number, q: Question, framed = false): Buffer {
  const type = typeNumber(q.type);
  const at = framed ? 2 : 0;
  const name = q.name;
  // A plain name (nearly every name asked) of n octets takes n + 2 in wire form: written
  // straight in, in one pass; any other is converted by the model and copied in.
  const n = name.endsWith('.') ? name.length - 1 : name.length;
  let nameLength = n + 2;
  let buf = n > 0 && n <= 253 ? Buffer.allocUnsafe(at + HEADER + nameLength + 15) : undefined;
  if (buf === undefined || !writePlain(name, n, buf, at + HEADER)) {
    const qname = questionName(name);
    nameLength = qname.length;
    buf = Buffer.allocUnsafe(at + HEADER + nameLength + 15);
    qname.copy(buf, at + HEADER);
  }
  if (framed) buf.writeUInt16BE(buf.length - 2, 0);
  buf.writeUInt16BE(id, at);
  buf.writeUInt16BE(q.rd ? packet.RECURSION_DESIRED : 0, at + 2);
  buf.writeUInt32BE(0x0001_0000, at + 4); // QDCOUNT 1, ANCOUNT 0
  buf.writeUInt32BE(0x0000_0001, at + 8); // NSCOUNT 0, ARCOUNT 1: the OPT record
  let o = at + HEADER + nameLength;
  o = buf.writeUInt16BE(type, o);
  o = buf.writeUInt16BE(1, o); // class IN
  buf[o++] = 0; // OPT owner: the root
  o = buf.writeUInt16BE(41, o);
  o = buf.writeUInt16BE(EDNS_BUFFER, o);
  o = buf.writeUInt16BE(0, o); // extended RCODE and version 0
  o = buf.writeUInt16BE(q.dnssec ? packet.DNSSEC_OK : 0, o);
  buf.writeUInt16BE(0, o); // RDLENGTH
  return buf;
}

/** Octets a plain (LDH, `_` or `*`) label may hold: lower-case letters, digits, `-_*`. */
const PLAIN = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789-_*') PLAIN[c.charCodeAt(0)] = 1;

/**
 * Writes the first `n` characters of `name` (the name without its final dot) at `at` in wire
 * form when they make a plain name: labels of 1–63 plain octets. False for anything else.
 */
function writePlain(name: string, n: number, buf: Buffer, at: number): boolean {
  let lenAt = at;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x2e) {
      const len = at + i - lenAt;
      if (len === 0 || len > 63) return false;
      buf[lenAt] = len;
      lenAt = at + i + 1;
    } else if (c < 128 && PLAIN[c] === 1) buf[at + i + 1] = c;
    else return false;
  }
  const len = at + n - lenAt;
  if (len === 0 || len > 63) return false;
  buf[lenAt] = len;
  buf[at + n + 1] = 0;
  return true;
}

/** Wire form of a name that is not plain, through the model's full conversion. */
function questionName(name: string): Buffer {
  if (name === '.' || name === '') return Buffer.from([0]);
  return nameToWire(name.endsWith('.') ? name : `${name}.`);
}

/** ASCII upper case to lower; label lengths (at most 63) and other octets stay. */
const foldCase = (c: number) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

/**
 * Whether `msg` answers `query` (the query's message from `at` on, after a TCP length
 * prefix when 2): a response (QR set) with exactly one question equal to the query's, octet
 * for octet except for ASCII case in the name (RFC 1035 §2.3.3; servers may echo a
 * 0x20-mixed case). The question is the message's first name, so it cannot be compressed and
 * a plain comparison is exact.
 */
export function answersQuery(msg: Buffer, query: Buffer, at = 0): boolean {
  // The question (QNAME, QTYPE, QCLASS) ends where the query's OPT record starts.
  const end = query.length - at - 11;
  if (msg.length < end || (msg[2]! & 0x80) === 0 || msg[4] !== 0 || msg[5] !== 1) return false;
  const nameEnd = end - 4;
  for (let i = HEADER; i < nameEnd; i++)
    if (msg[i] !== query[at + i] && foldCase(msg[i]!) !== foldCase(query[at + i]!)) return false;
  for (let i = nameEnd; i < end; i++) if (msg[i] !== query[at + i]) return false;
  return true;
}

/** The decoded answer, or undefined for a message we cannot read (ignored as if never sent). */
export function decode(buf: Buffer): Response | undefined {
  try {
    return decodeResponse(buf);
  } catch {
    return undefined;
  }
}

/** Random message IDs, drawn from the CSPRNG in batches (one call per 4096 queries). */
export class IdSource {
  private readonly pool = new Uint16Array(4096);
  private next = this.pool.length;
  take(): number {
    if (this.next === this.pool.length) {
      getRandomValues(this.pool);
      this.next = 0;
    }
    return this.pool[this.next++]!;
  }
}

/** A message as RFC 1035 §4.2.2 frames it on TCP: a two-octet length first. */
export function toFrame(message: Buffer): Buffer {
  const frame = Buffer.allocUnsafe(message.length + 2);
  frame.writeUInt16BE(message.length, 0);
  message.copy(frame, 2);
  return frame;
}
