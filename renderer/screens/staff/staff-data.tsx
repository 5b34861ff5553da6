import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { StaffSettingsValues } from '../../../contract/methods/staff';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { useLive } from '../../platform/use-live';
import { staffText } from './staff-messages';

export interface StaffData {
  /** The point's local day (app.info), as the core counts days: the panels' default day and range. */
  today: string;
  /** The settings as last read or saved. */
  settings: StaffSettingsValues;
  /** A panel that saved the settings hands the core's answer here, so the other panels show it too. */
  settingsSaved(settings: StaffSettingsValues): void;
}

const StaffDataContext = createContext<StaffData | null>(null);

/**
 * What several staff panels read, loaded once per staff sign-in instead of once per
 * panel: the point's day and the settings. The panels appear once both are here.
 */
export function StaffDataProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const loaded = useLive(async (p) => {
    const [info, settings] = await Promise.all([p.call('app.info', {}), p.call('staff.settings', {})]);
    return { today: info.today, settings };
  });
  const [saved, setSaved] = useState<StaffSettingsValues | null>(null);
  const data = useMemo<StaffData | null>(
    () => (loaded.value ? { today: loaded.value.today, settings: saved ?? loaded.value.settings, settingsSaved: setSaved } : null),
    [loaded.value, saved],
  );
  if (!data) return loaded.errorKey ? <p role="alert" className="error">{t(errorMessage(loaded.errorKey))}</p> : <p>{t(staffText.loading)}</p>;
  return <StaffDataContext.Provider value={data}>{children}</StaffDataContext.Provider>;
}

export function useStaffData(): StaffData {
  const data = useContext(StaffDataContext);
  if (!data) throw new Error('useStaffData outside StaffDataProvider');
  return data;
}
