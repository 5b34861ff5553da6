import { formatPointCode } from '../../contract/admin-units';
import { ServiceError, type ErrorCode } from '../../contract/errors';
import { SYNC_ERROR_KEYS, type PointSyncStatus, type SyncBundleDownload, type SyncFileDownload } from '../../contract/methods/sync';
import { checkServerAddress, EnrolmentCode, type SyncMessageKey } from '../../contract/sync';
import type { PeriodGrain } from '../../contract/indicators';
import type { Clock } from '../clock';
import type { PointCalendar } from '../calendar';
import type { AuditLog } from '../audit';
import type { SettingsService } from '../settings';
import type { Db } from '../storage/database';
import type { AdminUnits } from './admin-units';
import { bundleFileName, makeBundle, recordBundle, writeBundle, type BundleOptions } from './bundle';
import { enrolPoint } from './enrolment';
import { pointLongCsv } from './long-csv';
import { clearEnrolment, enrolment, lastBundleAt, syncStatus } from './state';
import { SyncFailure, type Fetch } from './transport';
import { SyncUploader, type UploaderOptions } from './uploader';

export interface PointSyncOptions {
  appVersion?: string;
  /** The network (Electron may hand in net.fetch, for system proxies); the global fetch when omitted. */
  fetch?: Fetch;
  /** The uploader's timings (tests shorten them). */
  uploader?: Omit<UploaderOptions, 'clock' | 'fetch' | 'appVersion'>;
}

export interface BundleRequest {
  mode: NonNullable<BundleOptions['mode']>;
  enrolmentCode?: string | undefined;
}

export interface SavedSyncBundle {
  folder: string;
  name: string;
  rows: number;
  bytes: number;
}

/** Which kind of failure each province refusal is, for the dispatcher's error code. */
const codeOf = (key: SyncMessageKey, retry: boolean): ErrorCode => (retry ? 'unavailable' : key === 'sync.error.enrolment_code_invalid' ? 'invalid_input' : 'conflict');

/** A SyncFailure (the link, the province's refusal) as the staff screen's error. */
function asServiceError(err: unknown): unknown {
  if (err instanceof SyncFailure) return new ServiceError(codeOf(err.messageKey, err.retry), SYNC_ERROR_KEYS[err.messageKey]);
  return err;
}

const BOM = '\uFEFF';

/**
 * The point's side of the province roll-up, as the core runs it: the background uploader
 * (started while the point is enrolled, stopped when the point closes) and what ward staff do
 * on the Sync tab. Nothing here waits on the network except enrolment, which staff asked for.
 */
