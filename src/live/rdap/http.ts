/**
 * One RDAP GET over HTTP (RFC 7480), against a server that may be slow, wrong or hostile. Every
 * way it can go wrong comes back as a value, never an exception: a time limit on the whole
 * exchange (connect, headers and body), a cap on the body's size, a bounded number of
 * redirects (§5.2: 301, 302, 303, 307, 308, followed to `Location` unchanged) that may not
 * leave HTTPS unless the first URL was plain HTTP (a local or test server), and 429 answers
 * (§5.5) retried after their `Retry-After` when that is short, a failure when it is not.
 * 404 is an answer: the server holds no registration data for the name.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface RdapHttpOptions {
  /** The whole exchange, each attempt (default 5000 ms). */
  readonly timeoutMs?: number;
  /** Largest body read (default 1 MiB); a larger one is refused, not parsed in part. */
  readonly maxBytes?: number;
  /** Redirects followed at most (default 3). */
  readonly maxRedirects?: number;
  /** Retries after a 429 (default 2), each after `Retry-After` if it is at most `maxRetryAfterMs`. */
  readonly maxRetries?: number;
  readonly maxRetryAfterMs?: number;
  /** Nothing is started after this time (epoch ms). */
  readonly deadline?: number;
}

export type RdapHttpResult =
  | { readonly kind: 'ok'; readonly url: string; readonly body: unknown }
  | { readonly kind: 'not-found'; readonly url: string }
  | { readonly kind: 'failed'; readonly url: string; readonly reason: string };

export const RDAP_HTTP_DEFAULTS = {
  timeoutMs: 5000,
  maxBytes: 1024 * 1024,
  maxRedirects: 3,
  maxRetries: 2,
  maxRetryAfterMs: 5000,
} as const;

/** RFC 7480 §4.2: ask for the RDAP media type; plain JSON is the fallback servers also send. */
const ACCEPT = 'application/rdap+json, application/json;q=0.9';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function getRdap(url: string, options: RdapHttpOptions = {}): Promise<RdapHttpResult> {
  const o = { ...RDAP_HTTP_DEFAULTS, ...options };
  const allowHttp = url.startsWith('http:');
  let current = url;
  let redirects = 0;
  let retries = 0;
  for (;;) {
    if (o.deadline !== undefined && Date.now() >= o.deadline)
      return { kind: 'failed', url: current, reason: 'the RDAP deadline passed before asking' };
    const answer = await exchange(current, o.timeoutMs, o.maxBytes);
    if ('error' in answer) return { kind: 'failed', url: current, reason: answer.error };
    const { status, headers, text } = answer;
    if (REDIRECTS.has(status)) {
      const next = nextUrl(current, headers.location, allowHttp);
      if ('error' in next) return { kind: 'failed', url: current, reason: next.error };
      if (++redirects > o.maxRedirects)
        return { kind: 'failed', url: current, reason: `more than ${o.maxRedirects} redirects` };
      current = next.url;
      continue;
    }
    if (status === 429) {
      const wait = retryAfterMs(headers['retry-after']);
      if (retries >= o.maxRetries || wait === undefined || wait > o.maxRetryAfterMs)
        return {
          kind: 'failed',
          url: current,
          reason: `rate limited (HTTP 429${wait !== undefined ? `, asked to wait ${Math.ceil(wait / 1000)} s` : ''})`,
        };
      if (o.deadline !== undefined && Date.now() + wait >= o.deadline)
        return {
          kind: 'failed',
          url: current,
          reason: 'rate limited (HTTP 429) near the deadline',
        };
      retries++;
      await new Promise((r) => setTimeout(r, wait));
      continue;
    }
    if (status === 404) return { kind: 'not-found', url: current };
    if (status !== 200)
      return { kind: 'failed', url: current, reason: `HTTP ${status}${errorTitle(text)}` };
    try {
      return { kind: 'ok', url: current, body: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'failed', url: current, reason: 'the answer is not JSON' };
    }
  }
}

type Exchange =
  | { status: number; headers: IncomingMessage['headers']; text: string }
  | { error: string };

/** One request; resolves exactly once, whatever the server does. */
function exchange(url: string, timeoutMs: number, maxBytes: number): Promise<Exchange> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: Exchange) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req?.destroy();
      resolve(value);
    };
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    let req: ReturnType<typeof send>;
    try {
      req = send(url, { method: 'GET', headers: { accept: ACCEPT } }, (res) => {
        const status = res.statusCode ?? 0;
        // A redirect's or an error's body is not needed beyond a short error title.
        const limit = status === 200 ? maxBytes : Math.min(maxBytes, 16 * 1024);
        const declared = Number(res.headers['content-length']);
        if (status === 200 && Number.isFinite(declared) && declared > limit)
          return finish({ error: `the answer is larger than ${limit} bytes` });
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) {
            if (status === 200) finish({ error: `the answer is larger than ${limit} bytes` });
            else finish({ status, headers: res.headers, text: '' });
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          finish({ status, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (e) => finish({ error: describe(e) }));
      });
    } catch (e) {
      resolve({ error: describe(e as Error) });
      return;
    }
    const timer = setTimeout(
      () => finish({ error: `no complete answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
    req.on('error', (e) => finish({ error: describe(e) }));
    req.end();
  });
}

/** Where a redirect leads, if it may be followed: HTTPS, or HTTP when the first URL was. */
export function nextUrl(
  from: string,
  location: string | undefined,
  allowHttp: boolean,
): { url: string } | { error: string } {
  if (!location) return { error: 'a redirect without a Location' };
  let url: URL;
  try {
    url = new URL(location, from);
  } catch {
    return { error: 'a redirect to an invalid URL' };
  }
  if (url.protocol === 'https:' || (allowHttp && url.protocol === 'http:'))
    return { url: url.href };
  return { error: `a redirect to ${url.protocol} refused (HTTPS only)` };
}

/** `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), in ms from now. */
export function retryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined) return 1000; // none given: wait a moment before the retry
  const text = value.trim();
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The `title` of an RDAP error body (RFC 9083 §6), short and on one line, when there is one. */
function errorTitle(text: string): string {
  try {
    const body = JSON.parse(text) as { title?: unknown };
    if (typeof body?.title === 'string' && body.title.trim())
      return `: ${body.title.replace(/\s+/g, ' ').trim().slice(0, 120)}`;
  } catch {
    // not JSON: the status says enough
  }
  return '';
}

function describe(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code ? `${code} (${e.message.slice(0, 120)})` : e.message.slice(0, 160);
}
