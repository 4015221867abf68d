/**
 * DNS responses decoded into exactly the objects `dns-packet`'s `decode` returns, faster. The
 * header and the common records (A, AAAA, NS, CNAME, PTR, DNAME, MX, TXT in class IN, and an
 * OPT record without options) are read here; any other record, and any record that looks the
 * least unusual (a non-ASCII label, a bad pointer, rdata whose length disagrees with its
 * content), is handed to dns-packet's own record decoder, so that the result, or the error,
 * is always dns-packet's. On loopback dns-packet's general decoder costs about as much as the
 * whole round trip.
 */
import * as packet from 'dns-packet';

/** A decoded answer; dns-packet sets `rcode` at run time but its types omit it. */
export type Response = packet.DecodedPacket & { rcode?: string };

/** dns-packet's per-part codecs: exported at run time, absent from its type declarations. */
interface PartCodec<T> {
  decode: ((buf: Buffer, offset: number) => T) & { bytes: number };
}
const parts = packet as unknown as {
  readonly answer: PartCodec<packet.Answer>;
  readonly question: PartCodec<packet.Question>;
};
// Read once: a bundler's namespace object turns each property read into a getter call.
const answerCodec = parts.answer;
const questionCodec = parts.question;

const OPCODES = ['QUERY', 'IQUERY', 'STATUS', 'OPCODE_3', 'NOTIFY', 'UPDATE'];
const RCODES = [
  'NOERROR',
  'FORMERR',
  'SERVFAIL',
  'NXDOMAIN',
  'NOTIMP',
  'REFUSED',
  'YXDOMAIN',
  'YXRRSET',
  'NXRRSET',
  'NOTAUTH',
  'NOTZONE',
];

export const OVERRUN = 'a record runs past the end of the message';

/**
 * Decodes a whole message as `packet.decode` would; throws where it throws, and also where
 * dns-packet would read beyond the message (`OVERRUN`).
 */
export function decodeResponse(buf: Buffer): Response {
  if (buf.length < 12) throw new Error('Header must be 12 bytes');
  questionOf = undefined;
  const result = new Decoded(buf);
  let offset = 12;
  const { questions } = result;
  for (let i = 0; i < questions.length; i++) {
    const question = fastQuestion(buf, offset);
    if (question) {
      questions[i] = question;
      offset = end;
    } else {
      questions[i] = questionCodec.decode(buf, offset);
      offset += questionCodec.decode.bytes;
    }
  }
  offset = decodeRecords(result.answers, buf, offset);
  result.rest(offset);
  return result as unknown as Response;
}

/**
 * A decoded message with dns-packet's fields. The authority and additional sections are read
 * when first asked for (an answer from the zone's own server is read for its answer section
 * alone), but only when the fast path can read every record in them: then reading them later
 * gives what reading them now would, and cannot fail. Otherwise they are read at once, where
 * dns-packet may throw. A class, not an object with getters: V8 builds those slowly.
 */
class Decoded {
  readonly id: number;
  readonly type: 'response' | 'query';
  readonly flags: number;
  readonly flag_qr: boolean;
  readonly opcode: string;
  readonly flag_aa: boolean;
  readonly flag_tc: boolean;
  readonly flag_rd: boolean;
  readonly flag_ra: boolean;
  readonly flag_z: boolean;
  readonly flag_ad: boolean;
  readonly flag_cd: boolean;
  readonly rcode: string;
  readonly questions: packet.Question[];
  readonly answers: packet.Answer[];
  #authorities: packet.Answer[];
  #additionals: packet.Answer[];
  readonly #buf: Buffer;
  /** Where each section starts while it is still to be read; -1 once it is read. */
  #authoritiesAt = -1;
  #additionalsAt = -1;

