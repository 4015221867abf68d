/** RRset-level changes between two sides (base → head, base → live, live → head). */
import type { RecordType } from '../model/record-type.js';
import type { FormatId, RRset, Zone } from '../model/zone.js';

export type ChangeKind = 'add' | 'remove' | 'modify';

export interface Change {
  readonly name: string;
  readonly type: RecordType;
  readonly kind: ChangeKind;
  readonly before?: RRset;
  readonly after?: RRset;
  /** A modify whose values and options are equal: only the TTL changed. */
  readonly ttlOnly: boolean;
}

export type ZoneStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ZoneDiff {
  /** Zone key (`example.com.` or `example.com.!tag`). */
  readonly zone: string;
  readonly name: string;
  readonly format: FormatId;
  readonly status: ZoneStatus;
  readonly changes: readonly Change[];
  readonly before?: Zone;
  readonly after?: Zone;
}
