import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Walkthrough } from '../../contract/walkthrough';
import type { AppInfo, IssuedTicket, WalkthroughSummary } from '../../contract/dto';
import { CallFailed } from '../../renderer/platform/client';
import { createFakePlatform, type FakeHandlers } from '../../renderer/platform/fake';
import { createKioskStore } from '../../renderer/screens/kiosk/kiosk-store';
import { resetForNextVisitor } from '../../renderer/screens/kiosk/new-visitor';
import { usePreferences } from '../../renderer/state/preferences';
import { DEFAULT_VOLUME_STEP, useSpeech } from '../../renderer/speech/speech-store';

/** The kiosk's navigation rules, on the store alone: a fake platform answers the core's part. */

const FOLDER = path.resolve(import.meta.dirname, '../../assets/walkthroughs');
const shipped = fs
  .readdirSync(FOLDER)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => Walkthrough.parse(JSON.parse(fs.readFileSync(path.join(FOLDER, f), 'utf8'))));
/** A guide whose safety warning is not on its first step, so the gate is met on the way. */
const guide = shipped.find((w) => w.steps.findIndex((s) => s.safety) > 0 && w.questions.length > 0)!;
const safetyIndex = guide.steps.findIndex((s) => s.safety);

const INFO: AppInfo = { pointName: 'Điểm thử', province: 'Hà Nội', timeZone: 'Asia/Ho_Chi_Minh', today: '2025-03-04', version: 'test', kioskIdleSeconds: 120 };
const SUMMARY: WalkthroughSummary = { id: guide.id, code: guide.code, icon: guide.icon, title: guide.title, goal: guide.goal, stepCount: guide.steps.length };
const TICKET: IssuedTicket = {
  id: 1,
  displayNumber: 'A001',
  category: guide.id,
  issuedAt: '2025-03-04T02:00:00.000Z',
  peopleAhead: 0,
  estimatedWaitMinutes: 0,
  serviceTitle: guide.title,
  takeHomeLink: null,
  pointName: INFO.pointName,
  timeZone: INFO.timeZone,
};

function setup(handlers: FakeHandlers = {}) {
  const platform = createFakePlatform({
    'app.info': () => INFO,
    'catalog.list': () => [SUMMARY],
    'catalog.get': () => guide,
    'queue.issueTicket': () => TICKET,
    ...handlers,
  });
  const store = createKioskStore(platform);
  return { platform, store, kiosk: () => store.getState() };
}

/** Opens the guide and reads up to step `index` (unread warnings on the way are confirmed). */
async function readTo(k: ReturnType<typeof setup>['kiosk'], index: number) {
  await k().openWalkthrough(guide.id);
  k().begin('guide');
  for (let i = 0; i < index; i++) {
    const step = guide.steps[i]!;
    if (step.safety) k().readSafety(step.id);
    k().next();
  }
}

