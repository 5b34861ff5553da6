import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { usePlatform } from '../../platform/platform-context';
import { createKioskStore, type KioskState, type KioskStore } from './kiosk-store';
import { resetForNextVisitor } from './new-visitor';

const KioskStoreContext = createContext<KioskStore | null>(null);

/** One kiosk store per kiosk screen, made with this window's platform. */
export function KioskStoreProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const [store] = useState(() => createKioskStore(platform));
  return <KioskStoreContext.Provider value={store}>{children}</KioskStoreContext.Provider>;
}

/** The kiosk store itself, for actions and for reading the state at the moment of a tap. */
export function useKioskStore(): KioskStore {
  const store = useContext(KioskStoreContext);
  if (!store) throw new Error('useKioskStore outside KioskStoreProvider');
  return store;
}

/** A part of the kiosk state; the view re-renders when that part changes. */
export function useKiosk<T>(selector: (state: KioskState) => T): T {
  return useStore(useKioskStore(), selector);
}

/** Start over, Done and the idle reset: everything back to how the next visitor should find it. */
export function useStartOver(): () => void {
  const store = useKioskStore();
  const platform = usePlatform();
  return useCallback(() => resetForNextVisitor(store, platform), [store, platform]);
}
