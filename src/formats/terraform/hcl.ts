/**
 * HCL (Terraform's native syntax) → a small syntax tree with a location on every block,
 * attribute and expression. Parsing is tree-sitter's Terraform grammar in WebAssembly
 * (docs/architecture.md, Formats: why this parser): it keeps row and column for every node
 * of every file, and a file with a syntax error still yields the position of the error.
 *
 * The tree keeps what the evaluator can judge (literals, templates, collections, references,
 * function calls, conditionals, `for` expressions) and the source text of everything else, so
 * an expression it cannot evaluate is named in a warning exactly as the file writes it.
 */
import type { Node, Parser as TsParser } from 'web-tree-sitter';
import type { Diagnostic, SourceLocation } from '../../model/location.js';

export type Step =
  | { readonly kind: 'attr'; readonly name: string }
  | { readonly kind: 'index'; readonly key: Expr }
  | { readonly kind: 'splat' };

export type Expr = { readonly at: SourceLocation; readonly text: string } & (
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  /** A quoted string or heredoc: literal pieces and interpolations. */
  | { readonly kind: 'template'; readonly parts: readonly (string | Expr)[] }
  | { readonly kind: 'tuple'; readonly items: readonly Expr[] }
  | {
      readonly kind: 'object';
      readonly items: readonly { readonly key: Expr; readonly value: Expr }[];
    }
  /** `var.x`, `local.y`, `aws_route53_zone.main.zone_id`, `each.value`, `count.index`. */
  | { readonly kind: 'reference'; readonly root: string; readonly steps: readonly Step[] }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | {
      readonly kind: 'conditional';
      readonly condition: Expr;
      readonly whenTrue: Expr;
      readonly whenFalse: Expr;
    }
  /** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value}`. */
  | {
      readonly kind: 'for';
      readonly keyVar: string | undefined;
      readonly valueVar: string;
      readonly collection: Expr;
      readonly key: Expr | undefined;
      readonly value: Expr;
      readonly condition: Expr | undefined;
      readonly grouped: boolean;
    }
  | { readonly kind: 'unary'; readonly op: string; readonly operand: Expr }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr }
  /** Anything else (template directives, splats on expressions): kept as source text. */
  | { readonly kind: 'other' }
);

export interface Attribute {
  readonly name: string;
  readonly value: Expr;
  readonly at: SourceLocation;
}

export interface Block {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Body;
  readonly at: SourceLocation;
}

export interface Body {
  readonly attributes: ReadonlyMap<string, Attribute>;
  readonly blocks: readonly Block[];
}

export interface HclFile {
  readonly file: string;
  readonly body: Body;
}

let parser: Promise<TsParser> | undefined;

/** The parser, made once per process the first time a Terraform file is read. */
function hclParser(): Promise<TsParser> {
  parser ??= (async () => {
    // Both imported here, not above: a run without Terraform never loads them (dist/chunks/).
    const [{ Parser, Language }, { hclWasm }] = await Promise.all([
      import('web-tree-sitter'),
      import('./hcl-wasm.js'),
    ]);
    const wasm = await hclWasm();
    await Parser.init({ wasmBinary: wasm.runtime });
    const p = new Parser();
    p.setLanguage(await Language.load(wasm.grammar));
    return p;
  })();
  return parser;
}

/**
 * Parses one file. A syntax error is an error with its position (Terraform refuses the file
 * too); a file with errors yields no body, since a half-parsed resource is worse than none.
 */
export async function parseHcl(
  text: string,
  file: string,
): Promise<{ ok: true; value: HclFile } | { ok: false; errors: Diagnostic[] }> {
  const p = await hclParser();
  const tree = p.parse(text);
  if (!tree) return { ok: false, errors: [syntaxError(file, 1, 1, 'the parser gave up')] };
  try {
    const root = tree.rootNode;
    if (root.hasError) return { ok: false, errors: [firstError(root, file)] };
    const body = root.namedChildren.find((c) => c?.type === 'body');
    return { ok: true, value: { file, body: body ? readBody(body, file) : emptyBody() } };
  } finally {
    tree.delete();
  }
}

function syntaxError(file: string, line: number, column: number, what: string): Diagnostic {
  return {
    level: 'error',
    code: 'terraform/syntax',
    message: `HCL syntax error: ${what} (terraform would refuse this file)`,
    location: { file, line, column },
  };
}

