/** What one exchange with a server reports, shared by the channels and the client. */
import type { Response } from './decode.js';

export interface ServerAddress {
  readonly address: string;
  readonly port: number;
}

export type Exchange =
  | { readonly ok: true; readonly response: Response }
  | {
      readonly ok: false;
      readonly error: 'timeout' | 'network' | 'malformed';
      readonly message: string;
    };

/** Receives the outcome of one exchange, exactly once. */
export type Done = (result: Exchange) => void;

export const transportClosed: Exchange = {
  ok: false,
  error: 'network',
  message: 'the DNS client was closed',
};
