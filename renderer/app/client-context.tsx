import { createContext, useContext, type ReactNode } from 'react';
import type { HelpPointClient } from '../platform/client';

const ClientContext = createContext<HelpPointClient | null>(null);

export function ClientProvider({ client, children }: { client: HelpPointClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): HelpPointClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}
