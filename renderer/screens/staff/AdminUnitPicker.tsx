import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Commune, Province, SettingMatch } from '../../../contract/admin-units';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { useAction } from '../../platform/use-action';
import { useLive } from '../../platform/use-live';
import { loadAdminUnits, loadFormerUnits } from './admin-unit-data';
import { autoApply, communeOptions, matchLegacy, moveActive, pointCodeOf, provinceOptions, type AdminUnitValues, type LegacyMatches } from './admin-unit-model';
import { staffText } from './staff-messages';
import { syncText } from './sync-messages';
import { useStaffData } from './staff-data';
import './sync.css';

interface Unit {
  code: string;
  name: string;
}

/**
 * Search as you type over an official list (the WAI-ARIA combobox pattern): a text field
 * with a listbox under it, arrow keys and Home/End to move, Enter to choose, Escape to go
 * back to the chosen unit; a tap or click chooses too. The chosen unit is shown by name and code.
 */
function UnitCombobox<T extends Unit>({ label, selected, search, onPick, disabledText }: { label: string; selected: Unit | null; search(query: string): T[]; onPick(item: T): void; disabledText?: string | null }) {
  const t = useT();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(() => (open ? search(query ?? '') : []), [open, query, search]);
  const disabled = Boolean(disabledText);

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };
  const pick = (item: T) => {
    onPick(item);
    close();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      setActive(moveActive(active, options.length, e.key));
    } else if ((e.key === 'Home' || e.key === 'End') && open && options.length > 0) {
      e.preventDefault();
      setActive(moveActive(active, options.length, e.key));
    } else if (e.key === 'Enter') {
      // Never submits the settings form from here: Enter chooses.
      e.preventDefault();
      const item = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (open && item) pick(item);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  return (
    <div className="staff-field unit-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 && options[active] ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-chosen`}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={query ?? selected?.name ?? ''}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="unit-options" hidden={!open || options.length === 0}>
        {options.map((o, i) => (
          <li
            key={o.code}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // Keeps the focus in the field, so choosing by tap does not close the list first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            <span>{o.name}</span> <span className="unit-code">{o.code}</span>
          </li>
        ))}
      </ul>
      <p id={`${id}-chosen`} className="staff-sub" aria-live="polite">
        {disabledText ??
          (open && query !== null && options.length === 0
            ? t(syncText.noMatch)
            : open && query !== null
              ? t(syncText.matches, { n: options.length })
              : selected
                ? t(syncText.chosen, { name: selected.name, code: selected.code })
                : t(syncText.notChosen))}
      </p>
    </div>
  );
}

/** One free-text value that did not match by itself: what it may be, each a button to choose it. */
function LegacyFlag({ text, match, onChoose }: { text: string; match: SettingMatch; onChoose(unit: Unit): void }) {
  const t = useT();
  if (match.status === 'matched') return null;
  const lead = match.status === 'former' ? syncText.legacyFormer : match.status === 'ambiguous' ? syncText.legacyAmbiguous : syncText.legacyUnmatched;
  return (
    <div className="staff-notice">
      <p>{t(lead, { text })}</p>
      {match.candidates.length > 0 ? (
        <div className="staff-row">
          {match.candidates.map((c) => (
            <button key={c.code} type="button" onClick={() => onChoose(c)}>
              {t(syncText.useCandidate, { name: c.name, code: c.code })}
            </button>
          ))}
        </div>
      ) : (
        <p>{t(syncText.legacyNone)}</p>
      )}
    </div>
  );
}

/**
 * The settings' location: province and commune from the official lists (search as you type),
 * the point's number and the code they make. Free text saved before the codes existed is
 * matched once: a sure match is saved at once (and said so), anything else is shown to staff.
 */
