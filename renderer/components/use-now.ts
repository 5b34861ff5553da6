import { useEffect, useState } from 'react';

/** The wall-clock time, as Date.now(), updated every `intervalMs`: for clocks and "waited N minutes". */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
