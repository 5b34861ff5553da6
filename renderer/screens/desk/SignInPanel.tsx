import { useState } from 'react';
import type { DeskOverview } from '../../../contract/dto';
import { useT } from '../../i18n/i18n';
import type { Action } from '../../platform/use-action';
import { deskText, TEAMS } from './desk-messages';
import { CodeChoice } from './CodeChoice';
import { Toggle, ToggleGroup } from './controls';

/** Step one of a shift: pick the desk, then your name from the list (or type it once). */
export function SignInPanel({ overview, action, onSignedIn }: {
  overview: DeskOverview;
  action: Action;
  onSignedIn(deskId: number): void;
}) {
  const t = useT();
  const { busy } = action;
  const [deskId, setDeskId] = useState<number | null>(overview.desks.find((d) => !d.volunteer)?.id ?? null);
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');

  const signIn = async (who: { name: string; team: string }) => {
    if (deskId === null || !who.name.trim()) return;
    const desk = await action.call('desk.signIn', { deskId, name: who.name, team: who.team });
    if (desk) onSignedIn(desk.id);
  };

  return (
    <section aria-labelledby="signin-heading" className="desk-panel">
      <h2 id="signin-heading">{t(deskText.signInTitle)}</h2>
      <CodeChoice
        keepOne
        label={t(deskText.whichDesk)}
        codes={overview.desks.map((d) => d.id)}
        labels={(id) => {
          const d = overview.desks.find((x) => x.id === id)!;
          return d.volunteer ? t(deskText.deskTaken, { desk: d.label, name: d.volunteer.name }) : t(deskText.deskN, { desk: d.label });
        }}
        value={deskId}
        onChange={setDeskId}
      />
      {overview.volunteers.length > 0 && (
        <ToggleGroup label={t(deskText.knownVolunteers)}>
          {overview.volunteers.map((v) => (
            <button key={v.id} type="button" disabled={busy || deskId === null} onClick={() => void signIn(v)}>
              {v.name}
              {v.team && <span className="sub"> · {v.team}</span>}
            </button>
          ))}
        </ToggleGroup>
      )}
      <form
        className="signin-form"
        onSubmit={(e) => {
          e.preventDefault();
          void signIn({ name, team });
        }}
      >
        {overview.volunteers.length > 0 && <p className="group-label">{t(deskText.orNew)}</p>}
        <label>
          {t(deskText.name)}
          <input type="text" value={name} maxLength={60} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t(deskText.team)}
          <input type="text" value={team} maxLength={60} autoComplete="off" onChange={(e) => setTeam(e.target.value)} />
        </label>
        <div className="toggle-row" role="group" aria-label={t(deskText.team)}>
          {TEAMS.map((m) => (
            <Toggle key={m.vi} on={team === t(m)} onToggle={() => setTeam(team === t(m) ? '' : t(m))}>
              {t(m)}
            </Toggle>
          ))}
        </div>
        <button type="submit" className="primary" disabled={busy || deskId === null || !name.trim()}>
          {t(deskText.signIn)}
        </button>
      </form>
    </section>
  );
}
