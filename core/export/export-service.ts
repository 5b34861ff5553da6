import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import { localDay } from '../../contract/calendar';
import type { ExportResult, ExportedFile, SummaryReport, Totals } from '../../contract/staff-dto';
import { EXPORT_FORMAT_MIME, OTHER_SERVICE, OTHER_SERVICE_LABEL, type ExportFormat } from '../../contract/codes';
import type { SettingsService } from '../settings';
import type { CatalogService } from '../catalog/catalog';
import type { AuditLog } from '../audit';
import { readFeedbackRows, readSessionRows } from './session-rows';
import { computeTotals } from './totals';
import { chooseColumns, type ColumnContext } from './columns';
import { sessionsToCsv } from './csv';
import { sessionsToXlsx } from './xlsx';
import { exportBaseName } from './file-names';
import { sha256Hex, sha256sumFile } from './checksum';

export interface DayRangeInput {
  from?: string | undefined;
  to?: string | undefined;
}

export interface ExportRequest extends DayRangeInput {
  formats: ExportFormat[];
  includePersonal: boolean;
}


/** The ward's evening report: the session log as CSV/XLSX, the totals, and a checksum for each export. */
export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
  ) {}

  /** Missing days mean today at the point; a lone `from` is one day. */
  range(input: DayRangeInput): { from: string; to: string } {
    const today = localDay(this.clock.now(), this.settings.get().timeZone);
    const from = input.from ?? input.to ?? today;
    return { from, to: input.to ?? (input.from ? from : today) };
  }

  serviceLabel = (id: string): { vi: string; en: string } => (id === OTHER_SERVICE ? OTHER_SERVICE_LABEL : this.catalog.titleOf(id) ?? { vi: id, en: id });

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

  summary(input: DayRangeInput): SummaryReport {
    const s = this.settings.get();
    return { pointName: s.pointName, province: s.province, commune: s.commune, generatedAt: this.clock.now().toISOString(), counters: s.exportCounters, totals: this.totals(input) };
  }

  async export(request: ExportRequest, actor: string): Promise<ExportResult> {
    const { from, to } = this.range(request);
    const settings = this.settings.get();
    const rows = readSessionRows(this.db, from, to);
    const ctx: ColumnContext = { timeZone: settings.timeZone, serviceLabel: (id) => this.serviceLabel(id).vi };
    const columns = chooseColumns(settings.exportColumns, settings.exportCounters, request.includePersonal);
    const base = exportBaseName('nhat-ky-phien', settings.pointName, from, to);
    const made: { name: string; mime: string; data: Buffer }[] = [];
    const formats = [...new Set(request.formats)];
    if (formats.includes('csv')) made.push({ name: `${base}.csv`, mime: EXPORT_FORMAT_MIME.csv, data: sessionsToCsv(columns, rows, ctx) });
    if (formats.includes('xlsx')) {
      const totals = computeTotals({ from, to, rows, feedback: readFeedbackRows(this.db, from, to), timeZone: settings.timeZone, serviceLabel: this.serviceLabel });
      const title = `Tổng hợp hỗ trợ — ${settings.pointName}${settings.commune ? `, ${settings.commune}` : ''}${settings.province ? `, ${settings.province}` : ''}`;
      made.push({ name: `${base}.xlsx`, mime: EXPORT_FORMAT_MIME.xlsx, data: await sessionsToXlsx({ title, columns, rows, ctx, totals, counters: settings.exportCounters, created: this.clock.now() }) });
    }
    made.push({ name: `${base}.sha256`, mime: 'text/plain;charset=utf-8', data: sha256sumFile(made) });
    const files: ExportedFile[] = made.map((f) => ({ name: f.name, mime: f.mime, bytes: f.data.length, sha256: sha256Hex(f.data), base64: f.data.toString('base64') }));
    this.audit.record(actor, 'staff.export', {
      from,
      to,
      sessions: rows.length,
      includePersonal: request.includePersonal,
      columns: columns.map((c) => c.key),
      files: files.map((f) => ({ name: f.name, sha256: f.sha256 })),
    });
    return { from, to, sessions: rows.length, includePersonal: request.includePersonal, files, summaryPdfName: `${exportBaseName('tong-hop', settings.pointName, from, to)}.pdf` };
  }
}
