/**
 * The sandbox worker's entry point: a worker thread that evaluates one `dnsconfig.js` and ends.
 * sandbox.ts starts it from its bundled text (sandbox-worker-bundle.js) and can stop it at any
 * moment, which is what makes the deadline and the memory cap certain. The thread gets the
 * engine's memory cap and the engine compiled (sandbox.ts compiles it once) as `workerData`,
 * instantiates the engine and says `ready`; it may then wait (a sandbox started ahead of its
 * evaluation, sandbox.ts) until the request comes as a message, which starts the deadline, and
 * answers with one `done` message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type CompiledEngine, loadEngine, runRequest, type SandboxRequest } from './sandbox-run.js';

export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'done'; readonly outcome: ReturnType<typeof runRequest> };

/** What the thread is started with: the cap its engine is loaded under, and the engine. */
export interface WorkerInput {
  readonly memoryBytes: number;
  readonly engine: CompiledEngine;
}

/** The one evaluation, sent once the thread is ready. */
export interface WorkerRequest {
  readonly request: SandboxRequest;
  readonly timeoutMs: number;
}

const port = parentPort;
if (port) {
  const input = workerData as WorkerInput;
  const engine = await loadEngine(input.memoryBytes, input.engine);
  port.once('message', ({ request, timeoutMs }: WorkerRequest) => {
    const outcome = runRequest(engine, request, Date.now() + timeoutMs);
    port.postMessage({ kind: 'done', outcome } satisfies WorkerMessage);
  });
  port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
}
