/**
 * The QuickJS engine the sandboxes run (sandbox.ts): compiled once by the process from its
 * WebAssembly and handed to every sandbox worker, which instantiates it with its own memory
 * under its own cap. Sandboxes are real worker threads; the spy only counts compilations, and
 * calls through.
 */
import { jest } from '@jest/globals';
import { SandboxAhead } from '../../../src/formats/dnscontrol/sandbox.js';
import { evaluateText as evaluate, oneRecordConfig } from '../../helpers/dnscontrol.js';

const config = (ip: string) => oneRecordConfig('example.com', ip);

/** Node's WebAssembly global (the project's libs type none as a value). */
const wasm = (globalThis as unknown as { WebAssembly: { compile(b: Uint8Array): Promise<object> } })
  .WebAssembly;

const target = (r: Awaited<ReturnType<typeof evaluate>>) =>
  r.ok ? r.value.ir.domains[0]?.records[0]?.target : r.errors[0]?.message;

test('one compilation serves every sandbox of the process, each with its own engine state', async () => {
  const compile = jest.spyOn(wasm, 'compile');
  // Two at once (as a review's two sides may start), then one ahead and one after it.
  const [a, b] = await Promise.all([evaluate(config('192.0.2.1')), evaluate(config('192.0.2.2'))]);
  const ahead = new SandboxAhead();
  const c = await evaluate(config('192.0.2.3'), { ahead });
  const d = await evaluate('globalThis.leak = 1; D("example.com", NewRegistrar("none"));', {
    ahead,
  });
  const e = await evaluate(
    'if (typeof leak !== "undefined") throw new Error("state leaked"); D("example.com", NewRegistrar("none"), A("@", "192.0.2.5"));',
  );
  expect([a, b, c].map(target)).toEqual(['192.0.2.1', '192.0.2.2', '192.0.2.3']);
  expect(d.ok).toBe(true);
  expect(target(e)).toBe('192.0.2.5');
  expect(compile).toHaveBeenCalledTimes(1);
});

test('a config that exhausts its engine leaves the next evaluation a fresh one', async () => {
  const grown = await evaluate('var a = []; while (true) a.push("x".repeat(1024));', {
    evalMemoryBytes: 32 * 1024 * 1024,
    evalTimeoutMs: 5000,
  });
  expect(grown.ok ? 'ok' : grown.errors[0]!.message).toMatch(/memory limit/);
  expect(target(await evaluate(config('192.0.2.6')))).toBe('192.0.2.6');
});
