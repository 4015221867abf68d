/** RFC 3597 §5 generic rdata: `\# <length> <hex…>`, stored as upper-case hex. */
import { RdataError, type RdataToken } from './types.js';

export const genericCodec = {
  parse(tokens: readonly RdataToken[]): { data: string } {
    if (tokens[0]?.text !== '\\#' || tokens[0].quoted)
      throw new RdataError('unknown type needs RFC 3597 data: \\# <length> <hex>', 0);
    const lenTok = tokens[1];
    if (!lenTok || !/^\d+$/.test(lenTok.text))
      throw new RdataError('expected the data length after \\#', 1);
    const length = Number(lenTok.text);
    const hex = tokens
      .slice(2)
      .map((t) => t.text)
      .join('');
    if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0)
      throw new RdataError('expected hexadecimal data after the length', 2);
    if (hex.length / 2 !== length)
      throw new RdataError(`\\# says ${length} octets but the data has ${hex.length / 2}`, 1);
    return { data: hex.toUpperCase() };
  },
  format(rdata: { data: string }): string {
    const len = rdata.data.length / 2;
    return len === 0 ? '\\# 0' : `\\# ${len} ${rdata.data}`;
  },
};