export function AdminUnitFields({ values, onChange }: { values: AdminUnitValues; onChange(patch: Partial<AdminUnitValues>): void }) {
  const t = useT();
  const numberId = useId();
  const { settings, settingsSaved } = useStaffData();
  const lists = useLive(() => loadAdminUnits());
  const sync = useLive((p) => p.call('staff.sync.status', {}));
  // Only an install whose saved settings still hold free text without codes loads the former units.
  const legacyText = (!settings.provinceCode && settings.province.trim() !== '') || (!settings.communeCode && settings.commune.trim() !== '');
  const [legacy, setLegacy] = useState<LegacyMatches | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const action = useAction();
  const once = useRef(false);
  const data = lists.value;

  useEffect(() => {
    if (!data || !legacyText || once.current) return;
    once.current = true;
    const saved = { province: settings.province, commune: settings.commune, provinceCode: settings.provinceCode, communeCode: settings.communeCode, pointNumber: settings.pointNumber };
    void loadFormerUnits()
      .then(async (former) => {
        const matches = matchLegacy(data.index, former, saved);
        setLegacy(matches);
        const patch = autoApply(data.index, saved, matches);
        if (!patch) return;
        const next = await action.call('staff.updateSettings', patch);
        if (!next) return;
        settingsSaved(next);
        onChange({ province: next.province, commune: next.commune, provinceCode: next.provinceCode, communeCode: next.communeCode });
        setApplied([next.province, patch.communeCode ? next.commune : null].filter(Boolean).join(', '));
      })
      .catch(() => setLegacy(null));
  }, [data, legacyText, settings, settingsSaved, action, onChange]);

  if (!data) return lists.errorKey ? <p role="alert" className="error">{t(errorMessage(lists.errorKey))}</p> : <p>{t(syncText.unitsLoading)}</p>;

  const province = values.provinceCode ? (data.index.province(values.provinceCode) ?? null) : null;
  const commune = values.communeCode ? (data.index.commune(values.communeCode) ?? null) : null;
  const chooseProvince = (p: Unit) => {
    const keep = commune && commune.provinceCode === p.code;
    onChange({ provinceCode: p.code, province: p.name, ...(keep ? {} : { communeCode: '', commune: '' }) });
  };
  const chooseCommune = (c: Unit) => {
    const unit = data.index.commune(c.code);
    const home = unit ? data.index.province(unit.provinceCode) : undefined;
    onChange({ communeCode: c.code, commune: c.name, ...(home ? { provinceCode: home.code, province: home.name } : {}) });
  };
  const code = sync.value?.pointCode ? null : pointCodeOf(values);

  return (
    <fieldset className="unit-fields">
      <legend>{t(syncText.unitsTitle)}</legend>
      <p className="staff-sub">{t(syncText.unitsHelp)}</p>
      <UnitCombobox<Province> label={t(staffText.province)} selected={province} search={(q) => provinceOptions(data.index, data.provinces, q)} onPick={chooseProvince} />
      {legacy?.province && !values.provinceCode && <LegacyFlag text={settings.province} match={legacy.province} onChoose={chooseProvince} />}
      <UnitCombobox<Commune>
        label={t(staffText.commune)}
        selected={commune}
        search={(q) => communeOptions(data.index, values.provinceCode, q)}
        onPick={chooseCommune}
        disabledText={values.provinceCode ? null : t(syncText.pickProvinceFirst)}
      />
      {legacy?.commune && !values.communeCode && <LegacyFlag text={settings.commune} match={legacy.commune} onChoose={chooseCommune} />}
      {applied && <p role="status">{t(syncText.autoMatched, { names: applied })}</p>}
      {action.errorKey && <p role="alert" className="error">{t(errorMessage(action.errorKey))}</p>}
      <div className="staff-field">
        <label htmlFor={numberId}>{t(syncText.pointNumber)}</label>
        <input
          id={numberId}
          type="number"
          min={1}
          max={99}
          inputMode="numeric"
          value={values.pointNumber ?? ''}
          onChange={(e) => onChange({ pointNumber: e.target.value.trim() === '' ? null : Number(e.target.value) })}
        />
      </div>
      <p className="staff-sub" aria-live="polite">
        {sync.value?.pointCode
          ? t(syncText.pointCodeFromProvince, { code: sync.value.pointCode })
          : code
            ? `${t(syncText.pointCode)}: ${code}`
            : t(syncText.pointCodeIncomplete)}
      </p>
    </fieldset>
  );
}
