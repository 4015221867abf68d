/**
 * Line numbers for YAML values. js-yaml's loaded objects carry no positions, but its event
 * stream does (source offsets), so we walk the events once and remember where every mapping
 * key and sequence item starts. Lookups are by path (`['rules', 'spf-invalid']`).
 */

import { EVENT_ID, type Event, getScalarValue, parseEvents } from 'js-yaml';
import { lineColumnIndex } from '../model/location.js';

export type YamlPath = readonly (string | number)[];

export interface YamlPositions {
  /** 1-based line and column of the key (or sequence item) at `path`, when known. */
  at(path: YamlPath): { line: number; column: number } | undefined;
}

interface Frame {
  readonly kind: 'map' | 'seq';
  readonly path: (string | number)[];
  /** Map: the pending key, or undefined when the next scalar is a key. Seq: next index. */
  key: string | undefined;
  index: number;
}

/** Indexes `text`; never throws (an unparsable document simply has no positions). */
export function yamlPositions(text: string): YamlPositions {
  const offsets = new Map<string, number>();
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: 64 });
  } catch {
    events = [];
  }
  const stack: Frame[] = [];
  // Returns the path of the node that starts now, or undefined when it is a mapping key.
  const place = (start: number, keyText: string | undefined): YamlPath | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === 'seq') {
      const path = [...top.path, top.index++];
      offsets.set(JSON.stringify(path), start);
      return path;
    }
    if (top.key === undefined) {
      top.key = keyText ?? '';
      offsets.set(JSON.stringify([...top.path, top.key]), start);
      return undefined;
    }
    const path = [...top.path, top.key];
    top.key = undefined;
    return path;
  };
  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = place(ev.start, undefined) ?? [];
        stack.push({
          kind: ev.type === EVENT_ID.MAPPING ? 'map' : 'seq',
          path: [...path],
          key: undefined,
          index: 0,
        });
        break;
      }
      case EVENT_ID.SCALAR:
        place(ev.valueStart, getScalarValue(text, ev));
        break;
      case EVENT_ID.ALIAS:
        place(ev.anchorStart, undefined);
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
      default:
        break;
    }
  }
  const lineColumnAt = lineColumnIndex(text);
  return {
    at(path) {
      const offset = offsets.get(JSON.stringify(path));
      if (offset === undefined || offset < 0) return undefined;
      return lineColumnAt(offset);
    },
  };
}
