/** NS, CNAME, DNAME and PTR: rdata is one domain name (one codec shape, as dns-packet does). */
import { end, name } from './fields.js';
import type { RdataCodec } from './types.js';

function targetCodec<K extends 'NS' | 'CNAME' | 'DNAME' | 'PTR'>(what: string): RdataCodec<K> {
  return {
    parse(tokens, ctx) {
      const target = name(tokens, 0, ctx, what);
      end(tokens, 1);
      return { target } as never;
    },
    format(rdata) {
      return (rdata as { target: string }).target;
    },
  };
}

export const nsCodec = targetCodec<'NS'>('name server name');
export const cnameCodec = targetCodec<'CNAME'>('canonical name');
export const dnameCodec = targetCodec<'DNAME'>('target name');
export const ptrCodec = targetCodec<'PTR'>('pointer name');
