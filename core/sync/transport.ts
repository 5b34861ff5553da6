/**
 * The uploader's only tie to the network: the platform's fetch (injectable, so a shell can hand in
 * Electron's net.fetch for system proxies, and tests a fake). The core still serves no HTTP.
 */
import { SYNC_MESSAGES, type SyncMessageKey } from '../../contract/sync';

export type Fetch = typeof fetch;

/** A failure the uploader can show staff: a bilingual message key, and whether trying again can help. */
export class SyncFailure extends Error {
  constructor(
    readonly messageKey: SyncMessageKey,
    readonly retry: boolean,
    readonly status: number | null = null,
  ) {
    super(messageKey);
    this.name = 'SyncFailure';
  }
}

/** Joins the server's address and a path, keeping any path prefix the address has (a reverse proxy's). */
export function endpoint(serverUrl: string, path: string): string {
  const base = serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`;
  return new URL(path.replace(/^\//, ''), base).toString();
}

/** POSTs JSON and reads JSON back; every failure becomes a SyncFailure with a message key. */
export async function postJson<T>(fetchImpl: Fetch, url: string, body: unknown, options: { token?: string; timeoutMs: number; signal?: AbortSignal }): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  let res: Response;
  try {
    res = await fetchImpl(url, { method: 'POST', headers, body: JSON.stringify(body), signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout });
  } catch (err) {
    const name = (err as { name?: string }).name;
    throw new SyncFailure(name === 'TimeoutError' || name === 'AbortError' ? 'sync.error.timeout' : 'sync.error.unreachable', true);
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    if (res.ok) throw new SyncFailure('sync.error.server', true, res.status);
  }
  if (res.ok) return json as T;
  const key = (json as { error?: { messageKey?: string } } | null)?.error?.messageKey;
  const known = key && key in SYNC_MESSAGES ? (key as SyncMessageKey) : null;
  if (res.status === 401) throw new SyncFailure(known ?? 'sync.error.token_invalid', false, 401);
  if (res.status === 403) throw new SyncFailure(known ?? 'sync.error.point_retired', false, 403);
  if (res.status === 409) throw new SyncFailure(known ?? 'sync.error.gap', false, 409);
  if (res.status === 413) throw new SyncFailure('sync.error.too_large', false, 413);
  if (res.status === 429 || res.status === 503) throw new SyncFailure('sync.error.rate_limited', true, res.status);
  if (res.status >= 500) throw new SyncFailure('sync.error.server', true, res.status);
  throw new SyncFailure(known ?? 'sync.error.invalid_request', false, res.status);
}
