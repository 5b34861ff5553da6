import { useEffect } from 'react';
import type { Connection } from '../platform/connect';
import { PlatformProvider } from '../platform/platform-context';
import { usePreferences } from '../state/preferences';
import { applyPreferencesToDocument } from './apply-preferences';
import { KioskStoreProvider } from '../screens/kiosk/kiosk-context';
import { KioskScreen } from '../screens/kiosk/KioskScreen';
import { DeskLocked, DeskScreen } from '../screens/desk/DeskScreen';
import { BoardScreen } from '../screens/board/BoardScreen';
import { StaffDoor } from '../screens/staff/StaffDoor';

/** The root: this window's platform for every screen below, and the one screen this window is. */
export function App({ connection }: { connection: Connection }) {
  const prefs = usePreferences();
  useEffect(() => applyPreferencesToDocument(prefs), [prefs]);
  return (
    <PlatformProvider platform={connection.platform}>
      {connection.screen === 'kiosk' && (
        <KioskStoreProvider>
          <KioskScreen />
        </KioskStoreProvider>
      )}
      {connection.screen === 'desk' && (connection.authorised ? <DeskScreen /> : <DeskLocked />)}
      {connection.screen === 'board' && <BoardScreen />}
      {connection.screen === 'desk' && connection.authorised && <StaffDoor />}
    </PlatformProvider>
  );
}
