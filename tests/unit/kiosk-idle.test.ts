import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idlePhase, MIN_ANSWER_MS } from '../../renderer/screens/kiosk/idle-watch';

const RULES = { idleMs: 120_000, answerMs: 60_000 };

describe('the kiosk idle rule', () => {
  it('stays quiet for the idle time, then warns with the full minute left', () => {
    expect(idlePhase(119_999, 0, RULES)).toEqual({ phase: 'active' });
    expect(idlePhase(120_000, 0, RULES)).toEqual({ phase: 'warning', secondsLeft: 60 });
    expect(idlePhase(150_500, 0, RULES)).toEqual({ phase: 'warning', secondsLeft: 30 });
    expect(idlePhase(179_001, 0, RULES)).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(idlePhase(180_000, 0, RULES)).toEqual({ phase: 'reset' });
  });

  it('never gives less than a minute to answer, whatever is configured', () => {
    const short = { idleMs: 30_000, answerMs: 5_000 };
    expect(idlePhase(30_000, 0, short)).toEqual({ phase: 'warning', secondsLeft: MIN_ANSWER_MS / 1000 });
    expect(idlePhase(30_000 + MIN_ANSWER_MS - 1, 0, short).phase).toBe('warning');
  });

  it('a touch at any moment starts the count again, as often as the visitor likes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 179_000 }), { minLength: 1, maxLength: 50 }), (gaps) => {
        // Touch after each gap: as long as every gap is shorter than idle + answer, the visitor is never reset.
        let lastTouch = 0;
        for (const gap of gaps) {
          const now = lastTouch + gap;
          expect(idlePhase(now, lastTouch, RULES).phase).not.toBe('reset');
          lastTouch = now;
        }
      }),
    );
  });

  it('the warning countdown only goes down while nobody touches', () => {
    fc.assert(
      fc.property(fc.integer({ min: 120_000, max: 179_000 }), fc.integer({ min: 1, max: 59_000 }), (a, step) => {
        const first = idlePhase(a, 0, RULES);
        const later = idlePhase(a + step, 0, RULES);
        if (first.phase === 'warning' && later.phase === 'warning') expect(later.secondsLeft).toBeLessThanOrEqual(first.secondsLeft);
      }),
    );
  });
});
