import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { useT, type Msg } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { usePlatform } from '../../platform/platform-context';
import { useLive } from '../../platform/use-live';
import { usePreferences } from '../../state/preferences';
import { staffText } from './staff-messages';
import { StaffDataProvider } from './staff-data';
import { PinSetup, PinSignIn } from './PinForms';
import { Dashboard } from './Dashboard';
import { ExportPanel } from './ExportPanel';
import { SettingsPanel } from './SettingsPanel';
import { ContentPanel } from './ContentPanel';
import { PrivacyPanel } from './PrivacyPanel';
import { syncLabels } from './sync-labels';

// The Sync tab (issue 14) is its own chunk: the kiosk window never loads it.
const SyncPanel = lazy(() => import('./SyncPanel').then((m) => ({ default: m.SyncPanel })));

type Tab = 'dashboard' | 'export' | 'settings' | 'content' | 'privacy' | 'sync';
const TABS: { id: Tab; label: Msg }[] = [
  { id: 'dashboard', label: staffText.tabDashboard },
  { id: 'export', label: staffText.tabExport },
  { id: 'settings', label: staffText.tabSettings },
  { id: 'content', label: staffText.tabContent },
  { id: 'privacy', label: staffText.tabPrivacy },
  { id: 'sync', label: syncLabels.tab },
];

/** Sign-in (or first PIN), then the staff sections; signs out on leaving and after idle minutes. */
export function StaffArea({ onLeave }: { onLeave(): void }) {
  const t = useT();
  const platform = usePlatform();
  const toggleLang = usePreferences((s) => s.toggleLang);
  const access = useLive((p) => p.call('staffAuth.status', {}));
  const status = access.value;
  const statusError = access.errorKey;
  const loadStatus = access.reload;
  // The token lives in the platform (it rides along with every call); here only that, and for how long, someone is signed in.
  const [session, setSession] = useState<{ idleMinutes: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('dashboard');
  const lastActivity = useRef(Date.now());

  const signOut = useCallback(
    (message: string | null) => {
      void platform.call('staffAuth.signOut', {}).catch(() => undefined);
      platform.setStaffToken(null);
      setSession(null);
      setNotice(message);
      loadStatus();
    },
    [platform, loadStatus],
  );

  // Leaving the area (closing the dialog) always ends the staff sign-in.
  useEffect(
    () => () => {
      void platform.call('staffAuth.signOut', {}).catch(() => undefined);
      platform.setStaffToken(null);
    },
    [platform],
  );

  useEffect(() => {
    if (!session) return;
    const touch = () => (lastActivity.current = Date.now());
    window.addEventListener('pointerdown', touch, true);
    window.addEventListener('keydown', touch, true);
    const timer = setInterval(() => {
      if (Date.now() - lastActivity.current > session.idleMinutes * 60_000) signOut(t(staffText.signedOutIdle, { n: session.idleMinutes }));
    }, 5_000);
    return () => {
      window.removeEventListener('pointerdown', touch, true);
      window.removeEventListener('keydown', touch, true);
      clearInterval(timer);
    };
  }, [session, signOut, t]);

  const signedIn = (token: string, idleMinutes: number) => {
    platform.setStaffToken(token);
    lastActivity.current = Date.now();
    setNotice(null);
    setSession({ idleMinutes });
  };

  return (
    <div className="staff-area">
      <header className="staff-header">
        <h1>{t(staffText.areaTitle)}</h1>
        <div className="staff-header-actions">
          <button type="button" onClick={toggleLang}>
            {t(staffText.language)}
          </button>
          {session && (
            <button type="button" onClick={() => signOut(null)}>
              {t(staffText.signOut)}
            </button>
          )}
          <button type="button" onClick={onLeave}>
            {t(staffText.backToDesk)}
          </button>
        </div>
      </header>
      {notice && <p role="status" className="staff-notice">{notice}</p>}
      {statusError && <p role="alert" className="error">{t(errorMessage(statusError))}</p>}
      {!session && status && !status.pinSet && <PinSetup onDone={(s) => signedIn(s.token, s.idleMinutes)} />}
      {!session && status?.pinSet && <PinSignIn status={status} onDone={(s) => signedIn(s.token, s.idleMinutes)} onRefresh={loadStatus} />}
      {!session && !status && !statusError && <p>{t(staffText.loading)}</p>}
      {session && (
        <>
          <nav className="staff-tabs" aria-label={t(staffText.sections)}>
            {TABS.map((x) => (
              <button key={x.id} type="button" aria-current={tab === x.id ? 'page' : undefined} className={tab === x.id ? 'current' : ''} onClick={() => setTab(x.id)}>
                {t(x.label)}
              </button>
            ))}
          </nav>
          <main className="staff-main">
            <StaffDataProvider>
              {tab === 'dashboard' && <Dashboard />}
              {tab === 'export' && <ExportPanel />}
              {tab === 'settings' && <SettingsPanel />}
              {tab === 'content' && <ContentPanel />}
              {tab === 'privacy' && <PrivacyPanel />}
              {tab === 'sync' && (
                <Suspense fallback={<p>{t(staffText.loading)}</p>}>
                  <SyncPanel />
                </Suspense>
              )}
            </StaffDataProvider>
          </main>
        </>
      )}
    </div>
  );
}
