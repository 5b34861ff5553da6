import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Walkthrough } from '../../contract/walkthrough';
import type { IssuedTicket } from '../../contract/dto';
import { speaksOnOpen, speechForView } from '../../renderer/screens/kiosk/view-speech';

const FOLDER = path.resolve(import.meta.dirname, '../../assets/walkthroughs');
const shipped = fs
  .readdirSync(FOLDER)
  .filter((f) => f.endsWith('.json'))
  .map((f) => Walkthrough.parse(JSON.parse(fs.readFileSync(path.join(FOLDER, f), 'utf8'))));
const withSafety = shipped.find((w) => w.steps.some((s) => s.safety))!;
const safetyIndex = withSafety.steps.findIndex((s) => s.safety);
const safetyStep = withSafety.steps[safetyIndex]!;

const visit = (over: Partial<Parameters<typeof speechForView>[0]>): Parameters<typeof speechForView>[0] => ({
  view: { name: 'home' },
  walkthrough: withSafety,
  safetyRead: [],
  answers: {},
  ticket: null,
  mode: 'guide',
  ...over,
});

describe('what the kiosk reads aloud', () => {
  it('reads an unread safety warning before the step, and the step once it is confirmed', () => {
    const before = speechForView(visit({ view: { name: 'step', index: safetyIndex } }), 'vi');
    expect(before.text).toContain(safetyStep.safety!.vi);
    expect(before.text).not.toContain(safetyStep.readAloud.vi);
    const after = speechForView(visit({ view: { name: 'step', index: safetyIndex }, safetyRead: [safetyStep.id] }), 'vi');
    expect(after.text).toContain(safetyStep.readAloud.vi);
    expect(after.text.startsWith(`Bước ${safetyIndex + 1} trên ${withSafety.steps.length}`)).toBe(true);
  });

  it('speaks the screen’s language, never the other one', () => {
    for (const w of shipped) {
      w.steps.forEach((step, index) => {
        const en = speechForView(visit({ walkthrough: w, view: { name: 'step', index }, safetyRead: w.steps.map((s) => s.id) }), 'en');
        expect(en.text).toContain(step.readAloud.en);
        expect(en.text).not.toContain(step.readAloud.vi);
      });
    }
  });

  it('offers the step’s recorded clips in guide mode, not while practising (the spoken prompt differs)', () => {
    const step = { ...withSafety.steps[0]!, audio: { vi: 'clip-vi.ogg' } };
    const w = { ...withSafety, steps: [step, ...withSafety.steps.slice(1)] };
    const safetyRead = w.steps.map((s) => s.id);
    expect(speechForView(visit({ walkthrough: w, view: { name: 'step', index: 0 }, safetyRead }), 'vi').clips).toEqual({ vi: 'clip-vi.ogg' });
    expect(speechForView(visit({ walkthrough: w, view: { name: 'step', index: 0 }, safetyRead, mode: 'practice' }), 'vi').clips ?? null).toBeNull();
  });

  it('reads a question with its choices, then the kind feedback once answered', () => {
    const q = withSafety.questions[0]!;
    const asked = speechForView(visit({ view: { name: 'quiz', index: 0 } }), 'vi').text;
    expect(asked).toContain(q.prompt.vi);
    for (const o of q.options) expect(asked).toContain(o.label.vi);
    const wrong = q.options.find((o) => !o.correct) ?? q.options[0]!;
    const answered = speechForView(visit({ view: { name: 'quiz', index: 0 }, answers: { [q.id]: wrong.id } }), 'vi').text;
    expect(answered).toContain(wrong.feedback.vi);
  });

  it('spells the ticket number and says the wait with “about”', () => {
    const ticket = { displayNumber: 'A012', peopleAhead: 3, estimatedWaitMinutes: 15 } as IssuedTicket;
    expect(speechForView(visit({ view: { name: 'ticket' }, ticket }), 'vi').text).toContain('A 0 1 2');
    expect(speechForView(visit({ view: { name: 'ticket' }, ticket }), 'vi').text).toContain('khoảng 15 phút');
    expect(speechForView(visit({ view: { name: 'ticket' }, ticket }), 'en').text).toContain('about 15 minutes');
  });

  it('does not talk to an empty room: only the first page stays silent when it opens', () => {
    expect(speaksOnOpen({ name: 'home' })).toBe(false);
    expect(speaksOnOpen({ name: 'intro' })).toBe(true);
    expect(speaksOnOpen({ name: 'step', index: 0 })).toBe(true);
  });
});
