import { useCallback, useState } from 'react';

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