  constructor(buf: Buffer) {
    const flags = buf.readUInt16BE(2);
    const opcode = (flags >> 11) & 0xf;
    const rcode = flags & 0xf;
    this.id = buf.readUInt16BE(0);
    this.type = flags & 0x8000 ? 'response' : 'query';
    this.flags = flags & 0x7fff;
    this.flag_qr = ((flags >> 15) & 1) === 1;
    this.opcode = OPCODES[opcode] ?? `OPCODE_${opcode}`;
    this.flag_aa = ((flags >> 10) & 1) === 1;
    this.flag_tc = ((flags >> 9) & 1) === 1;
    this.flag_rd = ((flags >> 8) & 1) === 1;
    this.flag_ra = ((flags >> 7) & 1) === 1;
    this.flag_z = ((flags >> 6) & 1) === 1;
    this.flag_ad = ((flags >> 5) & 1) === 1;
    this.flag_cd = ((flags >> 4) & 1) === 1;
    this.rcode = RCODES[rcode] ?? `RCODE_${rcode}`;
    this.questions = new Array(buf.readUInt16BE(4));
    this.answers = new Array(buf.readUInt16BE(6));
    this.#authorities = new Array(buf.readUInt16BE(8));
    this.#additionals = new Array(buf.readUInt16BE(10));
    this.#buf = buf;
  }

