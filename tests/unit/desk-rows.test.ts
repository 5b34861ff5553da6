import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import type { StaffSignIn } from '../../contract/staff-dto';
import type { DeskOverview } from '../../contract/dto';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import type { CallContext } from '../../core/dispatcher';

const DESK: CallContext = { role: 'volunteer', actor: 'desk' };

/** The desks named in settings have their rows from the start and as soon as they are named; reading them writes nothing. */
describe('desk rows', () => {
  const temp = makeTempDir();
  let hp: HelpPoint;
  let staff: CallContext;
  const overview = async () => ((await hp.dispatch('desk.overview', {}, DESK)) as { ok: true; value: DeskOverview }).value;
  const deskRows = () => hp.db.prepare('SELECT label FROM desks ORDER BY id').all();
  /** The SQL of every statement that could write, prepared while `run` runs. */
  const writesDuring = async (run: () => Promise<unknown>) => {
    const writes: string[] = [];
    const prepare = hp.db.prepare.bind(hp.db);
    hp.db.prepare = ((sql: string) => {
      const statement = prepare(sql);
      if (!statement.readonly) writes.push(sql);
      return statement;
    }) as typeof hp.db.prepare;
    try {
      await run();
    } finally {
      delete (hp.db as { prepare?: unknown }).prepare;
    }
    return writes;
  };

  beforeAll(async () => {
    hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, log: () => undefined });
    const signIn = (await hp.dispatch('staffAuth.setFirstPin', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    staff = { ...DESK, staffToken: signIn.value.token };
  });
  afterAll(() => {
    hp.close();
    temp.cleanup();
  });

  it('has a row for each desk in the default settings once the point is open', () => {
    expect(deskRows()).toEqual([{ label: '1' }, { label: '2' }]);
  });

  it('reads the desk overview without writing to the data file', async () => {
    await overview();
    expect(await writesDuring(async () => expect((await overview()).desks.map((d) => d.label)).toEqual(['1', '2']))).toEqual([]);
    // The spy does see writes: signing in is one.
    expect(await writesDuring(() => hp.dispatch('desk.signIn', { deskId: 1, name: 'Bình', team: '' }, DESK))).not.toEqual([]);
    await hp.dispatch('desk.signOut', { deskId: 1 }, DESK);
  });

  it('gives a desk named in settings its row at once, so a volunteer can sign in there', async () => {
    expect(await hp.dispatch('staff.updateSettings', { deskLabels: ['1', '2', 'Bàn 3'] }, staff)).toMatchObject({ ok: true });
    expect(deskRows()).toEqual([{ label: '1' }, { label: '2' }, { label: 'Bàn 3' }]);
    const desk3 = (await overview()).desks.find((d) => d.label === 'Bàn 3')!;
    expect(await hp.dispatch('desk.signIn', { deskId: desk3.id, name: 'An', team: '' }, DESK)).toMatchObject({ ok: true, value: { label: 'Bàn 3', volunteer: { name: 'An' } } });
  });
});