function firstError(root: Node, file: string): Diagnostic {
  // Depth first, without recursion (a file may nest deeper than the stack).
  let found: Node | undefined;
  const stack: Node[] = [root];
  while (stack.length > 0 && !found) {
    const n = stack.pop()!;
    if (n.isError || n.isMissing) found = n;
    else for (const c of [...n.children].reverse()) if (c?.hasError || c?.isMissing) stack.push(c);
  }
  const at = found ?? root;
  const what = !found
    ? 'unreadable input'
    : found.isMissing
      ? `expected ${found.type}`
      : `unexpected ${JSON.stringify(found.text.slice(0, 40))}`;
  return syntaxError(file, at.startPosition.row + 1, at.startPosition.column + 1, what);
}

function emptyBody(): Body {
  return { attributes: new Map(), blocks: [] };
}

function loc(n: Node, file: string): SourceLocation {
  return { file, line: n.startPosition.row + 1, column: n.startPosition.column + 1 };
}

/** Blocks nested deeper than this are not read (Terraform's own go a few levels deep). */
const MAX_BLOCK_DEPTH = 32;

function readBody(node: Node, file: string, depth = 0): Body {
  if (depth > MAX_BLOCK_DEPTH) return emptyBody();
  const attributes = new Map<string, Attribute>();
  const blocks: Block[] = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'attribute') {
      // One array of children per node: every access marshals nodes out of WebAssembly.
      const kids = c.namedChildren;
      const name = kids[0]?.text ?? '';
      const value = kids[1];
      attributes.set(name, {
        name,
        at: loc(c, file),
        value: value ? readExpr(value, file) : other(c, file),
      });
    } else if (c.type === 'block') {
      const labels: string[] = [];
      let body: Body = emptyBody();
      const kids = c.namedChildren;
      for (const part of kids.slice(1)) {
        if (part?.type === 'string_lit') labels.push(unescapeQuoted(stringLitText(part)));
        else if (part?.type === 'identifier') labels.push(part.text);
        else if (part?.type === 'body') body = readBody(part, file, depth + 1);
      }
      blocks.push({ type: kids[0]?.text ?? '', labels, body, at: loc(c, file) });
    }
  }
  return { attributes, blocks };
}

function stringLitText(n: Node): string {
  return n.namedChildren.find((c) => c?.type === 'template_literal')?.text ?? '';
}

function other(n: Node, file: string): Expr {
  return { kind: 'other', at: loc(n, file), text: n.text };
}

