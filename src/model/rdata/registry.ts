/**
 * The rdata registry: parse presentation tokens of any type into canonical text, and decode
 * canonical text back into the typed variant. One codec module per standard type lives in
 * this folder and is listed in `codecs.ts`.
 */
import { isPseudoType, isStandardType, type RecordType } from '../record-type.js';
import { CODECS } from './codecs.js';
import { tokenizeRdata } from './tokens.js';
import {
  type Rdata,
  type RdataCodec,
  type RdataContext,
  RdataError,
  type RdataMap,
  type RdataToken,
} from './types.js';
import { decodeWireRdata } from './wire.js';

export type RdataResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly message: string; readonly tokenIndex?: number };

function codecFor(type: RecordType): RdataCodec<keyof RdataMap> | undefined {
  return isStandardType(type)
    ? (CODECS[type] as RdataCodec<keyof RdataMap> | undefined)
    : undefined;
}

/** Canonical presentation text of one rdata, or why the tokens are not valid for the type. */
export function parseRdata(
  type: RecordType,
  tokens: readonly RdataToken[],
  ctx: RdataContext,
): RdataResult {
  try {
    const codec = codecFor(type);
    if (codec) {
      if (isWireForm(type, tokens)) return { ok: true, value: fromWire(type, codec, tokens) };
      return { ok: true, value: codec.format(codec.parse(tokens, ctx)) };
    }
    if (isPseudoType(type)) return { ok: true, value: pseudoText(tokens) };
    return { ok: true, value: CODECS.generic.format(CODECS.generic.parse(tokens)) };
  } catch (e) {
    if (e instanceof RdataError) {
      return e.tokenIndex === undefined
        ? { ok: false, message: e.message }
        : { ok: false, message: e.message, tokenIndex: e.tokenIndex };
    }
    throw e;
  }
}

/**
 * `\\# <length> <hex>` (RFC 3597 §5). In a TXT record `\\#` is also a character-string (`#`):
 * BIND takes the RFC 3597 form only when a number follows it, and so do we.
 */
function isWireForm(type: RecordType, tokens: readonly RdataToken[]): boolean {
  const [first, next] = tokens;
  if (first?.text !== '\\#' || first.quoted) return false;
  return type !== 'TXT' || (next !== undefined && !next.quoted && /^\d+$/.test(next.text));
}

/**
 * RFC 3597 data for a known type: decode the wire form, then run the text through the type's
 * own parser so every check of the presentation form applies to it too.
 */
function fromWire(
  type: RecordType,
  codec: RdataCodec<keyof RdataMap>,
  tokens: readonly RdataToken[],
): string {
  const { data } = CODECS.generic.parse(tokens);
  const text = codec.format(decodeWireRdata(type as keyof RdataMap, data) as never);
  const again = tokenizeRdata(text);
  if ('error' in again) throw new RdataError(again.error, 0);
  try {
    return codec.format(codec.parse(again, { origin: '.' }));
  } catch (e) {
    if (e instanceof RdataError) throw new RdataError(`RFC 3597 data: ${e.message}`, 0);
    throw e;
  }
}

/** Same as `parseRdata` for a value written as one string (octoDNS, DNSControl, tests). */
export function canonicalRdata(type: RecordType, text: string, origin: string): RdataResult {
  const tokens = tokenizeRdata(text);
  if ('error' in tokens) return { ok: false, message: tokens.error };
  return parseRdata(type, tokens, { origin });
}

/** The typed variant of a canonical value (as stored in an RRset). */
export function decodeRdata(type: RecordType, value: string): Rdata {
  const tokens = tokenizeRdata(value);
  if ('error' in tokens) throw new RdataError(`not canonical ${type} rdata: ${tokens.error}`);
  const codec = codecFor(type);
  if (codec) return { type, ...codec.parse(tokens, { origin: '.' }) } as Rdata;
  if (isPseudoType(type)) return { type, text: pseudoText(tokens) };
  return { type: type as `TYPE${number}`, ...CODECS.generic.parse(tokens) };
}

/**
 * The exchange of a canonical MX value: the text after its space, without decoding, unless an
 * escape in the name could hide a space (a rule reads every MX of a zone).
 */
export function mxExchange(value: string): string {
  if (!value.includes('\\')) return value.slice(value.lastIndexOf(' ') + 1);
  return (decodeRdata('MX', value) as { exchange: string }).exchange;
}

/** Canonical presentation text of a typed rdata. */
export function formatRdata(rdata: Rdata): string {
  if (isPseudoType(rdata.type)) return (rdata as { text: string }).text;
  const codec = codecFor(rdata.type);
  if (codec) return codec.format(rdata as never);
  return CODECS.generic.format(rdata as { data: string });
}

function pseudoText(tokens: readonly RdataToken[]): string {
  return tokens.map((t) => (t.quoted ? `"${t.text}"` : t.text)).join(' ');
}

export { decodeEscapes, tokenizeRdata } from './tokens.js';
export * from './types.js';
