import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../core/dispatcher';

/** The dispatcher raises only a desk caller with a live staff token to staff. */
describe('staff elevation in the dispatcher', () => {
  const seen: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: () => (_input: unknown, ctx: { role: string }) => {
      seen.push(ctx.role);
      return [];
    },
  });
  const dispatch = createDispatcher(handlers, { onInternalError: () => undefined, isStaffToken: (t) => t === 'good' });

  it('raises a volunteer with a good token, and only then', async () => {
    seen.length = 0;
    await dispatch('queue.waiting', {}, { role: 'volunteer', actor: 'desk', staffToken: 'good' });
    await dispatch('queue.waiting', {}, { role: 'volunteer', actor: 'desk', staffToken: 'bad' });
    await dispatch('queue.waiting', {}, { role: 'volunteer', actor: 'desk' });
    expect(seen).toEqual(['staff', 'volunteer', 'volunteer']);
  });

  it('never raises the visitor screen, even with a good token', async () => {
    seen.length = 0;
    const result = await dispatch('queue.waiting', {}, { role: 'visitor', actor: 'kiosk', staffToken: 'good' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(seen).toEqual([]);
  });
});
