/** How a server is named in reasons and findings: `ns1.example. (192.0.2.1)`, or the bare address. */
import type { ServerEndpoint } from './types.js';

export function serverLabel(s: Pick<ServerEndpoint, 'name' | 'address'>): string {
  return s.name === s.address ? s.address : `${s.name} (${s.address})`;
}
