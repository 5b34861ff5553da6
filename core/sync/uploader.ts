import { MAX_BATCH_ROWS, SYNC_PROTOCOL_VERSION, type SyncBatch, type SyncBatchResult, type SyncMessageKey, type SyncStatus } from '../../contract/sync';
import type { Clock } from '../clock';
import type { Db } from '../storage/database';
import { endpoint, postJson, SyncFailure, type Fetch } from './transport';
import { pointIdentity } from './identity';
import { acknowledge, ackedSeq, pendingCount, readOutbox } from './outbox';
import { enrolment, failures, recordAttempt, recordFailure, recordSuccess, syncStatus } from './state';

export interface UploaderOptions {
  clock?: Clock;
  fetch?: Fetch;
  /** Rows per batch, at most 500. */
  batchSize?: number;
  /** Give up on one request after this long. */
  timeoutMs?: number;
  /** After a success with nothing left, look again this often. */
  intervalMs?: number;
  /** After a change at the point (a ticket, a session), send it this soon — unless a failure's back-off is running. */
  changeDelayMs?: number;
  /** The first wait after a failure; it doubles with each failure in a row, up to `maxBackoffMs`. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** One pass stops after this many batches, so a huge backlog shares the process with everything else. */
  maxBatchesPerPass?: number;
  appVersion?: string;
  /** 0…1 spread on each wait, so 300 points that lost the link together do not come back together. */
  jitter?: number;
  random?: () => number;
}

export interface PassResult {
  batches: number;
  sent: number;
  applied: number;
  skipped: number;
  pending: number;
  error: SyncMessageKey | null;
}

const maxSeq = (db: Db): number => (db.prepare('SELECT COALESCE(MAX(seq), 0) AS m FROM outbox').get() as { m: number }).m;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Sends the outbox up in batches when the point is enrolled. Offline is the normal state: a
 * failure is recorded (bilingual key, time), and the next try waits longer each time (exponential
 * back-off with jitter). Each batch is a few milliseconds of SQLite and JSON, and the pass yields
 * to the event loop between batches, so screens never wait on it.
 */
export class SyncUploader {
  private readonly clock: Clock;
  private readonly fetchImpl: Fetch;
  private readonly o: Required<Omit<UploaderOptions, 'clock' | 'fetch' | 'appVersion'>> & { appVersion: string | undefined };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<PassResult> | null = null;
  private stopped = true;
  /** After close(): the data file may be closed too, so nothing touches it again. */
  private closed = false;
  /** Cancels the request on its way when the point closes. */
  private readonly abort = new AbortController();
  /** A change arrived while a pass was running: look again soon after it. */
  private dirty = false;
  /** When the timer fires (Date.now() ms), Infinity when none is set. */
  private due = Number.POSITIVE_INFINITY;

  constructor(
    private readonly db: Db,
    options: UploaderOptions = {},
  ) {
    this.clock = options.clock ?? { now: () => new Date() };
    this.fetchImpl = options.fetch ?? fetch;
    this.o = {
      batchSize: Math.min(MAX_BATCH_ROWS, Math.max(1, options.batchSize ?? MAX_BATCH_ROWS)),
      timeoutMs: options.timeoutMs ?? 30_000,
      intervalMs: options.intervalMs ?? 60_000,
      changeDelayMs: options.changeDelayMs ?? 15_000,
      baseBackoffMs: options.baseBackoffMs ?? 5_000,
      maxBackoffMs: options.maxBackoffMs ?? 30 * 60_000,
      maxBatchesPerPass: options.maxBatchesPerPass ?? 200,
      jitter: options.jitter ?? 0.2,
      random: options.random ?? Math.random,
      appVersion: options.appVersion,
    };
  }

  status(): SyncStatus {
    return syncStatus(this.db);
  }

  /** The wait before try number `failures + 1` after that many failures in a row. */
  backoffMs(failureCount: number): number {
    const raw = Math.min(this.o.maxBackoffMs, this.o.baseBackoffMs * 2 ** Math.max(0, failureCount - 1));
    const spread = 1 + this.o.jitter * (2 * this.o.random() - 1);
    return Math.round(Math.min(this.o.maxBackoffMs, raw * spread));
  }

