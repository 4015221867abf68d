/** The formats ZoneGuard reads, in detection order (DESIGN.md §3). */
import type { FormatId } from '../model/zone.js';
import { bindFormat } from './bind/index.js';
import { dnscontrolFormat } from './dnscontrol/index.js';
import { octodnsFormat } from './octodns/index.js';
import type { Format } from './types.js';

export const FORMATS: readonly Format[] = [dnscontrolFormat, octodnsFormat, bindFormat];

export function formatById(id: FormatId): Format | undefined {
  return FORMATS.find((f) => f.id === id);
}
