import type { Clock } from '../../core/clock';

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private t: number) {}
  now(): Date {
    return new Date(this.t);
  }
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** One call over HTTP with an optional bearer key and staff token, as the renderer sends it. */
export async function callWithToken(
  origin: string,
  method: string,
  input: unknown,
  auth: { key?: string | null; staffToken?: string | null },
): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { code: string; messageKey: string; issues?: { path: string }[] } } }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (auth.key) headers.Authorization = `Bearer ${auth.key}`;
  if (auth.staffToken) headers['X-Staff-Token'] = auth.staffToken;
  const res = await fetch(`${origin}/api/call/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
  return { status: res.status, body: (await res.json()) as never };
}
