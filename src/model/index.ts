export * from './location.js';
export * from './name.js';
export * from './rdata/index.js';
export * from './record-type.js';
export * from './severity.js';
export * from './zone.js';