describe('the kiosk store', () => {
  it('loads the catalogue once for every visitor, and says why when it cannot', async () => {
    const { kiosk } = setup();
    await kiosk().load();
    expect(kiosk().catalog.map((w) => w.id)).toEqual([guide.id]);
    expect(kiosk().info?.pointName).toBe(INFO.pointName);

    const down = setup({ 'catalog.list': () => Promise.reject(new CallFailed({ code: 'unavailable', messageKey: 'error.unavailable' })) });
    await down.kiosk().load();
    expect(down.kiosk().catalogError).toBe('error.unavailable');
  });

  it('next: the steps in order, then the questions, then the end', async () => {
    const { kiosk } = setup();
    await kiosk().openWalkthrough(guide.id);
    expect(kiosk().view).toEqual({ name: 'intro' });
    kiosk().begin('practice');
    expect(kiosk().mode).toBe('practice');
    for (let i = 0; i < guide.steps.length; i++) {
      expect(kiosk().view).toEqual({ name: 'step', index: i });
      const step = guide.steps[i]!;
      if (step.safety) kiosk().readSafety(step.id);
      kiosk().next();
    }
    for (let i = 0; i < guide.questions.length; i++) {
      expect(kiosk().view).toEqual({ name: 'quiz', index: i });
      kiosk().next();
    }
    expect(kiosk().view).toEqual({ name: 'finish' });
  });

  it('the safety gate: a step with a warning cannot be left until it is read', async () => {
    const { kiosk } = setup();
    await readTo(kiosk, safetyIndex);
    const step = guide.steps[safetyIndex]!;
    kiosk().next();
    kiosk().next();
    expect(kiosk().view).toEqual({ name: 'step', index: safetyIndex });
    kiosk().readSafety(step.id);
    kiosk().next();
    expect(kiosk().view).not.toEqual({ name: 'step', index: safetyIndex });
  });

  it('goBack returns to exactly the view before, and does nothing on the first page', async () => {
    const { kiosk } = setup();
    kiosk().goBack();
    expect(kiosk().view).toEqual({ name: 'home' });
    await readTo(kiosk, 2);
    kiosk().wrongTap();
    kiosk().goBack();
    expect(kiosk().view).toEqual({ name: 'step', index: 1 });
    expect(kiosk().wrongTaps).toBe(0);
    kiosk().goBack();
    kiosk().goBack();
    expect(kiosk().view).toEqual({ name: 'intro' });
    kiosk().goBack();
    expect(kiosk().view).toEqual({ name: 'home' });
    expect(kiosk().history).toEqual([]);
  });

  it('takeTicket: asks the core with the topic, the priority and the step reached, then shows the number', async () => {
    const { kiosk, platform } = setup();
    await readTo(kiosk, 2);
    kiosk().askForHelp();
    expect(kiosk().view).toEqual({ name: 'help-topic' });
    expect(kiosk().helpTopic).toBe(guide.id);
    // "Call a volunteer" again while already asking does nothing.
    kiosk().askForHelp();
    expect(kiosk().history.filter((v) => v.name === 'help-topic')).toEqual([]);
    kiosk().chooseTopic(guide.id);
    expect(kiosk().view).toEqual({ name: 'help-priority' });
    await kiosk().takeTicket('age60');
    expect(kiosk().view).toEqual({ name: 'ticket' });
    expect(kiosk().ticket?.displayNumber).toBe('A001');
    expect(kiosk().busy).toBe(false);
    expect(platform.calls.filter((c) => c.method === 'queue.issueTicket').map((c) => c.input)).toEqual([
      { category: guide.id, priorityReason: 'age60', walkthroughId: guide.id, stepReached: 2 },
    ]);
  });

  it('takeTicket: a double tap issues one ticket, and a second ask shows the same one', async () => {
    const { kiosk, platform } = setup();
    kiosk().askForHelp();
    kiosk().chooseTopic('other');
    await Promise.all([kiosk().takeTicket(null), kiosk().takeTicket(null)]);
    await kiosk().takeTicket(null);
    expect(platform.calls.filter((c) => c.method === 'queue.issueTicket')).toHaveLength(1);
    expect(platform.calls.find((c) => c.method === 'queue.issueTicket')?.input).toMatchObject({ category: 'other', walkthroughId: null, stepReached: null });
    kiosk().goBack();
    kiosk().askForHelp();
    expect(kiosk().view).toEqual({ name: 'ticket' });
  });

  it('takeTicket: a refusal stays on the page with the reason, and the next tap may try again', async () => {
    const { kiosk, platform } = setup({ 'queue.issueTicket': () => Promise.reject(new CallFailed({ code: 'invalid_input', messageKey: 'error.unknown_category' })) });
    kiosk().askForHelp();
    kiosk().chooseTopic('nonsense');
    await kiosk().takeTicket(null);
    expect(kiosk().view).toEqual({ name: 'help-priority' });
    expect(kiosk().errorKey).toBe('error.unknown_category');
    expect(kiosk().busy).toBe(false);
    await kiosk().takeTicket(null);
    expect(platform.calls.filter((c) => c.method === 'queue.issueTicket')).toHaveLength(2);
  });

  it('returnToGuide (and Back on the ticket) skip the help pages back to where the visitor was reading', async () => {
    const { kiosk } = setup();
    await readTo(kiosk, 1);
    kiosk().askForHelp();
    kiosk().chooseTopic(guide.id);
    await kiosk().takeTicket(null);
    kiosk().returnToGuide();
    expect(kiosk().view).toEqual({ name: 'step', index: 1 });
    kiosk().askForHelp();
    expect(kiosk().view).toEqual({ name: 'ticket' });
    kiosk().goBack();
    expect(kiosk().view).toEqual({ name: 'step', index: 1 });
    // The visitor reads on with the number in hand.
    const step = guide.steps[1]!;
    if (step.safety) kiosk().readSafety(step.id);
    kiosk().next();
    expect(kiosk().view).toEqual({ name: 'step', index: 2 });
  });

  it('start over: the next visitor finds the first page, Vietnamese and silence; the catalogue stays', async () => {
    const { kiosk, store, platform } = setup();
    await kiosk().load();
    await readTo(kiosk, 1);
    kiosk().answer('q', 'a');
    kiosk().askForHelp();
    kiosk().chooseTopic(guide.id);
    await kiosk().takeTicket(null);
    usePreferences.getState().toggleLang();
    usePreferences.getState().toggleContrast();
    useSpeech.getState().volumeUp();
    const visit = kiosk().visit;

    resetForNextVisitor(store, platform);

    expect(kiosk()).toMatchObject({ view: { name: 'home' }, history: [], walkthrough: null, ticket: null, helpTopic: null, answers: {}, safetyRead: [], busy: false, errorKey: null, visit: visit + 1 });
    expect(kiosk().catalog.map((w) => w.id)).toEqual([guide.id]);
    expect(usePreferences.getState()).toMatchObject({ lang: 'vi', highContrast: false, textSizeStep: 0 });
    expect(useSpeech.getState()).toMatchObject({ speaking: false, noVoice: false, volumeStep: DEFAULT_VOLUME_STEP });
  });
});
