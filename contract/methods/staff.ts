import { z } from 'zod';
import { COUNTERS, EXPORT_COLUMNS, EXPORT_FORMATS, isCounter, type ExportColumn } from '../codes';
import { LANGS } from '../labels';
import { isValidTimeZone } from '../calendar';
import { COMMUNE_CODE, PROVINCE_CODE } from '../admin-units';
import {
  type AuditEntry,
  type ContentStatus,
  type ExportResult,
  type PackImportResult,
  type RetentionReport,
  type StaffAccessStatus,
  type StaffSignIn,
  type SummaryReport,
  type Totals,
  type VisitorRecord,
  type VolunteerEntry,
} from '../staff-dto';
import { Empty, Id, method } from './define';

const Pin = z.string().regex(/^\d{6,12}$/, 'PIN must be 6 to 12 digits');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a calendar day');
const HourMinute = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM');
const ShortText = (max: number) => z.string().trim().max(max).transform((s) => s.normalize('NFC'));

/** A local day or an inclusive range of local days; `from` alone means one day; nothing means today. */
/** The two rules every range obeys: in order, and at most a year (a year's export is the largest a ward PC is asked for). */
export function checkRange<T extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(schema: T) {
  return schema
    .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'the first day must not be after the last', path: ['to'] })
    .refine((r) => !r.from || !r.to || Date.parse(r.to) - Date.parse(r.from) <= 366 * 86_400_000, { message: 'at most one year at a time', path: ['to'] });
}

export const DayRange = checkRange(z.object({ from: Day.optional(), to: Day.optional() }).strict());

/** What one export covers: a day or a range (as DayRange), the file formats, and whether names and phones go in. */
export const ExportFields = {
  from: Day.optional(),
  to: Day.optional(),
  formats: z.array(z.enum(EXPORT_FORMATS)).min(1).default([...EXPORT_FORMATS]),
  includePersonal: z.boolean().default(false),
};
export const ExportInput = checkRange(z.object(ExportFields).strict());

/** Every field staff may change; unknown fields are refused, so a typo never silently does nothing. */
export const StaffSettingsPatch = z
  .object({
    pointName: ShortText(120).pipe(z.string().min(1)),
    province: ShortText(80),
    commune: ShortText(80),
    // The official codes (Decision 19/2025/QĐ-TTg) chosen in the picker; '' until chosen. The core checks they exist and agree.
    provinceCode: z.union([z.literal(''), z.string().regex(PROVINCE_CODE, 'two digits')]),
    communeCode: z.union([z.literal(''), z.string().regex(COMMUNE_CODE, 'five digits')]),
    /** The point's number in its commune (the last part of its code); the province's code wins once enrolled. */
    pointNumber: z.number().int().min(1).max(99).nullable(),
    timeZone: z.string().refine(isValidTimeZone, 'unknown time zone'),
    ticketPrefix: z.string().regex(/^[A-Z]{0,2}$/, 'up to two capital letters'),
    openingHours: z
      .object({ open: HourMinute, close: HourMinute, days: z.array(z.number().int().min(0).max(6)).max(7) })
      .strict()
      .refine((h) => h.open < h.close, { message: 'closing must be after opening', path: ['close'] }),
    boardLanguages: z.array(z.enum(LANGS)).min(1).max(2).refine((l) => l[0] === 'vi', 'Vietnamese comes first'),
    kioskIdleSeconds: z.number().int().min(30).max(1800),
    staffIdleMinutes: z.number().int().min(1).max(60),
    printerName: ShortText(200),
    // Queue rule parameters (names as in the queue's settings).
    consecutivePriorityCap: z.number().int().min(1).max(5),
    maxWaitMinutes: z.number().int().min(10).max(240),
    noShowAfterCalls: z.number().int().min(1).max(5),
    defaultServiceMinutes: z.number().int().min(1).max(120),
    deskLabels: z.array(ShortText(20).pipe(z.string().min(1))).min(1).max(20).refine((l) => new Set(l).size === l.length, 'desk names must differ'),
    enabledWalkthroughs: z.array(Id).max(100).nullable(),
    personalRetentionDays: z.number().int().min(1).max(365),
    sessionRetentionMonths: z.number().int().min(1).max(120),
    // Counters sent here (as earlier versions did) are dropped: `exportCounters` alone chooses them.
    exportColumns: z
      .array(z.enum([...EXPORT_COLUMNS, ...COUNTERS]))
      .transform((columns) => columns.filter((c): c is ExportColumn => !isCounter(c)))
      .pipe(z.array(z.enum(EXPORT_COLUMNS)).min(1)),
    exportCounters: z.array(z.enum(COUNTERS)),
  })
  .partial()
  .strict();

