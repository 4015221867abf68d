/** TXT and SPF (RFC 1035 §3.3.14, RFC 7208 §3): one or more character-strings of octets. */
import { charString, quoteOctets } from './fields.js';
import { type RdataCodec, RdataError } from './types.js';

function textCodec<K extends 'TXT' | 'SPF'>(): RdataCodec<K> {
  return {
    parse(tokens) {
      if (tokens.length === 0) throw new RdataError('expected at least one character-string', 0);
      const strings: string[] = [];
      for (let i = 0; i < tokens.length; i++)
        strings.push(charString(tokens, i, 'character-string'));
      return { strings } as never;
    },
    format(r) {
      const strings = (r as { strings: string[] }).strings;
      if (strings.length === 1) return quoteOctets(strings[0]!);
      return strings.map(quoteOctets).join(' ');
    },
  };
}

export const txtCodec = textCodec<'TXT'>();
export const spfCodec = textCodec<'SPF'>();
