/** Every codec, by type. Types missing here fall back to RFC 3597 generic data. */

import { genericCodec } from './generic.js';
import type { RdataCodec, RdataMap } from './types.js';

export const CODECS: { [K in keyof RdataMap]?: RdataCodec<K> } & {
  generic: typeof genericCodec;
} = {
  generic: genericCodec,
};