export type StaffSettingsValues = Required<z.output<typeof StaffSettingsPatch>>;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

/** Reached from the desk before sign-in: the desk key is needed, the visitor key is not enough. */
export const staffSignInMethods = {
  'staffAuth.status': method<StaffAccessStatus>()('volunteer', Empty),
  'staffAuth.setFirstPin': method<StaffSignIn>()('volunteer', z.object({ pin: Pin }).strict()),
  'staffAuth.signIn': method<StaffSignIn>()('volunteer', z.object({ pin: z.string().max(64) }).strict()),
  'staffAuth.signOut': method<{ signedOut: true }>()('volunteer', Empty),
};

/** The ward staff's area: every method needs a live staff sign-in. */
export const staffAreaMethods = {
  'staff.changePin': method<{ changed: true }>()('staff', z.object({ currentPin: z.string().max(64), newPin: Pin }).strict()),
  'staff.totals': method<Totals>()('staff', DayRange),
  'staff.summary': method<SummaryReport>()('staff', DayRange),
  'staff.export': method<ExportResult>()('staff', ExportInput),
  'staff.settings': method<StaffSettingsValues>()('staff', Empty),
  'staff.updateSettings': method<StaffSettingsValues>()('staff', StaffSettingsPatch),
  'staff.volunteers': method<VolunteerEntry[]>()('staff', Empty),
  'staff.saveVolunteer': method<VolunteerEntry>()(
    'staff',
    z
      .object({
        id: z.number().int().positive().optional(),
        displayName: ShortText(60).pipe(z.string().min(1)),
        team: ShortText(60).default(''),
        active: z.boolean().default(true),
      })
      .strict(),
  ),
  'staff.content': method<ContentStatus>()('staff', Empty),
  'staff.importContent': method<PackImportResult>()(
    'staff',
    z.union([
      z.object({ kind: z.literal('zip'), name: z.string().max(200), base64: Base64 }).strict(),
      z
        .object({
          kind: z.literal('folder'),
          name: z.string().max(200),
          files: z.array(z.object({ path: z.string().min(1).max(300), base64: Base64 }).strict()).min(1).max(2000),
        })
        .strict(),
    ]),
  ),
  'staff.rollbackContent': method<ContentStatus>()('staff', Empty),
  'staff.exportContent': method<{ name: string; base64: string; sha256: string }>()('staff', Empty),
  'staff.runRetention': method<RetentionReport>()('staff', Empty),
  'staff.findVisitor': method<VisitorRecord>()('staff', z.object({ day: Day, ticket: z.string().trim().min(1).max(12) }).strict()),
  'staff.eraseVisitor': method<VisitorRecord>()('staff', z.object({ day: Day, ticket: z.string().trim().min(1).max(12) }).strict()),
  'staff.audit': method<AuditEntry[]>()('staff', z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict()),
};

export const staffMethods = { ...staffSignInMethods, ...staffAreaMethods };

/** Upper bound on one call's body for each method; a content pack is far larger than anything else. */
export const CONTENT_PACK_MAX_BYTES = 64 * 1024 * 1024;