  /** The two sections after the answers, which start at `offset`: now, or marked for later. */
  rest(offset: number): void {
    const additionalsAt = skipRecords(this.#authorities.length, this.#buf, offset);
    if (
      additionalsAt >= 0 &&
      skipRecords(this.#additionals.length, this.#buf, additionalsAt) >= 0
    ) {
      this.#authoritiesAt = offset;
      this.#additionalsAt = additionalsAt;
      return;
    }
    decodeRecords(
      this.#additionals,
      this.#buf,
      decodeRecords(this.#authorities, this.#buf, offset),
    );
  }

  get authorities(): packet.Answer[] {
    if (this.#authoritiesAt >= 0) {
      decodeRecords(this.#authorities, this.#buf, this.#authoritiesAt);
      this.#authoritiesAt = -1;
    }
    return this.#authorities;
  }

  get additionals(): packet.Answer[] {
    if (this.#additionalsAt >= 0) {
      decodeRecords(this.#additionals, this.#buf, this.#additionalsAt);
      this.#additionalsAt = -1;
    }
    return this.#additionals;
  }
}

/**
 * Where `count` records from `offset` end when the fast path reads every one of them; -1
 * when it would hand one to dns-packet. Builds nothing.
 */
function skipRecords(count: number, buf: Buffer, offset: number): number {
  let o = offset;
  for (let i = 0; i < count; i++) {
    if (fastRecord(buf, o, false) === undefined) return -1;
    o = end;
  }
  return o;
}

function decodeRecords(list: packet.Answer[], buf: Buffer, offset: number): number {
  for (let i = 0; i < list.length; i++) {
    const record = fastRecord(buf, offset);
    if (record) {
      list[i] = record;
      offset = end;
    } else {
      list[i] = answerCodec.decode(buf, offset);
      offset += answerCodec.decode.bytes;
      // dns-packet trusts some lengths and can step past the end (even to NaN, from which it
      // starts over at offset 0): what it then reads is not the message.
      if (!(offset <= buf.length)) throw new Error(OVERRUN);
    }
  }
  return offset;
}

/** Where the last name or record the fast path read ended (dns-packet's `decode.bytes`). */
let end = 0;

const NAME_TYPES: Record<number, 'NS' | 'CNAME' | 'PTR' | 'DNAME'> = {
  2: 'NS',
  5: 'CNAME',
  12: 'PTR',
  39: 'DNAME',
};

/** dns-packet's names of the types the fast path knows. */
const TYPE_NAMES: Record<number, string> = {
  ...NAME_TYPES,
  1: 'A',
  28: 'AAAA',
  15: 'MX',
  16: 'TXT',
};

/** A question of a type named above in class IN, or undefined to leave it to dns-packet. */
function fastQuestion(buf: Buffer, offset: number): packet.Question | undefined {
  const name = readName(buf, offset);
  if (name === undefined || end + 4 > buf.length) return undefined;
  const type = TYPE_NAMES[buf.readUInt16BE(end)];
  if (type === undefined || buf.readUInt16BE(end + 2) !== 1) return undefined;
  end += 4;
  return { name, type, class: 'IN' } as packet.Question;
}

/** What `fastRecord` returns for a record it can read when told not to build it. */
const READABLE = {} as packet.Answer;

/**
 * One record of a common type in class IN, or undefined to leave it to dns-packet. With
 * `build` false, only whether it can: `READABLE`, with `end` set, and no strings made.
 */
function fastRecord(buf: Buffer, offset: number, build = true): packet.Answer | undefined {
  const owner = readName(buf, offset, build);
  if (owner === undefined) return undefined;
  const o = end;
  if (o + 10 > buf.length) return undefined;
  const type = buf.readUInt16BE(o);
  if (type === 41) return optRecord(buf, owner, o, build);
  if (buf.readUInt16BE(o + 2) !== 1) return undefined; // class IN, no mDNS flush bit
  const ttl = buf.readUInt32BE(o + 4);
  const rdlength = buf.readUInt16BE(o + 8);
  const rdata = o + 10;
  const rdEnd = rdata + rdlength;
  if (rdEnd > buf.length) return undefined;
  let data: unknown;
  let typeName: string;
  switch (type) {
    case 1:
      if (rdlength !== 4) return undefined;
      typeName = 'A';
      if (build) data = `${buf[rdata]}.${buf[rdata + 1]}.${buf[rdata + 2]}.${buf[rdata + 3]}`;
      break;
    case 28:
      if (rdlength !== 16) return undefined;
      typeName = 'AAAA';
      if (build) data = aaaaText(buf, rdata);
      break;
    case 2:
    case 5:
    case 12:
    case 39: {
      const target = readName(buf, rdata, build);
      if (target === undefined || end !== rdEnd) return undefined;
      typeName = NAME_TYPES[type]!;
      data = target;
      break;
    }
    case 15: {
      const exchange = rdlength >= 3 ? readName(buf, rdata + 2, build) : undefined;
      if (exchange === undefined || end !== rdEnd) return undefined;
      typeName = 'MX';
      if (build) data = { preference: buf.readUInt16BE(rdata), exchange };
      break;
    }
    case 16: {
      const strings: Buffer[] = [];
      for (let i = rdata; i < rdEnd; ) {
        const len = buf[i++]!;
        if (i + len > rdEnd) return undefined;
        if (build) strings.push(buf.subarray(i, i + len));
        i += len;
      }
      typeName = 'TXT';
      data = strings;
      break;
    }
    default:
      return undefined;
  }
  end = rdEnd;
  if (!build) return READABLE;
  // The same properties in the same order as dns-packet's record objects.
  return { name: owner, type: typeName, ttl, class: 'IN', flush: false, data } as packet.Answer;
}

/** An EDNS OPT record without options (what servers send back), as dns-packet reads it. */
function optRecord(
  buf: Buffer,
  owner: string,
  o: number,
  build: boolean,
): packet.Answer | undefined {
  if (buf.readUInt16BE(o + 8) !== 0) return undefined;
  const flags = buf.readUInt16BE(o + 6);
  end = o + 10;
  if (!build) return READABLE;
  return {
    name: owner,
    type: 'OPT',
    udpPayloadSize: buf.readUInt16BE(o + 2),
    extendedRcode: buf[o + 4],
    ednsVersion: buf[o + 5],
    flags,
    flag_do: ((flags >> 15) & 1) === 1,
    options: [],
  } as unknown as packet.Answer;
}

/**
 * An IPv6 address as dns-packet (ip-codec) writes it: each group in lower-case hex without
 * leading zeros, and the first run of two or more zero groups, not the longest, as `::`.
 */
export function aaaaText(buf: Buffer, at: number): string {
  let runAt = -1;
  let runLength = 0;
  for (let k = 0; k < 8 && runLength < 2; k++) {
    if (buf[at + 2 * k] !== 0 || buf[at + 2 * k + 1] !== 0) {
      runLength = 0;
      continue;
    }
    if (runLength++ === 0) runAt = k;
  }
  if (runLength >= 2)
    while (runAt + runLength < 8 && buf.readUInt16BE(at + 2 * (runAt + runLength)) === 0)
      runLength++;
  else runAt = -1;
  let text = '';
  for (let k = 0; k < 8; k++) {
    if (k === runAt) {
      text += k === 0 ? '::' : ':';
      k += runLength - 1;
      continue;
    }
    text += buf.readUInt16BE(at + 2 * k).toString(16);
    if (k < 7) text += ':';
  }
  return text;
}

/**
 * A name as dns-packet spells it (labels joined by dots, no final dot, the root as `.`),
 * with its end in `end`; undefined for anything but plain ASCII labels and pointers to
 * earlier data, which dns-packet then reads or rejects itself. With `build` false, only
 * whether it can: the empty string, with `end` set.
 */
/**
 * The first question's name (at offset 12) of the message last read, as `readName` builds it
 * (labels joined, empty for the root) with its wire length: the answers' owners point to it,
 * and are not spelt out again. Reset for each message; kept for its buffer only.
 */
let questionOf: Buffer | undefined;
let questionName = '';
let questionTotal = 0;

/**
 * Where `readName` spells a name before making it one string: a string added to a character at
 * a time costs an allocation per character, and a tree of pieces the collector then flattens.
 * 255 octets: a name's text is never longer than its wire form.
 */
const spelling = Buffer.allocUnsafe(255);

function readName(buf: Buffer, offset: number, build = true): string | undefined {
  if (!(offset >= 0)) return undefined;
  let o = offset;
  let floor = offset;
  let consumed = 0;
  let jumped = false;
  let total = 0;
  /** Octets of the name spelt so far in `spelling`. */
  let n = 0;
  let name = '';
  for (;;) {
    if (o >= buf.length) return undefined;
    const len = buf[o++]!;
    if (!jumped) consumed++;
    if (len === 0) break;
    if ((len & 0xc0) === 0) {
      if (o + len > buf.length) return undefined;
      total += len + 1;
      if (total > 254) return undefined;
      if (build && n > 0) spelling[n++] = 0x2e;
      for (let i = o; i < o + len; i++) {
        const c = buf[i]!;
        if (c >= 0x80) return undefined;
        if (build) spelling[n++] = c;
      }
      o += len;
      if (!jumped) consumed += len;
    } else if ((len & 0xc0) === 0xc0) {
      if (o >= buf.length) return undefined;
      const target = ((len & 0x3f) << 8) | buf[o]!;
      if (target >= floor) return undefined;
      if (!jumped) consumed++;
      if (target === 12 && buf === questionOf) {
        // What reading on from 12 would give: it was read, and passed, from there.
        total += questionTotal;
        if (total > 254) return undefined;
        if (build) {
          if (questionName.length > 0 && n > 0) spelling[n++] = 0x2e;
          name = n === 0 ? questionName : spelling.toString('latin1', 0, n) + questionName;
        }
        break;
      }
      o = target;
      floor = target;
      jumped = true;
    } else return undefined;
  }
  end = offset + consumed;
  // Spelt in `spelling` unless it ended on the question's name (then `name` is set).
  if (build && name.length === 0 && n > 0) name = spelling.toString('latin1', 0, n);
  if (offset === 12 && build) {
    questionOf = buf;
    questionName = name;
    questionTotal = total;
  }
  if (!build) return '';
  return name.length === 0 ? '.' : name;
}
