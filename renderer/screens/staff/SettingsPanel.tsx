import { LANGS, LANGUAGE_NAMES } from '../../../contract/labels';
import { Suspense, lazy, useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { StaffSettingsValues } from '../../../contract/methods/staff';
import { useLocalized, useT, type Msg } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { useAction } from '../../platform/use-action';
import { useLive } from '../../platform/use-live';
import { staffText } from './staff-messages';
import { useStaffData } from './staff-data';
import type { AdminUnitValues } from './admin-unit-model';
import { syncLabels } from './sync-labels';

// The location picker and its lists (issue 14) are their own chunks: the kiosk window never loads them.
const AdminUnitFields = lazy(() => import('./AdminUnitPicker').then((m) => ({ default: m.AdminUnitFields })));

const FIELD_LABELS: Partial<Record<keyof StaffSettingsValues, Msg>> = {
  pointName: staffText.pointName,
  province: staffText.province,
  commune: staffText.commune,
  provinceCode: staffText.province,
  communeCode: staffText.commune,
  pointNumber: syncLabels.pointNumber,
  timeZone: staffText.timeZone,
  ticketPrefix: staffText.ticketPrefix,
  openingHours: staffText.openingHours,
  boardLanguages: staffText.boardLanguages,
  kioskIdleSeconds: staffText.kioskIdleSeconds,
  staffIdleMinutes: staffText.staffIdleMinutes,
  printerName: staffText.printerName,
  consecutivePriorityCap: staffText.consecutivePriorityCap,
  maxWaitMinutes: staffText.maxWaitMinutes,
  noShowAfterCalls: staffText.noShowAfterCalls,
  defaultServiceMinutes: staffText.defaultServiceMinutes,
  deskLabels: staffText.deskLabels,
  enabledWalkthroughs: staffText.enabledWalkthroughs,
  personalRetentionDays: staffText.personalRetentionDays,
  sessionRetentionMonths: staffText.sessionRetentionMonths,
};

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="staff-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** Every setting staff may change; saved as one validated change, or not at all. */
export function SettingsPanel() {
  const t = useT();
  const l = useLocalized();
  const { settings, settingsSaved } = useStaffData();
  const [values, setValues] = useState<StaffSettingsValues>(settings);
  const content = useLive((p) => p.call('staff.content', {}));
  const guides = content.value?.walkthroughs ?? [];
  const [saved, setSaved] = useState(false);
  const [deskText, setDeskText] = useState(settings.deskLabels.join(', '));
  const action = useAction();
  const errorKey = action.errorKey ?? content.errorKey;

  const set = <K extends keyof StaffSettingsValues>(key: K, value: StaffSettingsValues[K]) => {
    setSaved(false);
    setValues({ ...values, [key]: value });
  };
  // The location picker (AdminUnitPicker.tsx) changes several fields at once: codes with their names.
  const setUnits = useCallback((patch: Partial<AdminUnitValues>) => {
    setSaved(false);
    setValues((v) => ({ ...v, ...patch }));
  }, []);
  const numberOf = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const { exportColumns: _c, exportCounters: _k, ...editable } = values;
    const deskLabels = deskText.split(',').map((d) => d.trim()).filter(Boolean);
    const next = await action.call('staff.updateSettings', { ...editable, deskLabels });
    if (next) {
      settingsSaved(next);
      setValues(next);
      setDeskText(next.deskLabels.join(', '));
      setSaved(true);
    }
  };
  const badFields = [...new Set(action.issues.map((i) => i.path.split('.')[0] as keyof StaffSettingsValues))];
  const days = t(staffText.weekdays).split(',');

  return (
    <section aria-labelledby="staff-settings-title">
      <h2 id="staff-settings-title">{t(staffText.settingsTitle)}</h2>
      <form className="staff-card staff-form" onSubmit={submit} noValidate>
        <Field label={t(staffText.pointName)}>{(id) => <input id={id} value={values.pointName} onChange={(e) => set('pointName', e.target.value)} />}</Field>
        <Suspense fallback={<p>{t(syncLabels.unitsLoading)}</p>}>
          <AdminUnitFields values={values} onChange={setUnits} />
        </Suspense>
        <Field label={t(staffText.timeZone)}>{(id) => <input id={id} value={values.timeZone} onChange={(e) => set('timeZone', e.target.value)} />}</Field>
        <Field label={t(staffText.deskLabels)}>
          {(id) => <input id={id} value={deskText} onChange={(e) => setDeskText(e.target.value)} />}
        </Field>
        <Field label={t(staffText.ticketPrefix)}>{(id) => <input id={id} value={values.ticketPrefix} maxLength={2} onChange={(e) => set('ticketPrefix', e.target.value.toUpperCase())} />}</Field>
        <fieldset>
          <legend>{t(staffText.openingHours)}</legend>
          <div className="staff-row">
            <Field label={t(staffText.opens)}>{(id) => <input id={id} type="time" value={values.openingHours.open} onChange={(e) => set('openingHours', { ...values.openingHours, open: e.target.value })} />}</Field>
            <Field label={t(staffText.closes)}>{(id) => <input id={id} type="time" value={values.openingHours.close} onChange={(e) => set('openingHours', { ...values.openingHours, close: e.target.value })} />}</Field>
          </div>
          <div className="staff-row" role="group" aria-label={t(staffText.openDays)}>
            {days.map((d, i) => (
              <label key={d} className="staff-check">
                <input
                  type="checkbox"
                  checked={values.openingHours.days.includes(i)}
                  onChange={(e) => set('openingHours', { ...values.openingHours, days: e.target.checked ? [...values.openingHours.days, i].sort() : values.openingHours.days.filter((x) => x !== i) })}
                />{' '}
                {d}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t(staffText.boardLanguages)}</legend>
          {LANGS.map((lang) => (
            <label key={lang} className="staff-check">
              <input type="checkbox" checked={values.boardLanguages.includes(lang)} onChange={(e) => set('boardLanguages', LANGS.filter((x) => (x === lang ? e.target.checked : values.boardLanguages.includes(x))))} />{' '}
              {LANGUAGE_NAMES[lang]}
            </label>
          ))}
        </fieldset>
        <Field label={t(staffText.kioskIdleSeconds)}>{(id) => <input id={id} type="number" value={Number.isNaN(values.kioskIdleSeconds) ? '' : values.kioskIdleSeconds} onChange={(e) => set('kioskIdleSeconds', numberOf(e.target.value))} />}</Field>
        <Field label={t(staffText.staffIdleMinutes)}>{(id) => <input id={id} type="number" value={Number.isNaN(values.staffIdleMinutes) ? '' : values.staffIdleMinutes} onChange={(e) => set('staffIdleMinutes', numberOf(e.target.value))} />}</Field>
        <Field label={t(staffText.printerName)}>{(id) => <input id={id} value={values.printerName} onChange={(e) => set('printerName', e.target.value)} />}</Field>
        <fieldset>
          <legend>{t(staffText.priorityRule)}</legend>
          {(['consecutivePriorityCap', 'maxWaitMinutes', 'noShowAfterCalls', 'defaultServiceMinutes'] as const).map((k) => (
            <Field key={k} label={t(staffText[k])}>
              {(id) => <input id={id} type="number" value={Number.isNaN(values[k]) ? '' : values[k]} onChange={(e) => set(k, numberOf(e.target.value))} />}
            </Field>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(staffText.enabledWalkthroughs)}</legend>
          <label className="staff-check">
            <input type="checkbox" checked={values.enabledWalkthroughs === null} onChange={(e) => set('enabledWalkthroughs', e.target.checked ? null : guides.map((g) => g.id))} /> {t(staffText.allWalkthroughs)}
          </label>
          {values.enabledWalkthroughs !== null &&
            guides.map((g) => (
              <label key={g.id} className="staff-check">
                <input
                  type="checkbox"
                  checked={values.enabledWalkthroughs!.includes(g.id)}
                  onChange={(e) => set('enabledWalkthroughs', e.target.checked ? [...values.enabledWalkthroughs!, g.id] : values.enabledWalkthroughs!.filter((x) => x !== g.id))}
                />{' '}
                {l(g.title)}
              </label>
            ))}
        </fieldset>
        <fieldset>
          <legend>{t(staffText.retention)}</legend>
          <Field label={t(staffText.personalRetentionDays)}>{(id) => <input id={id} type="number" value={Number.isNaN(values.personalRetentionDays) ? '' : values.personalRetentionDays} onChange={(e) => set('personalRetentionDays', numberOf(e.target.value))} />}</Field>
          <Field label={t(staffText.sessionRetentionMonths)}>{(id) => <input id={id} type="number" value={Number.isNaN(values.sessionRetentionMonths) ? '' : values.sessionRetentionMonths} onChange={(e) => set('sessionRetentionMonths', numberOf(e.target.value))} />}</Field>
        </fieldset>
        {errorKey && (
          <div role="alert" className="error">
            <p>{badFields.length ? t(staffText.settingsBad) : t(errorMessage(errorKey))}</p>
            {badFields.length > 0 && (
              <ul>
                {badFields.map((f) => (
                  <li key={f}>{t(staffText.fieldBad, { field: FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f })}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {saved && <p role="status">{t(staffText.settingsSaved)}</p>}
        <button type="submit" className="primary" disabled={action.busy}>
          {t(staffText.saveSettings)}
        </button>
      </form>
      <Volunteers />
      <ChangePin />
    </section>
  );
}

function Volunteers() {
  const t = useT();
  const list = useLive((p) => p.call('staff.volunteers', {}));
  const volunteers = list.value ?? [];
  const reload = list.reload;
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const action = useAction();
  const errorKey = action.errorKey ?? list.errorKey;
  return (
    <>
      <form
        className="staff-card"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await action.call('staff.saveVolunteer', { displayName: name, team })) {
            setName('');
            setTeam('');
          }
          reload();
        }}
      >
        <h3>{t(staffText.volunteerList)}</h3>
        <ul className="staff-plain-list">
          {volunteers.map((v) => (
            <li key={v.id}>
              <label className="staff-check">
                <input type="checkbox" checked={v.active} onChange={async (e) => (await action.call('staff.saveVolunteer', { id: v.id, displayName: v.displayName, team: v.team, active: e.target.checked }), reload())} />{' '}
                {v.displayName}
                {v.team ? ` — ${v.team}` : ''} ({t(staffText.active)})
              </label>
            </li>
          ))}
        </ul>
        <Field label={t(staffText.volunteerName)}>{(id) => <input id={id} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label={t(staffText.volunteerTeam)}>{(id) => <input id={id} value={team} onChange={(e) => setTeam(e.target.value)} />}</Field>
        <button type="submit" disabled={!name.trim() || action.busy}>
          {t(staffText.addVolunteer)}
        </button>
      </form>
      {errorKey && <p role="alert" className="error">{t(errorMessage(errorKey))}</p>}
    </>
  );
}

function ChangePin() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();
  return (
    <form
      className="staff-card"
      onSubmit={async (e) => {
        e.preventDefault();
        setDone(false);
        const ok = await action.call('staff.changePin', { currentPin: current, newPin: next });
        setCurrent('');
        setNext('');
        if (ok) setDone(true);
      }}
    >
      <h3>{t(staffText.changePinTitle)}</h3>
      <Field label={t(staffText.currentPin)}>{(id) => <input id={id} type="password" inputMode="numeric" autoComplete="off" value={current} onChange={(e) => setCurrent(e.target.value.replace(/\D/g, ''))} />}</Field>
      <Field label={t(staffText.newPin)}>{(id) => <input id={id} type="password" inputMode="numeric" autoComplete="off" value={next} onChange={(e) => setNext(e.target.value.replace(/\D/g, ''))} />}</Field>
      {action.errorKey && <p role="alert" className="error">{t(errorMessage(action.errorKey))}</p>}
      {done && <p role="status">{t(staffText.pinChanged)}</p>}
      <button type="submit" disabled={action.busy || current.length < 6 || next.length < 6}>
        {t(staffText.changePin)}
      </button>
    </form>
  );
}
