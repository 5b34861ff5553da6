/**
 * Time comes from one place so tests can move it across local midnight, and so
 * the point's local day never depends on the machine's own time zone.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock shifted by a fixed offset; used by the host's --clock-offset flag in tests. */
export function offsetClock(offsetMs: number): Clock {
  return { now: () => new Date(Date.now() + offsetMs) };
}
