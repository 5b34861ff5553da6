import { useCallback, useEffect, useRef, useState } from 'react';
import type { StaffAccessStatus } from '../../../contract/staff-dto';
import { useClient } from '../../app/client-context';
import { useT, type Msg } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { usePreferences } from '../../state/preferences';
import { staffText } from './staff-messages';
import { PinSetup, PinSignIn } from './PinForms';
import { Dashboard } from './Dashboard';
import { ExportPanel } from './ExportPanel';
import { SettingsPanel } from './SettingsPanel';
import { ContentPanel } from './ContentPanel';
import { PrivacyPanel } from './PrivacyPanel';
import { StaffTokenContext } from './use-staff-call';

type Tab = 'dashboard' | 'export' | 'settings' | 'content' | 'privacy';
const TABS: { id: Tab; label: Msg }[] = [
  { id: 'dashboard', label: staffText.tabDashboard },
  { id: 'export', label: staffText.tabExport },
  { id: 'settings', label: staffText.tabSettings },
  { id: 'content', label: staffText.tabContent },
  { id: 'privacy', label: staffText.tabPrivacy },
];

/** Sign-in (or first PIN), then the staff sections; signs out on leaving and after idle minutes. */
export function StaffArea({ onLeave }: { onLeave(): void }) {
  const t = useT();
  const client = useClient();
  const toggleLang = usePreferences((s) => s.toggleLang);
  const [status, setStatus] = useState<StaffAccessStatus | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [session, setSession] = useState<{ idleMinutes: number; token: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('dashboard');
  const lastActivity = useRef(Date.now());

  const loadStatus = useCallback(() => {
    client
      .call('staffAuth.status', {})
      .then((s) => {
        setStatus(s);
        setStatusError(null);
      })
      .catch((e: unknown) => setStatusError((e as { error?: { messageKey: string } }).error?.messageKey ?? 'error.unavailable'));
  }, [client]);
  useEffect(loadStatus, [loadStatus]);

  const signOut = useCallback(
    (message: string | null) => {
      void client.call('staffAuth.signOut', {}).catch(() => undefined);
      client.setStaffToken(null);
      setSession(null);
      setNotice(message);
      loadStatus();
    },
    [client, loadStatus],
  );

  // Leaving the area (closing the dialog) always ends the staff sign-in.
  useEffect(
    () => () => {
      void client.call('staffAuth.signOut', {}).catch(() => undefined);
      client.setStaffToken(null);
    },
    [client],
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
    client.setStaffToken(token);
    lastActivity.current = Date.now();
    setNotice(null);
    setSession({ idleMinutes, token });
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
        <StaffTokenContext.Provider value={session.token}>
          <nav className="staff-tabs" aria-label={t(staffText.sections)}>
            {TABS.map((x) => (
              <button key={x.id} type="button" aria-current={tab === x.id ? 'page' : undefined} className={tab === x.id ? 'current' : ''} onClick={() => setTab(x.id)}>
                {t(x.label)}
              </button>
            ))}
          </nav>
          <main className="staff-main">
            {tab === 'dashboard' && <Dashboard />}
            {tab === 'export' && <ExportPanel />}
            {tab === 'settings' && <SettingsPanel />}
            {tab === 'content' && <ContentPanel />}
            {tab === 'privacy' && <PrivacyPanel />}
          </main>
        </StaffTokenContext.Provider>
      )}
    </div>
  );
}
