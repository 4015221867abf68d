/** The formats ZoneGuard reads, in detection order (docs/architecture.md, Formats). */
import type { FormatId } from '../model/zone.js';
import { bindFormat } from './bind/format.js';
import { dnscontrolFormat } from './dnscontrol/format.js';
import { octodnsFormat } from './octodns/format.js';
import { terraformFormat } from './terraform/format.js';
import type { Format } from './types.js';

export const FORMATS: readonly Format[] = [
  dnscontrolFormat,
  octodnsFormat,
  terraformFormat,
  bindFormat,
];

export function formatById(id: FormatId): Format | undefined {
  return FORMATS.find((f) => f.id === id);
}