export class PointSync {
  private readonly uploader: SyncUploader;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly calendar: PointCalendar,
    private readonly settings: SettingsService,
    private readonly audit: AuditLog,
    private readonly adminUnits: AdminUnits,
    private readonly options: PointSyncOptions = {},
  ) {
    this.uploader = new SyncUploader(db, { ...options.uploader, clock, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.appVersion ? { appVersion: options.appVersion } : {}) });
  }

  /** At start: the uploader runs in the background if the point is enrolled. */
  start(): void {
    if (enrolment(this.db)) this.uploader.start();
  }

  /** A ticket or session changed: it goes up within the uploader's change delay (never during a back-off). */
  changed(): void {
    this.uploader.soon();
  }

  close(): void {
    this.uploader.close();
  }

  /** The province's code once enrolled, else the one the settings make, else null. */
  humanCode(): string | null {
    const given = enrolment(this.db)?.pointCode;
    if (given) return given;
    const s = this.settings.get();
    return s.provinceCode && s.communeCode && s.pointNumber ? formatPointCode(s.provinceCode, s.communeCode, s.pointNumber) : null;
  }

  status(): PointSyncStatus {
    const s = syncStatus(this.db);
    const e = enrolment(this.db);
    return {
      enrolled: s.enrolled,
      running: this.uploader.isRunning(),
      pointId: s.pointId,
      pointCode: s.pointCode,
      humanCode: this.humanCode(),
      serverUrl: s.serverUrl,
      pending: s.pending,
      lastSuccessAt: s.lastSuccessAt,
      lastAttemptAt: s.lastAttemptAt,
      nextAttemptAt: s.nextAttemptAt,
      lastError: s.lastError ? { messageKey: SYNC_ERROR_KEYS[s.lastError.messageKey], syncKey: s.lastError.messageKey, at: s.lastError.at } : null,
      lastBundleAt: lastBundleAt(this.db),
      registered: e ? { provinceCode: e.provinceCode, communeCode: e.communeCode, label: e.label } : null,
    };
  }

  /**
   * Exchanges the one-time code for the point's token, then starts the uploader. Settings with
   * no official codes yet take the commune the province registered the point in.
   */
  async enrol(input: { serverUrl: string; enrolmentCode: string }, actor: string): Promise<PointSyncStatus> {
    const address = checkServerAddress(input.serverUrl);
    if (!address.ok) throw new ServiceError('invalid_input', address.reason === 'insecure' ? 'error.sync_address_insecure' : 'error.sync_address_invalid');
    const code = this.enrolmentCode(input.enrolmentCode);
    let answer;
    try {
      answer = await enrolPoint(this.db, {
        serverUrl: address.url,
        enrolmentCode: code,
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        ...(this.options.appVersion ? { appVersion: this.options.appVersion } : {}),
      });
    } catch (err) {
      this.audit.record(actor, 'staff.sync.enrol.failed', { server: new URL(address.url).host, error: err instanceof SyncFailure ? err.messageKey : 'internal' });
      throw asServiceError(err);
    }
    const current = this.settings.get();
    if (!current.provinceCode && !current.communeCode) {
      const fields = this.adminUnits.fieldsFor(answer.provinceCode, answer.communeCode);
      if (fields) this.settings.update(fields);
    }
    this.audit.record(actor, 'staff.sync.enrol', { server: new URL(address.url).host, pointCode: answer.pointCode });
    this.uploader.start();
    this.uploader.nudge();
    return this.status();
  }

  /** "Sync now": the uploader tries at once; the answer does not wait for it. */
  now(): PointSyncStatus {
    if (!enrolment(this.db)) throw new ServiceError('conflict', 'error.sync_not_enrolled');
    this.uploader.start();
    this.uploader.nudge();
    return this.status();
  }

  /** The signed bundle as text, for the browser shell's download. */
  bundle(request: BundleRequest, actor: string): SyncBundleDownload {
    const now = this.clock.now();
    const made = makeBundle(this.db, { ...this.bundleOptions(request), now });
    const text = JSON.stringify(made.bundle);
    const name = bundleFileName(this.db, made, now);
    recordBundle(this.db, now, made.throughSeq);
    this.audit.record(actor, 'staff.sync.bundle', { name, rows: made.rows, mode: request.mode, withEnrolment: Boolean(request.enrolmentCode) });
    return { name, mime: 'application/json', text, bytes: Buffer.byteLength(text), rows: made.rows, fromSeq: made.fromSeq, throughSeq: made.throughSeq };
  }

  /** The signed bundle written into `folder` (Electron: the folder staff chose, usually a USB stick). */
  saveBundle(request: BundleRequest, folder: string, actor: string): SavedSyncBundle {
    const written = writeBundle(this.db, folder, { ...this.bundleOptions(request), now: this.clock.now() });
    this.audit.record(actor, 'staff.sync.bundle.saved', { folder, name: written.name, rows: written.rows, mode: request.mode, withEnrolment: Boolean(request.enrolmentCode) });
    return { folder, name: written.name, rows: written.rows, bytes: written.bytes };
  }

  /** The long CSV of indicators (DHIS2 dataValueSets shape) for the point's own days. */
  longCsv(input: { from?: string | undefined; to?: string | undefined; grain: PeriodGrain }, actor: string): SyncFileDownload & { rows: number } {
    const from = input.from ?? this.calendar.today();
    const to = input.to ?? from;
    // Before the point has a code of its own, its stable id keeps the rows apart from every other point's.
    const code = this.humanCode() ?? this.status().pointId;
    const csv = pointLongCsv(this.db, { pointCode: code, from, to, grain: input.grain });
    const text = BOM + csv;
    const name = `chi-so_${code}_${from}_${to}${input.grain === 'day' ? '' : `_${input.grain}`}.csv`;
    const rows = csv.split('\r\n').length - 2;
    this.audit.record(actor, 'staff.sync.long_csv', { name, from, to, grain: input.grain, rows });
    return { name, mime: 'text/csv;charset=utf-8', text, bytes: Buffer.byteLength(text), rows };
  }

  /** Forgets the enrolment here; the province's side is retired on its dashboard. */
  async unenrol(actor: string): Promise<PointSyncStatus> {
    const before = enrolment(this.db);
    // A pass on its way ends first, so nothing it records lands after the enrolment is gone.
    await this.uploader.stop();
    clearEnrolment(this.db);
    this.audit.record(actor, 'staff.sync.unenrol', { pointCode: before?.pointCode ?? null });
    return this.status();
  }

  private enrolmentCode(text: string): string {
    const parsed = EnrolmentCode.safeParse(text);
    if (!parsed.success) throw new ServiceError('invalid_input', 'error.sync_enrolment_code_format');
    return parsed.data;
  }

  private bundleOptions(request: BundleRequest): BundleOptions {
    const code = request.enrolmentCode?.trim() ? this.enrolmentCode(request.enrolmentCode) : null;
    return { mode: request.mode, ...(code ? { enrolmentCode: code } : {}), ...(this.options.appVersion ? { appVersion: this.options.appVersion } : {}) };
  }
}
