import { useCallback, useEffect, useState } from 'react';
import type { EventName } from '../../contract/events';
import { useClient } from './client-context';
import type { HelpPointClient } from '../platform/client';
import { CallFailed } from '../platform/client';

/**
 * Loads a value and loads it again whenever one of `events` arrives, so a screen
 * stays current without a reload.
 */
export function useLive<T>(load: (client: HelpPointClient) => Promise<T>, events: EventName[]): { value: T | null; errorKey: string | null; reload(): void } {
  const client = useClient();
  const [value, setValue] = useState<T | null>(null);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const reload = useCallback(() => {
    load(client)
      .then((v) => {
        setValue(v);
        setErrorKey(null);
      })
      .catch((err: unknown) => setErrorKey(err instanceof CallFailed ? err.error.messageKey : 'error.unavailable'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);
  useEffect(() => {
    reload();
    const offs = events.map((e) => client.on(e, reload));
    return () => offs.forEach((off) => off());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, reload]);
  return { value, errorKey, reload };
}
