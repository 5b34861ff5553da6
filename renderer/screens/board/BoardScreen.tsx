import { useEffect, useRef, useState } from 'react';
import { useNow } from '../../components/use-now';
import { format, useT, type Msg, type Vars } from '../../i18n/i18n';
import type { BoardView } from '../../../contract/dto';
import { usePlatform } from '../../platform/platform-context';
import { useLive } from '../../platform/use-live';
import { announcementTexts, createBoardVoice, playChime, type Announcement, type Call } from './announcer';
import { boardText } from './board-messages';
import './board.css';

/**
 * The TV board: now serving, the next numbers, the time — numbers and desks only.
 * On each new call (or recall) it chimes and announces; the announcement is also
 * written in a live region, so it is visible, heard by screen readers, and testable.
 */
export function BoardScreen() {
  const t = useT();
  const board = useLive((p) => p.call('queue.board', {}), { events: ['queue.changed'] });
  const view = board.value;
  const reload = board.reload;
  const now = useNow(1000);
  const announcement = useAnnouncer(view);
  // A safety net for a dropped event stream and for the midnight rollover.
  useEffect(() => {
    const id = setInterval(reload, 30_000);
    return () => clearInterval(id);
  }, [reload]);

  const english = view?.languages.includes('en') ?? false;
  const both = (msg: Msg, vars?: Vars) => (
    <>
      {t(msg, vars)}
      {english && <span className="board-en" lang="en"> · {format(msg, 'en', vars)}</span>}
    </>
  );

  return (
    <div className="screen board" data-announcement={announcement?.texts.map((x) => x.text).join(' | ') ?? ''} data-announcement-seq={announcement?.seq ?? ''}>
      <header className="board-header">
        <h1 className="board-title">
          {view?.pointName ?? ''} — {t(boardText.title)}
        </h1>
        <p className="board-clock" aria-label={view ? formatDate(now, view.timeZone) : undefined}>
          {view ? formatClock(now, view.timeZone) : ''}
        </p>
      </header>
      <p role="status" aria-live="assertive" className={announcement ? 'board-call' : 'board-call empty'}>
        {announcement?.texts.map((x) => (
          <span key={x.lang} lang={x.lang} className="board-call-line">
            {x.text}
          </span>
        ))}
      </p>
      <main className="board-main">
        <section aria-labelledby="serving-heading" className="board-serving">
          <h2 id="serving-heading">{both(boardText.nowServing)}</h2>
          {view?.nowServing.length ? (
            <ul aria-labelledby="serving-heading">
              {view.nowServing.map((s) => (
                <li key={s.displayNumber} className="serving-row">
                  <span className="board-number">{s.displayNumber}</span>
                  <span className="board-arrow" aria-hidden="true">
                    →
                  </span>
                  <span className="board-desk">{t(boardText.desk, { desk: s.desk })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t(boardText.none)}</p>
          )}
        </section>
        <section aria-labelledby="next-heading" className="board-next">
          <h2 id="next-heading">{both(boardText.next)}</h2>
          {view?.next.length ? (
            <ul aria-label={t(boardText.next)}>
              {view.next.map((n) => (
                <li key={n} className="board-next-number">
                  {n}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t(boardText.nobodyWaiting)}</p>
          )}
          <p className="board-waiting">{both(boardText.waiting, { count: view?.waitingCount ?? 0 })}</p>
        </section>
      </main>
    </div>
  );
}

/** Announces each call once: the first load only remembers where the list stands. */
function useAnnouncer(view: BoardView | null): { seq: number; texts: Announcement[] } | null {
  const platform = usePlatform();
  const [voice] = useState(() => createBoardVoice(platform));
  const lastSeq = useRef<number | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [shown, setShown] = useState<{ seq: number; texts: Announcement[] } | null>(null);
  useEffect(() => {
    if (!view) return;
    const call: Call | null = view.lastCall;
    const seq = call?.seq ?? 0;
    if (lastSeq.current === null) {
      lastSeq.current = seq;
      return;
    }
    if (!call || seq <= lastSeq.current) return;
    lastSeq.current = seq;
    const texts = announcementTexts(call, view.languages);
    setShown({ seq, texts });
    // Calls close together are announced one after another, never over each other.
    queue.current = queue.current.then(async () => {
      await playChime();
      await voice.say(texts);
    });
  }, [view, voice]);
  return shown;
}

function formatClock(now: number, timeZone: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone, hour: '2-digit', minute: '2-digit' }).format(now);
}

function formatDate(now: number, timeZone: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone, weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(now);
}
