/**
 * The province dashboard: one small React page, served by the province server and bundled by
 * esbuild. It talks only to the server's admin API (same origin, cookie session).
 */
import { StrictMode, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createAdminUnitIndex, type Commune, type Province } from '../../contract/admin-units';
import { INDICATOR_BY_CODE, INDICATORS, formatDimensions, type IndicatorRow, type PeriodGrain } from '../../contract/indicators';
import type { SyncErrorBody } from '../../contract/sync';
import type { Grouping, IssuedEnrolment, PointListEntry } from '../../contract/province-admin';
import { say, type Lang, type TextKey } from './text';

type Say = (key: TextKey, vars?: Record<string, string | number>) => string;

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: SyncErrorBody | null,
  ) {
    super(body?.error.messageKey ?? `HTTP ${status}`);
  }
}

async function api<T>(path: string, init: { method?: string; json?: unknown; body?: string } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? (init.json !== undefined || init.body !== undefined ? 'POST' : 'GET'),
    headers: init.json !== undefined ? { 'Content-Type': 'application/json' } : {},
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    credentials: 'same-origin',
  });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) throw new ApiError(res.status, body as SyncErrorBody | null);
  return body as T;
}

function ErrorLine({ error, lang }: { error: unknown; lang: Lang }) {
  if (!error) return null;
  const message = error instanceof ApiError && error.body ? error.body.error.message[lang] : String(error);
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const when = (iso: string | null, lang: Lang, never: string) => (iso ? new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') : never);

function App() {
  const [lang, setLang] = useState<Lang>('vi');
  const t: Say = useCallback((key, vars) => say(lang, key, vars), [lang]);
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);
  useEffect(() => {
    api('/admin/api/me').then(
      () => setSignedIn(true),
      () => setSignedIn(false),
    );
  }, []);
  return (
    <>
      <header>
        <h1>{t('title')}</h1>
        <div className="row">
          <button type="button" lang={lang === 'vi' ? 'en' : 'vi'} onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
            {t('language')}
          </button>
          {signedIn && (
            <button type="button" onClick={() => void api('/admin/api/sign-out', { json: {} }).finally(() => setSignedIn(false))}>
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      <main>
        {signedIn === null && <p>{t('loading')}</p>}
        {signedIn === false && <SignIn t={t} lang={lang} onDone={() => setSignedIn(true)} />}
        {signedIn && <Signed t={t} lang={lang} />}
      </main>
    </>
  );
}

function SignIn({ t, lang, onDone }: { t: Say; lang: Lang; onDone(): void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <section aria-labelledby="sign-in">
      <h2 id="sign-in">{t('signIn')}</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          api('/admin/api/sign-in', { json: { password } }).then(onDone, setError);
        }}
      >
        <label>
          {t('password')}
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button className="primary" type="submit">
          {t('signInButton')}
        </button>
      </form>
      <ErrorLine error={error} lang={lang} />
    </section>
  );
}

interface Units {
  provinces: Province[];
  communes: Commune[];
}

function Signed({ t, lang }: { t: Say; lang: Lang }) {
  const [units, setUnits] = useState<Units | null>(null);
  const [points, setPoints] = useState<PointListEntry[]>([]);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    api<{ points: PointListEntry[] }>('/admin/api/points').then((r) => setPoints(r.points), setError);
  }, []);
  useEffect(() => {
    api<Units>('/admin/api/units').then(setUnits, setError);
    reload();
  }, [reload]);
  const communeName = useMemo(() => {
    const byCode = new Map(units?.communes.map((c) => [c.code, c.name]) ?? []);
    return (code: string) => byCode.get(code) ?? code;
  }, [units]);
  return (
    <>
      <ErrorLine error={error} lang={lang} />
      <PointsSection t={t} lang={lang} points={points} communeName={communeName} reload={reload} units={units} />
      <IndicatorsSection t={t} lang={lang} communeName={communeName} />
      <BundleSection t={t} lang={lang} onImported={reload} />
    </>
  );
}