/** HCL's escapes in a quoted string (`\n`, `\"`, `\uNNNN`, …; `$${` and `%%{` are literal). */
export function unescapeQuoted(s: string): string {
  return s
    .replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g, (_m, u4, u8, c) => {
      if (u4 || u8) return String.fromCodePoint(Number.parseInt(u4 ?? u8, 16));
      return { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }[c as string] ?? `\\${c}`;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

/**
 * Expressions nested deeper than this are kept as text: no configuration needs more, and a
 * hostile file of 100,000 nested brackets must not exhaust the stack.
 */
const MAX_EXPR_DEPTH = 200;
let exprDepth = 0;

/** `expression` nodes wrap a term and its postfix steps; other nodes are the term itself. */
function readExpr(node: Node, file: string): Expr {
  if (exprDepth >= MAX_EXPR_DEPTH) return other(node, file);
  exprDepth++;
  try {
    if (node.type !== 'expression') return readTerm([node], file, node);
    return readTerm(
      node.children.filter((c): c is Node => c !== null && c.type !== 'comment'),
      file,
      node,
    );
  } finally {
    exprDepth--;
  }
}

function readTerm(parts: Node[], file: string, whole: Node): Expr {
  const at = loc(whole, file);
  const text = whole.text;
  const first = parts[0];
  if (!first) return other(whole, file);
  // `( expr )` then steps
  if (first.type === '(') {
    const inner = parts[1];
    const rest = parts.slice(3);
    const base = inner ? readExpr(inner, file) : other(whole, file);
    return rest.length === 0 ? base : withSteps(base, rest, file, whole);
  }
  const rest = parts.slice(1);
  if (first.type === 'variable_expr') {
    const steps = readSteps(rest, file);
    if (!steps) return other(whole, file);
    return { kind: 'reference', root: first.text, steps, at, text };
  }
  const base = readPrimary(first, file);
  return rest.length === 0 ? base : withSteps(base, rest, file, whole);
}

/** Steps after something that is not a name (`[1, 2][0]`, `f(x).y`): kept as text. */
function withSteps(_base: Expr, _steps: Node[], file: string, whole: Node): Expr {
  return other(whole, file);
}

function readSteps(nodes: Node[], file: string): Step[] | undefined {
  const steps: Step[] = [];
  for (const n of nodes) {
    if (n.type === 'get_attr') steps.push({ kind: 'attr', name: n.firstNamedChild?.text ?? '' });
    else if (n.type === 'index') {
      const idx = n.firstNamedChild;
      if (idx?.type === 'legacy_index')
        steps.push({
          kind: 'index',
          key: {
            kind: 'literal',
            value: Number(idx.text.slice(1)),
            at: loc(idx, file),
            text: idx.text,
          },
        });
      else {
        const e = idx?.firstNamedChild;
        if (!e) return undefined;
        steps.push({ kind: 'index', key: readExpr(e, file) });
      }
    } else if (n.type === 'splat') steps.push({ kind: 'splat' });
    else return undefined;
  }
  return steps;
}

function readPrimary(n: Node, file: string): Expr {
  const at = loc(n, file);
  const text = n.text;
  switch (n.type) {
    case 'literal_value':
      return readPrimary(n.firstNamedChild ?? n, file);
    case 'numeric_lit':
      return { kind: 'literal', value: Number(text), at, text };
    case 'bool_lit':
      return { kind: 'literal', value: text === 'true', at, text };
    case 'null_lit':
      return { kind: 'literal', value: null, at, text };
    case 'string_lit':
      return { kind: 'literal', value: unescapeQuoted(stringLitText(n)), at, text };
    case 'template_expr':
      return readTemplate(n.firstNamedChild ?? n, file);
    case 'collection_value':
      return readPrimary(n.firstNamedChild ?? n, file);
    case 'tuple':
      return {
        kind: 'tuple',
        items: n.namedChildren
          .filter((c): c is Node => c?.type === 'expression')
          .map((c) => readExpr(c, file)),
        at,
        text,
      };
    case 'object': {
      const items: { key: Expr; value: Expr }[] = [];
      for (const el of n.namedChildren) {
        if (el?.type !== 'object_elem') continue;
        const [k, v] = el.namedChildren.filter((c): c is Node => c?.type === 'expression');
        if (!k || !v) continue;
        const key = readExpr(k, file);
        // `{ name = 1 }`: a bare name is the key itself, not a reference.
        const bare =
          key.kind === 'reference' && key.steps.length === 0
            ? ({ kind: 'literal', value: key.root, at: key.at, text: key.text } as const)
            : key;
        items.push({ key: bare, value: readExpr(v, file) });
      }
      return { kind: 'object', items, at, text };
    }
    case 'function_call': {
      const args = n.namedChildren.find((c) => c?.type === 'function_arguments');
      if (args?.namedChildren.some((c) => c?.type === 'ellipsis')) return other(n, file);
      return {
        kind: 'call',
        name: n.firstNamedChild?.text ?? '',
        args: (args?.namedChildren ?? [])
          .filter((c): c is Node => c?.type === 'expression')
          .map((c) => readExpr(c, file)),
        at,
        text,
      };
    }
    case 'conditional': {
      const [c, t, e] = n.namedChildren.filter((x): x is Node => x?.type === 'expression');
      if (!c || !t || !e) return other(n, file);
      return {
        kind: 'conditional',
        condition: readExpr(c, file),
        whenTrue: readExpr(t, file),
        whenFalse: readExpr(e, file),
        at,
        text,
      };
    }
    case 'for_expr':
      return readFor(n.firstNamedChild ?? n, file);
    case 'operation': {
      // An operation's operands are terms with their steps, not wrapped in `expression`
      // nodes: split the children at the operator.
      const op = n.firstNamedChild;
      if (!op) return other(n, file);
      const children = op.children.filter((c): c is Node => c !== null && c.type !== 'comment');
      const at2 = children.findIndex((c) => !c.isNamed);
      const symbol = children[at2]?.text ?? '';
      const before = children.slice(0, Math.max(at2, 0));
      const after = children.slice(at2 + 1);
      if (op.type === 'unary_operation' && at2 === 0 && after.length > 0)
        return { kind: 'unary', op: symbol, operand: readTerm(after, file, op), at, text };
      if (op.type === 'binary_operation' && before.length > 0 && after.length > 0)
        return {
          kind: 'binary',
          op: symbol,
          left: readOperand(before, file),
          right: readOperand(after, file),
          at,
          text,
        };
      return other(n, file);
    }
    default:
      return other(n, file);
  }
}

/** One operand of an operation: a term and its steps, located at its first node. */
function readOperand(parts: Node[], file: string): Expr {
  const first = parts[0]!;
  if (parts.length === 1) return readExpr(first, file);
  const e = readTerm(parts, file, first);
  // The operand spans its nodes: its text is the source from the first to the last.
  const text = parts.map((p) => p.text).join('');
  return { ...e, text } as Expr;
}

function readTemplate(n: Node, file: string): Expr {
  const at = loc(n, file);
  if (n.type === 'heredoc_template') return readHeredoc(n, file);
  const parts: (string | Expr)[] = [];
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'template_literal') parts.push(unescapeQuoted(c.text));
    else if (c.type === 'template_interpolation') {
      const e = c.namedChildren.find((x) => x?.type === 'expression');
      if (e) parts.push(readExpr(e, file));
    } else if (c.type === 'template_directive') return other(n, file);
  }
  return { kind: 'template', parts, at, text: n.text };
}