  /** One pass: batches until the outbox is empty, an error, or the pass limit. Never throws. */
  runOnce(): Promise<PassResult> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<PassResult> {
    const result: PassResult = { batches: 0, sent: 0, applied: 0, skipped: 0, pending: 0, error: null };
    if (this.closed) return result;
    result.pending = pendingCount(this.db);
    const e = enrolment(this.db);
    if (!e) return { ...result, error: 'sync.error.not_enrolled' };
    const { pointId } = pointIdentity(this.db);
    const url = endpoint(e.serverUrl, 'api/v1/batches');
    recordAttempt(this.db, this.clock.now().toISOString());
    try {
      while (result.batches < this.o.maxBatchesPerPass) {
        const fromSeq = ackedSeq(this.db) + 1;
        const slice = readOutbox(this.db, fromSeq, this.o.batchSize);
        if (slice.throughSeq < fromSeq) break;
        if (slice.rows.length === 0) {
          // Every row read was superseded or unfit: nothing to send, but the range is covered.
          acknowledge(this.db, slice.throughSeq);
          continue;
        }
        const batch: SyncBatch = {
          protocol: SYNC_PROTOCOL_VERSION,
          pointId,
          fromSeq,
          rows: slice.rows,
          pendingAfter: pendingCount(this.db, slice.throughSeq),
          ...(this.o.appVersion ? { appVersion: this.o.appVersion } : {}),
        };
        const answer = await postJson<SyncBatchResult>(this.fetchImpl, url, batch, { token: e.token, timeoutMs: this.o.timeoutMs, signal: this.abort.signal });
        if (this.closed) return result;
        // The province's cursor may be ahead (a USB bundle was imported): everything up to it is safe too.
        acknowledge(this.db, Math.max(slice.throughSeq, Math.min(answer.lastSeq, maxSeq(this.db))));
        result.batches += 1;
        result.sent += slice.rows.length;
        result.applied += answer.applied;
        result.skipped += answer.skipped;
        await yieldToEventLoop();
        if (this.closed) return result;
      }
      result.pending = pendingCount(this.db);
      const next = result.pending > 0 ? 0 : this.o.intervalMs;
      recordSuccess(this.db, this.clock.now().toISOString(), new Date(this.clock.now().getTime() + next).toISOString());
      return result;
    } catch (err) {
      if (this.closed) return result;
      const key: SyncMessageKey = err instanceof SyncFailure ? err.messageKey : 'sync.error.internal';
      const retry = err instanceof SyncFailure ? err.retry : true;
      const count = failures(this.db) + 1;
      const wait = retry ? this.backoffMs(count) : this.o.maxBackoffMs;
      recordFailure(this.db, key, this.clock.now().toISOString(), new Date(this.clock.now().getTime() + wait).toISOString());
      result.pending = pendingCount(this.db);
      return { ...result, error: key };
    }
  }

  /** Runs in the background until stop(): a pass, then the wait the pass's outcome calls for. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.due = Number.POSITIVE_INFINITY;
    return this.running ? this.running.then(() => undefined) : Promise.resolve();
  }

  /**
   * For good, when the point closes: the background loop stops, a request on its way is
   * cancelled, and the pass it belonged to ends without touching the data file again.
   */
  close(): void {
    this.closed = true;
    void this.stop();
    this.abort.abort();
  }

  /** True between start() and stop(). */
  isRunning(): boolean {
    return !this.stopped;
  }

  /** Staff pressed "sync now", or the shell saw the network come back: a try at once, back-off or not. */
  nudge(): void {
    if (!this.stopped) this.schedule(0);
  }

  /**
   * Something changed at the point: send it within `changeDelayMs`, unless the last pass
   * failed (its back-off wait stands; a busy queue must not hammer a server that is down).
   */
  soon(): void {
    if (this.stopped || this.closed) return;
    if (this.running) {
      this.dirty = true;
      return;
    }
    if (failures(this.db) > 0) return;
    if (this.due > Date.now() + this.o.changeDelayMs) this.schedule(this.o.changeDelayMs);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.due = Date.now() + ms;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.due = Number.POSITIVE_INFINITY;
      void this.runOnce().then((r) => {
        if (this.stopped) return;
        const changedMeanwhile = this.dirty;
        this.dirty = false;
        if (r.error === 'sync.error.not_enrolled') return this.schedule(this.o.intervalMs);
        if (r.error) {
          // The wait the pass recorded: back-off for a passing fault, the longest wait for a refusal.
          const next = syncStatus(this.db).nextAttemptAt;
          return this.schedule(next ? Math.max(0, Date.parse(next) - this.clock.now().getTime()) : this.backoffMs(failures(this.db)));
        }
        this.schedule(r.pending > 0 ? 0 : changedMeanwhile ? this.o.changeDelayMs : this.o.intervalMs);
      });
    }, ms);
    this.timer.unref?.();
  }
}