function PointsSection({ t, lang, points, communeName, reload, units }: { t: Say; lang: Lang; points: PointListEntry[]; communeName(code: string): string; reload(): void; units: Units | null }) {
  const [issued, setIssued] = useState<IssuedEnrolment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act = (p: PointListEntry, action: 'retire' | 'reissue') => {
    if (action === 'retire' && !window.confirm(t('confirmRetire', { code: p.pointCode }))) return;
    api<IssuedEnrolment | { ok: true }>(`/admin/api/points/${p.id}/${action}`, { json: {} }).then((r) => {
      if ('enrolmentCode' in r) setIssued(r);
      reload();
    }, setError);
  };
  return (
    <section aria-labelledby="points">
      <h2 id="points">{t('points')}</h2>
      <table>
        <caption className="visually-hidden">{t('points')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pointCode')}</th>
            <th scope="col">{t('label')}</th>
            <th scope="col">{t('commune')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('lastSync')}</th>
            <th scope="col" className="num">
              {t('pending')}
            </th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.pointCode}</th>
              <td>{p.label}</td>
              <td>{communeName(p.communeCode)}</td>
              <td>{t(p.state)}</td>
              <td>
                {when(p.lastSyncAt, lang, t('never'))}
                {p.lastSyncVia ? ` (${t(p.lastSyncVia === 'bundle' ? 'bundle' : 'online')})` : ''}
              </td>
              <td className="num">{p.pendingRows ?? '—'}</td>
              <td>
                {p.state === 'awaiting-enrolment' && (
                  <button type="button" onClick={() => act(p, 'reissue')}>
                    {t('reissue')}
                  </button>
                )}{' '}
                {p.state !== 'retired' && (
                  <button type="button" onClick={() => act(p, 'retire')} aria-label={`${t('retire')} ${p.pointCode}`}>
                    {t('retire')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorLine error={error} lang={lang} />
      {issued && (
        <div className="notice" role="status">
          <p>{t('issued', { code: issued.pointCode, expires: when(issued.expiresAt, lang, '') })}</p>
          <p className="code">{issued.enrolmentCode}</p>
        </div>
      )}
      {units && (
        <AddPoint
          t={t}
          lang={lang}
          units={units}
          onIssued={(i) => {
            setIssued(i);
            reload();
          }}
        />
      )}
    </section>
  );
}

/** Search-as-you-type over the official list: a labelled combobox with a listbox of matches. */
function AddPoint({ t, lang, units, onIssued }: { t: Say; lang: Lang; units: Units; onIssued(i: IssuedEnrolment): void }) {
  const index = useMemo(() => createAdminUnitIndex({ provinces: units.provinces }, { communes: units.communes }), [units]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Commune | null>(null);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<unknown>(null);
  const listId = useId();
  const matches = query && !chosen ? index.searchCommunes(query, { limit: 8 }) : [];
  const provinceName = (code: string) => index.province(code)?.name ?? code;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen) return;
        api<IssuedEnrolment>('/admin/api/points', { json: { communeCode: chosen.code, label } }).then((i) => {
          onIssued(i);
          setQuery('');
          setChosen(null);
          setLabel('');
          setError(null);
        }, setError);
      }}
    >
      <h3>{t('addPoint')}</h3>
      <div className="row">
        <label>
          {t('communeSearch')}
          <input
            role="combobox"
            aria-expanded={matches.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            value={chosen ? `${chosen.name} (${chosen.code})` : query}
            onChange={(e) => {
              setChosen(null);
              setQuery(e.target.value);
            }}
          />
        </label>
        <label>
          {t('label')}
          <input value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button className="primary" type="submit" disabled={!chosen}>
          {t('create')}
        </button>
      </div>
      {query && !chosen && matches.length === 0 && <p role="status">{t('noMatch')}</p>}
      <ul className="suggestions" id={listId} role="listbox" hidden={matches.length === 0}>
        {matches.map((m) => (
          <li key={m.item.code} role="option" aria-selected={false}>
            <button type="button" onClick={() => setChosen(m.item)}>
              {m.item.name} — {provinceName(m.item.provinceCode)} ({m.item.code})
            </button>
          </li>
        ))}
      </ul>
      <ErrorLine error={error} lang={lang} />
    </form>
  );
}

function BarChart({ title, bars, t }: { title: string; bars: { label: string; value: number }[]; t: Say }) {
  const captionId = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 24;
  const labelWidth = 120;
  const width = 560;
  const height = Math.max(rowHeight, bars.length * rowHeight);
  return (
    <figure aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <div className="chart-body">
        <svg role="img" aria-label={t('chartOf', { title })} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
          {bars.map((b, i) => {
            const w = Math.round(((width - labelWidth - 60) * b.value) / max);
            const y = i * rowHeight;
            return (
              <g key={b.label}>
                <text x={labelWidth - 8} y={y + rowHeight * 0.68} textAnchor="end" className="chart-label">
                  {b.label}
                </text>
                <rect x={labelWidth} y={y + 3} width={w} height={rowHeight - 6} className="chart-bar" />
                <text x={labelWidth + w + 6} y={y + rowHeight * 0.68} className="chart-value">
                  {b.value}
                </text>
              </g>
            );
          })}
        </svg>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              <th scope="col" className="num">
                {title}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td className="num">{b.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function IndicatorsSection({ t, lang, communeName }: { t: Say; lang: Lang; communeName(code: string): string }) {
  const [from, setFrom] = useState(daysAgo(29));
  const [to, setTo] = useState(today());
  const [grain, setGrain] = useState<PeriodGrain>('day');
  const [by, setBy] = useState<Grouping>('commune');
  const [indicator, setIndicator] = useState('visits');
  const [rows, setRows] = useState<IndicatorRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const query = new URLSearchParams({ from, to, grain, by }).toString();
  const load = useCallback(() => {
    setError(null);
    api<{ rows: IndicatorRow[] }>(`/admin/api/indicators?${query}`).then((r) => setRows(r.rows), setError);
  }, [query]);
  useEffect(load, [load]);

  const def = INDICATOR_BY_CODE.get(indicator)!;
  const mine = (rows ?? []).filter((r) => r.indicator === indicator);
  const periods = [...new Set(mine.map((r) => r.period))].sort();
  const groups = [...new Set(mine.map((r) => r.pointCode))].sort();
  const cells = new Map<string, number>();
  for (const r of mine) cells.set(`${r.pointCode}|${r.period}`, (cells.get(`${r.pointCode}|${r.period}`) ?? 0) + r.value);
  const perPeriod = periods.map((p) => ({ label: p, value: groups.reduce((n, g) => n + (cells.get(`${g}|${p}`) ?? 0), 0) }));
  const groupLabel = (code: string) => (by === 'commune' ? `${communeName(code.slice(3))} (${code})` : code);
  const dims = [...new Set(mine.map((r) => formatDimensions(r.dimensions)))].sort();

  return (
    <section aria-labelledby="indicators">
      <h2 id="indicators">{t('indicators')}</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          load();
        }}
      >
        <label>
          {t('from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
        <label>
          {t('to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
        </label>
        <label>
          {t('grain')}
          <select value={grain} onChange={(e) => setGrain(e.target.value as PeriodGrain)}>
            <option value="day">{t('day')}</option>
            <option value="week">{t('week')}</option>
            <option value="month">{t('month')}</option>
          </select>
        </label>
        <label>
          {t('by')}
          <select value={by} onChange={(e) => setBy(e.target.value as Grouping)}>
            <option value="province">{t('province')}</option>
            <option value="commune">{t('commune')}</option>
            <option value="point">{t('point')}</option>
          </select>
        </label>
        <label>
          {t('indicator')}
          <select value={indicator} onChange={(e) => setIndicator(e.target.value)}>
            {INDICATORS.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('show')}
        </button>
        <a href={`/admin/api/export.csv?${query}`} download>
          {t('downloadCsv')}
        </a>
        <a href={`/admin/api/export.xlsx?${query}`} download>
          {t('downloadXlsx')}
        </a>
      </form>
      <p className="notice">
        {def.definition[lang]} {t('unitNote')}
      </p>
      <ErrorLine error={error} lang={lang} />
      {rows === null && !error && <p>{t('loading')}</p>}
      {rows !== null && mine.length === 0 && <p>{t('noData')}</p>}
      {mine.length > 0 && (
        <>
          <BarChart t={t} title={`${def.name[lang]} (${def.unit[lang]})`} bars={perPeriod} />
          <table>
            <caption>
              {def.name[lang]} — {t(by === 'province' ? 'province' : by)} × {t('period')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(by === 'province' ? 'province' : by)}</th>
                {periods.map((p) => (
                  <th key={p} scope="col" className="num">
                    {p}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g}>
                  <th scope="row">{groupLabel(g)}</th>
                  {periods.map((p) => (
                    <td key={p} className="num">
                      {cells.get(`${g}|${p}`) ?? 0}
                    </td>
                  ))}
                  <td className="num">{periods.reduce((n, p) => n + (cells.get(`${g}|${p}`) ?? 0), 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {def.dimensions.length > 0 && (
            <table>
              <caption>
                {def.name[lang]} — {def.dimensions.join(' × ')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{def.dimensions.join(' × ')}</th>
                  <th scope="col" className="num">
                    {t('total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {dims.map((d) => (
                  <tr key={d}>
                    <th scope="row">{d}</th>
                    <td className="num">{mine.filter((r) => formatDimensions(r.dimensions) === d).reduce((n, r) => n + r.value, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

function BundleSection({ t, lang, onImported }: { t: Say; lang: Lang; onImported(): void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <section aria-labelledby="bundles">
      <h2 id="bundles">{t('importBundle')}</h2>
      <label>
        {t('chooseFile')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setMessage(null);
            setError(null);
            void file.text().then((text) =>
              api<{ pointCode: string; rows: number; applied: number }>('/admin/api/bundles', { body: text }).then((r) => {
                setMessage(t('imported', { code: r.pointCode, rows: r.rows, applied: r.applied }));
                onImported();
              }, setError),
            );
          }}
        />
      </label>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ErrorLine error={error} lang={lang} />
    </section>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