/**
 * A heredoc's value: the source lines between the opening and the closing marker, each with
 * its newline (no escapes but `$${` and `%%{`), and for `<<-` the smallest indentation of its
 * lines removed (HCL's flush heredoc). Read from the source text, since the grammar's literal
 * pieces leave out leading white space.
 */
function readHeredoc(n: Node, file: string): Expr {
  const at = loc(n, file);
  const text = n.text;
  const bodyStart = text.indexOf('\n') + 1;
  const bodyEnd = text.lastIndexOf('\n') + 1;
  if (bodyStart <= 0 || bodyEnd < bodyStart) return other(n, file);
  const pieces: (string | Expr)[] = [];
  let from = bodyStart;
  for (const c of n.namedChildren) {
    if (c?.type === 'template_directive') return other(n, file);
    if (c?.type !== 'template_interpolation') continue;
    const e = c.namedChildren.find((x) => x?.type === 'expression');
    const start = c.startIndex - n.startIndex;
    pieces.push(text.slice(from, start));
    if (e) pieces.push(readExpr(e, file));
    from = c.endIndex - n.startIndex;
  }
  pieces.push(text.slice(from, bodyEnd));
  const literal = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  let parts = pieces.map((p) => (typeof p === 'string' ? literal(p) : p));
  if (/^<<-/.test(text)) {
    // Indentation is measured on the literal text at the start of each line.
    const lineStarts = parts
      .filter((p): p is string => typeof p === 'string')
      .flatMap((p, i) => p.split('\n').slice(i === 0 ? 0 : 1))
      .filter((l) => l.trim() !== '');
    const cut = Math.min(...lineStarts.map((l) => /^[ \t]*/.exec(l)![0].length), 1e9);
    parts = parts.map((p, i) =>
      typeof p === 'string'
        ? p
            .split('\n')
            .map((l, j) =>
              j === 0 && i !== 0 ? l : l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)),
            )
            .join('\n')
        : p,
    );
  }
  return { kind: 'template', parts, at, text };
}

function readFor(n: Node, file: string): Expr {
  const at = loc(n, file);
  const intro = n.namedChildren.find((c) => c?.type === 'for_intro');
  const exprs = n.namedChildren.filter((c): c is Node => c?.type === 'expression');
  const cond = n.namedChildren.find((c) => c?.type === 'for_cond');
  const names = (intro?.namedChildren ?? []).filter((c) => c?.type === 'identifier');
  const coll = intro?.namedChildren.find((c) => c?.type === 'expression');
  if (!intro || !coll || names.length === 0) return other(n, file);
  const object = n.type === 'for_object_expr';
  const condExpr = cond?.namedChildren.find((c) => c?.type === 'expression');
  return {
    kind: 'for',
    keyVar: names.length > 1 ? names[0]!.text : undefined,
    valueVar: names.at(-1)!.text,
    collection: readExpr(coll, file),
    key: object && exprs[0] ? readExpr(exprs[0], file) : undefined,
    value: readExpr(object ? (exprs[1] ?? exprs[0]!) : exprs[0]!, file),
    condition: condExpr ? readExpr(condExpr, file) : undefined,
    grouped: object && n.children.some((c) => c?.type === 'ellipsis'),
    at,
    text: n.text,
  };
}
