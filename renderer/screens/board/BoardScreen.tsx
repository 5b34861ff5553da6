import { useLive } from '../../app/use-live';
import { useT } from '../../i18n/i18n';
import type { Msg } from '../../i18n/i18n';

const boardText = {
  title: { vi: 'Bảng gọi số', en: 'Queue board' },
  nowServing: { vi: 'Đang phục vụ', en: 'Now serving' },
  next: { vi: 'Số tiếp theo', en: 'Next numbers' },
  waiting: { vi: 'Đang chờ: {count}', en: 'Waiting: {count}' },
  none: { vi: 'Chưa có', en: 'None yet' },
  desk: { vi: 'Bàn {desk}', en: 'Desk {desk}' },
} satisfies Record<string, Msg>;

export function BoardScreen() {
  const t = useT();
  const board = useLive((c) => c.call('queue.board', {}), ['queue.changed']);
  const view = board.value;
  return (
    <div className="screen board">
      <main className="content">
        <h1 className="visually-hidden">{t(boardText.title)}</h1>
        <section aria-labelledby="serving-heading" className="board-serving">
          <h2 id="serving-heading">{t(boardText.nowServing)}</h2>
          {view?.nowServing.length ? (
            <ul>
              {view.nowServing.map((s) => (
                <li key={s.displayNumber} className="board-number">
                  {s.displayNumber} → {t(boardText.desk, { desk: s.desk })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t(boardText.none)}</p>
          )}
        </section>
        <section aria-labelledby="next-heading" className="board-next">
          <h2 id="next-heading">{t(boardText.next)}</h2>
          <ul aria-label={t(boardText.next)}>
            {view?.next.map((n) => (
              <li key={n} className="board-number">{n}</li>
            ))}
          </ul>
          <p>{t(boardText.waiting, { count: view?.waitingCount ?? 0 })}</p>
        </section>
      </main>
    </div>
  );
}
