export { applyChanges } from './apply.js';
export { compareRRsetKeys, diffManaged, diffRRsets, diffZone, diffZoneSets } from './diff.js';
export { globMatch } from './glob.js';
export type { Change, ChangeKind, ZoneDiff, ZoneStatus } from './types.js';
export { isUnmanaged } from './unmanaged.js';
