import { useEffect } from 'react';
import type { Connection } from '../platform/connect';
import { ClientProvider } from './client-context';
import { applyPreferencesToDocument, usePreferences } from '../state/preferences';
import { KioskScreen } from '../screens/kiosk/KioskScreen';
import { DeskLocked, DeskScreen } from '../screens/desk/DeskScreen';
import { BoardScreen } from '../screens/board/BoardScreen';
import { StaffDoor } from '../screens/staff/StaffDoor';

export function App({ connection }: { connection: Connection }) {
  const prefs = usePreferences();
  useEffect(() => applyPreferencesToDocument(prefs), [prefs]);
  return (
    <ClientProvider client={connection.client}>
      {connection.screen === 'kiosk' && <KioskScreen />}
      {connection.screen === 'desk' && (connection.authorised ? <DeskScreen /> : <DeskLocked />)}
      {connection.screen === 'board' && <BoardScreen />}
      {connection.screen === 'desk' && connection.authorised && <StaffDoor />}
    </ClientProvider>
  );
}
