/**
 * The layering of docs/architecture.md, held against the code: every import in src/ goes to the
 * importer's own folder or to one its row lists, and no files import each other in a circle.
 * The table is read from the doc, so the doc and the code cannot drift apart unnoticed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

const ROOT = process.cwd();
const SRC = join(ROOT, 'src');

interface Room {
  /** `live/dns`, `rules`, `cli.ts`… relative to src/. */
  readonly name: string;
  readonly mayImport: readonly string[];
}

/** The rows of the layering table: `| \`src/x/\` | job | \`a\`, \`b\` |`. */
function roomsFromDoc(): Room[] {
  const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const rooms: Room[] = [];
  for (const line of doc.split('\n')) {
    const m = /^\| `src\/([^`]+)` \|[^|]+\| ([^|]+) \|$/.exec(line);
    if (!m) continue;
    const name = m[1]!.replace(/\/$/, '');
    const mayImport = [...m[2]!.matchAll(/`([^`]+)`/g)].map((x) => x[1]!);
    rooms.push({ name, mayImport });
  }
  return rooms;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(ts|js)$/.test(e.name)
        ? [relative(SRC, join(dir, e.name)).split('\\').join('/')]
        : [],
  );
}

/** Relative module specifiers of a file: static imports and re-exports, and `import()`. */
function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of text.matchAll(/\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) out.push(m[1]!);
  return out;
}

/** `live/dns/client.ts` → the room with the longest matching name. */
function roomOf(file: string, rooms: readonly Room[]): Room | undefined {
  let best: Room | undefined;
  for (const r of rooms)
    if (
      (file === r.name || file.startsWith(`${r.name}/`)) &&
      r.name.length > (best?.name.length ?? -1)
    )
      best = r;
  return best;
}

const rooms = roomsFromDoc();
const files = sourceFiles(SRC);

/** file → the src/-relative files it imports (`.js` specifiers name `.ts` sources). */
const graph = new Map<string, string[]>();
for (const file of files) {
  const text = readFileSync(join(SRC, file), 'utf8');
  const targets = importsOf(text).map((spec) => {
    const resolved = posix.normalize(posix.join(posix.dirname(file), spec));
    return files.includes(resolved) ? resolved : resolved.replace(/\.js$/, '.ts');
  });
  graph.set(file, targets);
}

describe('docs/architecture.md layering', () => {
  it('has a row for every stage folder and entry point', () => {
    expect(rooms.map((r) => r.name)).toEqual(
      expect.arrayContaining(['model', 'sources', 'formats', 'live', 'diff', 'rules', 'report']),
    );
    const homeless = files.filter((f) => !roomOf(f, rooms));
    expect(homeless).toEqual([]);
  });

  it('names only rooms that exist in its may-import lists', () => {
    const names = new Set(rooms.map((r) => r.name));
    const unknown = rooms.flatMap((r) => r.mayImport.filter((i) => !names.has(i)));
    expect(unknown).toEqual([]);
  });

  it('every import in src/ stays in its room or goes to a room the table allows', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = roomOf(file, rooms)!;
      for (const target of targets) {
        if (!files.includes(target)) {
          // A data file imported `with { type: 'json' }` (the RDAP bootstrap copy) is no code.
          if (target.endsWith('.json') && existsSync(join(SRC, target))) continue;
          wrong.push(`${file} imports ${target}, which does not exist`);
          continue;
        }
        const to = roomOf(target, rooms)!;
        if (to.name !== from.name && !from.mayImport.includes(to.name))
          wrong.push(`${file} (${from.name}) imports ${target} (${to.name})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no circle of imports between files', () => {
    // Tarjan's strongly connected components: any component of two or more files is a circle.
    let index = 0;
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    const visit = (v: string): void => {
      order.set(v, index);
      low.set(v, index);
      index++;
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue;
        if (!order.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
      }
      if (low.get(v) === order.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || (graph.get(v) ?? []).includes(v))
          circles.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!order.has(file)) visit(file);
    expect(circles).toEqual([]);
  });

  it('only the catalogue of rules/ imports the checks', () => {
    const wrong = [...graph]
      .filter(([file]) => file.startsWith('rules/') && !file.startsWith('rules/checks/'))
      .filter(([file]) => file !== 'rules/catalogue.ts')
      .flatMap(([file, targets]) =>
        targets.filter((t) => t.startsWith('rules/checks/')).map((t) => `${file} imports ${t}`),
      );
    expect(wrong).toEqual([]);
  });

  it('a rule check imports no other check and not the catalogue', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      if (!file.startsWith('rules/checks/')) continue;
      const sibling = posix.dirname(file);
      for (const t of targets)
        if (t === 'rules/catalogue.ts' || (dirname(t) === sibling && !isKnowledge(t)))
          wrong.push(`${file} imports ${t}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('start-up', () => {
  it('no code in src/ loads ICU: no collator, no locale number or date formats', () => {
    // Their first call cost 10–65 ms of a small review (issue 15): model/count.ts groups digits.
    const wrong = files.filter((file) =>
      /\.(localeCompare|toLocaleString|toLocaleDateString|toLocaleTimeString)\(|\bIntl\./.test(
        readFileSync(join(SRC, file), 'utf8'),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

/** Knowledge one rule keeps beside it (not a rule: it exports no `Rule`). */
function isKnowledge(file: string): boolean {
  return !/:\s*Rule\s*=/.test(readFileSync(join(SRC, file), 'utf8'));
}
