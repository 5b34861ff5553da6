import { useCallback, useState } from 'react';
import { CallFailed } from '../../platform/client';

/**
 * Runs one desk action at a time: buttons are disabled while it runs (no double
 * calls from a double tap), and a failure becomes a message key for the screen.
 */
export function useDeskActions(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const run = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T | null> => {
      setBusy(true);
      setErrorKey(null);
      try {
        return await action();
      } catch (err) {
        setErrorKey(err instanceof CallFailed ? err.error.messageKey : 'error.unavailable');
        return null;
      } finally {
        setBusy(false);
        onDone();
      }
    },
    [onDone],
  );
  return { busy, errorKey, run, clearError: () => setErrorKey(null) };
}

const DESK_ID_KEY = 'dhp-desk-id';

/** Which desk this screen is: kept per browser tab, so a reload stays at the same desk. */
export function useStoredDeskId(): [number | null, (id: number | null) => void] {
  const [deskId, setDeskIdState] = useState<number | null>(() => {
    const stored = Number(sessionStorage.getItem(DESK_ID_KEY));
    return Number.isInteger(stored) && stored > 0 ? stored : null;
  });
  const setDeskId = useCallback((id: number | null) => {
    if (id === null) sessionStorage.removeItem(DESK_ID_KEY);
    else sessionStorage.setItem(DESK_ID_KEY, String(id));
    setDeskIdState(id);
  }, []);
  return [deskId, setDeskId];
}
