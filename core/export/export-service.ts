import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { PointCalendar } from '../calendar';
import type { ExportResult, ExportedFile, SummaryReport, Totals } from '../../contract/staff-dto';
import type { MethodParsedInput } from '../../contract/methods';
import { EXPORT_FORMAT_MIME, OTHER_SERVICE, OTHER_SERVICE_LABEL } from '../../contract/codes';
import type { BilingualLabel } from '../../contract/labels';
import type { SettingsService } from '../settings';
import type { CatalogService } from '../catalog/catalog';
import type { AuditLog } from '../audit';
import { readFeedbackRows, readSessionRows, type SessionLogRow } from './session-rows';
import { computeTotals } from './totals';
import { chooseColumns, type ColumnContext, type ColumnDef } from './columns';
import { sessionsToCsv } from './csv';
import { sessionsToXlsx } from './xlsx';
import { exportBaseName } from './file-names';
import { sha256Hex, sha256sumFile } from './checksum';

/** A local day or a range of them, as `staff.totals` and `staff.summary` take it. */
export type DayRangeInput = MethodParsedInput<'staff.totals'>;

/** What one export covers and holds, as `staff.export` takes it. */
export type ExportRequest = MethodParsedInput<'staff.export'>;

/** Files a shell adds to a saved export, inside its checksum: the Electron desk's summary PDF. */
export interface ExportExtras {
  summaryPdf?: Uint8Array | null;
}

/** Where a saved export went. */
export interface SavedExport {
  folder: string;
  files: string[];
}

interface MadeFile {
  name: string;
  mime: string;
  data: Buffer;
}

/** The session log's files for one request, before their checksum. */
interface MadeExport {
  from: string;
  to: string;
  rows: SessionLogRow[];
  columns: ColumnDef[];
  baseName: string;
  summaryPdfName: string;
  files: MadeFile[];
}

/** The ward's evening report: the session log as CSV/XLSX, the totals, and a checksum for each export. */
export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly calendar: PointCalendar,
    private readonly settings: SettingsService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
  ) {}

  /** Missing days mean today at the point; a lone `from` is one day. */
  range(input: DayRangeInput): { from: string; to: string } {
    const today = this.calendar.today();
    const from = input.from ?? input.to ?? today;
    return { from, to: input.to ?? (input.from ? from : today) };
  }

  serviceLabel = (id: string): BilingualLabel => (id === OTHER_SERVICE ? OTHER_SERVICE_LABEL : this.catalog.titleOf(id) ?? { vi: id, en: id });

  totals(input: DayRangeInput): Totals {
    const { from, to } = this.range(input);
    return computeTotals({
      from,
      to,
      rows: readSessionRows(this.db, from, to),
      feedback: readFeedbackRows(this.db, from, to),
      timeZone: this.settings.get().timeZone,
      serviceLabel: this.serviceLabel,
    });
  }

  /** The printable summary's figures; looking at them is audited like an export. */
  summary(input: DayRangeInput, actor: string): SummaryReport {
    this.audit.record(actor, 'staff.summary', this.range(input));
    const s = this.settings.get();
    return { pointName: s.pointName, province: s.province, commune: s.commune, generatedAt: this.clock.now().toISOString(), counters: s.exportCounters, totals: this.totals(input) };
  }

  /** The files as base64 for the screen to download, with a `.sha256` covering them. */
  async export(request: ExportRequest, actor: string): Promise<ExportResult> {
    const made = await this.make(request);
    const files = this.withChecksum(made, made.files).map(toExportedFile);
    this.recordExport(actor, request, made, files);
    return { from: made.from, to: made.to, sessions: made.rows.length, includePersonal: request.includePersonal, files, summaryPdfName: made.summaryPdfName };
  }

  /**
   * The files written straight into a folder (a USB stick, in Electron), with any
   * extras the shell made, and one `.sha256` covering everything written.
   */
  async saveToFolder(request: ExportRequest, folder: string, actor: string, extras: ExportExtras = {}): Promise<SavedExport> {
    const made = await this.make(request);
    const extra: MadeFile[] = extras.summaryPdf ? [{ name: made.summaryPdfName, mime: 'application/pdf', data: Buffer.from(extras.summaryPdf) }] : [];
    const written = this.withChecksum(made, [...made.files, ...extra]);
    for (const f of written) fs.writeFileSync(path.join(folder, f.name), f.data);
    this.recordExport(actor, request, made, written.map((f) => ({ name: f.name, sha256: sha256Hex(f.data) })));
    const names = written.map((f) => f.name);
    this.audit.record(actor, 'staff.export.saved', { folder, files: names });
    return { folder, files: names };
  }

  private async make(request: ExportRequest): Promise<MadeExport> {
    const { from, to } = this.range(request);
    const settings = this.settings.get();
    const rows = readSessionRows(this.db, from, to);
    const ctx: ColumnContext = { timeZone: settings.timeZone, serviceLabel: (id) => this.serviceLabel(id).vi };
    const columns = chooseColumns(settings.exportColumns, settings.exportCounters, request.includePersonal);
    const baseName = exportBaseName('nhat-ky-phien', settings.pointName, from, to);
    const files: MadeFile[] = [];
    const formats = [...new Set(request.formats)];
    if (formats.includes('csv')) files.push({ name: `${baseName}.csv`, mime: EXPORT_FORMAT_MIME.csv, data: sessionsToCsv(columns, rows, ctx) });
    if (formats.includes('xlsx')) {
      const totals = computeTotals({ from, to, rows, feedback: readFeedbackRows(this.db, from, to), timeZone: settings.timeZone, serviceLabel: this.serviceLabel });
      const title = `Tổng hợp hỗ trợ — ${settings.pointName}${settings.commune ? `, ${settings.commune}` : ''}${settings.province ? `, ${settings.province}` : ''}`;
      files.push({ name: `${baseName}.xlsx`, mime: EXPORT_FORMAT_MIME.xlsx, data: await sessionsToXlsx({ title, columns, rows, ctx, totals, counters: settings.exportCounters, created: this.clock.now() }) });
    }
    return { from, to, rows, columns, baseName, summaryPdfName: `${exportBaseName('tong-hop', settings.pointName, from, to)}.pdf`, files };
  }

  /** The files followed by the `sha256sum` file that covers them all. */
  private withChecksum(made: MadeExport, files: readonly MadeFile[]): MadeFile[] {
    return [...files, { name: `${made.baseName}.sha256`, mime: 'text/plain;charset=utf-8', data: sha256sumFile(files) }];
  }

  private recordExport(actor: string, request: ExportRequest, made: MadeExport, files: readonly Pick<ExportedFile, 'name' | 'sha256'>[]): void {
    this.audit.record(actor, 'staff.export', {
      from: made.from,
      to: made.to,
      sessions: made.rows.length,
      includePersonal: request.includePersonal,
      columns: made.columns.map((c) => c.key),
      files: files.map((f) => ({ name: f.name, sha256: f.sha256 })),
    });
  }
}

function toExportedFile(f: MadeFile): ExportedFile {
  return { name: f.name, mime: f.mime, bytes: f.data.length, sha256: sha256Hex(f.data), base64: f.data.toString('base64') };
}
