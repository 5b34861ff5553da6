import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../contract/errors';
import type { EventName } from '../../contract/events';
import { messageKeyOf } from './client';
import type { Platform } from './platform';
import { usePlatform } from './platform-context';

export interface LiveOptions {
  /** Core events after which the value is read again, so a screen stays current without a reload. */
  events?: readonly EventName[];
  /** What the read depends on besides the platform (a range, a day); it is read again when this changes. */
  input?: unknown;
}

export interface Live<T> {
  /** The last value read; kept while a newer read is on its way or after one failed. */
  value: T | null;
  /** Why the last read failed; null once one succeeds. */
  errorKey: MessageKey | null;
  reload(): void;
}

/**
 * The one way a screen reads from the core: loads on mount, again on each of
 * `events` and when `input` changes. Only the newest read may write, so a slow
 * answer never overwrites a fresher one, and nothing is written after unmount.
 */
export function useLive<T>(load: (platform: Platform) => Promise<T>, options: LiveOptions = {}): Live<T> {
  const platform = usePlatform();
  const [state, setState] = useState<{ value: T | null; errorKey: MessageKey | null }>({ value: null, errorKey: null });
  // The newest `load` is used without re-subscribing: callers pass an inline function.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  // Which read is the newest, and whether the screen that asked for it is still there.
  const latest = useRef(0);
  const mounted = useRef({ live: false });
  const reload = useCallback(() => {
    const mine = ++latest.current;
    const screen = mounted.current;
    const current = () => screen.live && mine === latest.current;
    loadRef.current(platform).then(
      (value) => {
        if (current()) setState({ value, errorKey: null });
      },
      (err: unknown) => {
        if (current()) setState((s) => ({ value: s.value, errorKey: messageKeyOf(err) }));
      },
    );
  }, [platform]);
  const events = (options.events ?? []).join(' ');
  const input = JSON.stringify(options.input ?? null);
  useEffect(() => {
    const screen = { live: true };
    mounted.current = screen;
    reload();
    const offs = events ? events.split(' ').map((e) => platform.on(e as EventName, reload)) : [];
    return () => {
      offs.forEach((off) => off());
      // A read still on its way when the screen goes (or reads anew) must not write into it.
      screen.live = false;
    };
  }, [platform, reload, events, input]);
  return { value: state.value, errorKey: state.errorKey, reload };
}
