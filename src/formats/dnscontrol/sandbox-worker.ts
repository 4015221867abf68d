/**
 * The sandbox worker's entry point: a worker thread that evaluates one `dnsconfig.js` and ends.
 * sandbox.ts starts it from its bundled text (sandbox-worker-bundle.js) and can stop it at any
 * moment, which is what makes the deadline and the memory cap certain. The thread gets the
 * request as `workerData`, says `ready` once the engine is loaded (the deadline starts then), and
 * answers with one `done` message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine, runRequest, type SandboxRequest } from './sandbox-run.js';

export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'done'; readonly outcome: ReturnType<typeof runRequest> };

export interface WorkerInput {
  readonly request: SandboxRequest;
  readonly timeoutMs: number;
}

const port = parentPort;
if (port) {
  const { request, timeoutMs } = workerData as WorkerInput;
  const engine = await loadEngine(request.memoryBytes);
  port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
  const outcome = runRequest(engine, request, Date.now() + timeoutMs);
  port.postMessage({ kind: 'done', outcome } satisfies WorkerMessage);
}
