/**
 * The wire format between a point and its province server: outbox rows, a batch, the enrolment
 * exchange, and the USB bundle. Validated on both sides with these schemas.
 *
 * No personal field can travel: every payload object is strict (an unknown key is refused),
 * and every categorical field is code-shaped (lower-case letters, digits, hyphens), so no name,
 * phone, note or consent time fits anywhere — not even by mistake in a later version.
 */
import { z } from 'zod';
import type { BilingualLabel } from './labels';

export const SYNC_PROTOCOL_VERSION = 1;
/** Rows per online batch. */
export const MAX_BATCH_ROWS = 500;
/** Rows per USB bundle (a busy point makes ≈ 100 sessions a day: months of backlog). */
export const MAX_BUNDLE_ROWS = 200_000;
export const MAX_BATCH_BYTES = 2 * 1024 * 1024;
export const MAX_BUNDLE_BYTES = 128 * 1024 * 1024;

export const SYNC_ENTITIES = ['session', 'ticket', 'feedback'] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number];

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && d >= '2020-01-01' && d <= '2100-12-31', 'not a calendar day');
const Instant = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not a time');
/** A code from the contract's lists, or a walkthrough id: never free text. */
const Code = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a code');
const CounterName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/);
const Count = z.number().int().min(0).max(1_000_000);
const LocalId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const PointId = z.uuid();
export const PointCode = z.string().regex(/^\d{2}-\d{5}-\d{2}$/, 'not a point code');

/** A session upward: times, categories and counters. No visitor name, phone, note or consent time. */
export const SessionPayload = z
  .object({
    startedAt: Instant,
    finishedAt: Instant.nullable(),
    waitSeconds: Count.nullable(),
    serviceSeconds: Count.nullable(),
    services: z.array(Code).max(32),
    outcome: Code.nullable(),
    reason: Code.nullable(),
    referral: Code.nullable(),
    targetGroup: Code.nullable(),
    ageBand: Code.nullable(),
    sex: Code.nullable(),
    priority: z.array(Code).max(16),
    counters: z.record(CounterName, z.number().int().min(0).max(100)),
    dispatchReason: Code.nullable(),
  })
  .strict();
export type SessionPayload = z.infer<typeof SessionPayload>;

/** A queue ticket's outcome upward: its category, how it was taken and how it ended. No name, phone or consent. */
export const TicketPayload = z
  .object({
    issuedAt: Instant,
    category: Code,
    source: Code,
    status: Code,
    priorityReason: Code.nullable(),
    walkthroughId: Code.nullable(),
    stepReached: z.number().int().min(0).max(1000).nullable(),
    ageBand: Code.nullable(),
    calledAt: Instant.nullable(),
    callCount: Count,
    closedReason: Code.nullable(),
    dispatchReason: Code.nullable(),
  })
  .strict();
export type TicketPayload = z.infer<typeof TicketPayload>;

export const FeedbackPayload = z
  .object({
    at: Instant,
    rating: Code,
    walkthroughId: Code.nullable(),
    sessionLocalId: LocalId.nullable(),
  })
  .strict();
export type FeedbackPayload = z.infer<typeof FeedbackPayload>;

const rowBase = {
  /** The point's outbox sequence: strictly increasing, never reused. */
  seq: LocalId,
  /** The row's id in the point's own table. */
  localId: LocalId,
  /** Bumped on every change at the point; the province keeps the highest. */
  rev: z.number().int().min(1).max(2_147_483_647),
  /** The row's local business day: part of its identity (it never changes) and its partition. */
  day: Day,
};

const tombstone = <E extends SyncEntity>(entity: E) => z.object({ ...rowBase, entity: z.literal(entity), op: z.literal('delete'), payload: z.null() }).strict();

/**
 * One outbox row: an upsert with the entity's payload, or a tombstone (the point deleted the
 * row when its retention period ended). Discriminated on entity, then op, so a batch of 500
 * parses in a few milliseconds.
 */
export const OutboxRow = z.discriminatedUnion('entity', [
  z.discriminatedUnion('op', [z.object({ ...rowBase, entity: z.literal('session'), op: z.literal('upsert'), payload: SessionPayload }).strict(), tombstone('session')]),
  z.discriminatedUnion('op', [z.object({ ...rowBase, entity: z.literal('ticket'), op: z.literal('upsert'), payload: TicketPayload }).strict(), tombstone('ticket')]),
  z.discriminatedUnion('op', [z.object({ ...rowBase, entity: z.literal('feedback'), op: z.literal('upsert'), payload: FeedbackPayload }).strict(), tombstone('feedback')]),
]);
export type OutboxRow = z.infer<typeof OutboxRow>;

const ascending = (rows: readonly { seq: number }[]) => rows.every((r, i) => i === 0 || r.seq > rows[i - 1]!.seq);

/** One online upload: at most 500 rows in outbox order. */
export const SyncBatch = z
  .object({
    protocol: z.literal(SYNC_PROTOCOL_VERSION),
    pointId: PointId,
    /**
     * The first outbox seq the point has not seen acknowledged. The province refuses a batch whose
     * fromSeq lies beyond its cursor + 1: rows in between would be lost (sync.error.gap).
     */
    fromSeq: LocalId,
    rows: z.array(OutboxRow).min(1).max(MAX_BATCH_ROWS).refine(ascending, 'rows must be in ascending seq order'),
    /** Outbox rows still waiting at the point after this batch, for the province's dashboard. */
    pendingAfter: Count,
    appVersion: z.string().regex(/^[0-9A-Za-z.+-]{1,40}$/).optional(),
  })
  .strict();
export type SyncBatch = z.infer<typeof SyncBatch>;

export interface SyncBatchResult {
  /** Rows that changed the province's copy. */
  applied: number;
  /** Rows already seen (seq at or below the cursor) or older than the province's revision. */
  skipped: number;
  /** The point's cursor at the province after this batch: everything up to it is safe. */
  lastSeq: number;
  serverTime: string;
}

/** Staff type the server's address and the one-time code the province issued. */
export const EnrolmentCode = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z2-9]{12}$/, 'an enrolment code is 12 letters and digits'));

const PublicKey = z.string().regex(/^[A-Za-z0-9+/]{40,80}={0,2}$/, 'not a public key');

export const EnrolRequest = z
  .object({
    protocol: z.literal(SYNC_PROTOCOL_VERSION),
    enrolmentCode: EnrolmentCode,
    pointId: PointId,
    /** The point's Ed25519 public key: SPKI DER, base64. Bundles are verified with it. */
    publicKey: PublicKey,
    appVersion: z.string().regex(/^[0-9A-Za-z.+-]{1,40}$/).optional(),
  })
  .strict();
export type EnrolRequest = z.infer<typeof EnrolRequest>;

export interface EnrolResponse {
  pointCode: string;
  /** Sent as `Authorization: Bearer …` with every batch; the province keeps only its hash. */
  token: string;
  provinceCode: string;
  communeCode: string;
  label: string;
}

export interface CursorResponse {
  pointCode: string;
  lastSeq: number;
}

/** What the USB bundle signs: the same rows an online batch carries, all that is pending. */
export const BundleBody = z
  .object({
    protocol: z.literal(SYNC_PROTOCOL_VERSION),
    pointId: PointId,
    pointCode: PointCode.nullable(),
    createdAt: Instant,
    fromSeq: LocalId,
    rows: z.array(OutboxRow).max(MAX_BUNDLE_ROWS).refine(ascending, 'rows must be in ascending seq order'),
    pendingAfter: Count,
    appVersion: z.string().regex(/^[0-9A-Za-z.+-]{1,40}$/).optional(),
    /** A point with no link at all enrols through its first bundle: the one-time code and its public key. */
    enrolment: z.object({ enrolmentCode: EnrolmentCode, publicKey: PublicKey }).strict().optional(),
  })
  .strict();
export type BundleBody = z.infer<typeof BundleBody>;

export const BUNDLE_FORMAT = 'dhp-sync-bundle';

/**
 * The file on the stick. `body` is the JSON text of a BundleBody, kept as text so the bytes the
 * signature covers are exactly the bytes on the stick; `signature` is Ed25519 over them (base64).
 */
export const BundleFile = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(SYNC_PROTOCOL_VERSION),
    pointId: PointId,
    body: z.string().max(MAX_BUNDLE_BYTES),
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'not an Ed25519 signature'),
  })
  .strict();
export type BundleFile = z.infer<typeof BundleFile>;

export interface BundleImportResult extends SyncBatchResult {
  pointCode: string;
  rows: number;
}

// --- Errors, in both languages ------------------------------------------------------------------

export const SYNC_MESSAGES = {
  'sync.error.invalid_request': { vi: 'Dữ liệu gửi lên không đúng định dạng.', en: 'The data sent is not in the expected format.' },
  'sync.error.too_large': { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The data sent is too large.' },
  'sync.error.token_invalid': { vi: 'Mã truy cập của điểm không đúng. Hãy đăng ký lại điểm với tỉnh.', en: 'The point’s access token is not valid. Enrol the point with the province again.' },
  'sync.error.point_retired': { vi: 'Điểm này đã được tỉnh ngừng sử dụng. Liên hệ tỉnh để biết thêm.', en: 'The province has retired this point. Contact the province.' },
  'sync.error.point_mismatch': { vi: 'Dữ liệu không thuộc về điểm đã đăng ký với mã này.', en: 'The data belongs to a different point than this token.' },
  'sync.error.enrolment_code_invalid': { vi: 'Mã đăng ký không đúng, đã dùng hoặc đã hết hạn.', en: 'The enrolment code is wrong, already used or expired.' },
  'sync.error.already_enrolled': { vi: 'Máy này đã được đăng ký cho một điểm khác.', en: 'This computer is already enrolled as another point.' },
  'sync.error.not_enrolled': { vi: 'Điểm chưa được đăng ký với tỉnh.', en: 'The point is not enrolled with a province yet.' },
  'sync.error.gap': { vi: 'Tỉnh chưa nhận các dữ liệu trước đó của điểm. Hãy gửi lại toàn bộ (tệp đồng bộ đầy đủ).', en: 'The province is missing earlier data from this point. Send everything again (a full sync file).' },
  'sync.error.bundle_invalid': { vi: 'Tệp đồng bộ không đọc được hoặc không đúng định dạng.', en: 'The sync file cannot be read or is not a sync bundle.' },
  'sync.error.bundle_signature_invalid': { vi: 'Chữ ký của tệp đồng bộ không khớp: tệp đã bị sửa hoặc không phải của điểm này.', en: 'The sync file’s signature does not match: it was altered or is not from this point.' },
  'sync.error.bundle_unknown_point': { vi: 'Tệp đồng bộ đến từ một điểm chưa đăng ký với tỉnh.', en: 'The sync file comes from a point the province has not enrolled.' },
  'sync.error.unreachable': { vi: 'Không kết nối được máy chủ của tỉnh. Sẽ thử lại sau.', en: 'Cannot reach the province server. Will try again later.' },
  'sync.error.timeout': { vi: 'Máy chủ của tỉnh không trả lời kịp. Sẽ thử lại sau.', en: 'The province server did not answer in time. Will try again later.' },
  'sync.error.server': { vi: 'Máy chủ của tỉnh đang gặp lỗi. Sẽ thử lại sau.', en: 'The province server has a problem. Will try again later.' },
  'sync.error.rate_limited': { vi: 'Máy chủ của tỉnh đang bận. Sẽ thử lại sau.', en: 'The province server is busy. Will try again later.' },
  'sync.error.sign_in_required': { vi: 'Cần đăng nhập quản trị.', en: 'Admin sign-in required.' },
  'sync.error.sign_in_failed': { vi: 'Mật khẩu không đúng.', en: 'Wrong password.' },
  'sync.error.not_found': { vi: 'Không tìm thấy.', en: 'Not found.' },
  'sync.error.commune_unknown': { vi: 'Mã xã/phường không có trong danh mục.', en: 'The commune code is not in the official list.' },
  'sync.error.internal': { vi: 'Có lỗi ngoài dự kiến.', en: 'Something unexpected went wrong.' },
} as const satisfies Record<string, BilingualLabel>;
export type SyncMessageKey = keyof typeof SYNC_MESSAGES;

/** Every error answer of the province server. */
export interface SyncErrorBody {
  error: { messageKey: SyncMessageKey; message: BilingualLabel; issues?: { path: string; message: string }[] };
}

export function syncError(messageKey: SyncMessageKey, issues?: { path: string; message: string }[]): SyncErrorBody {
  return { error: issues ? { messageKey, message: SYNC_MESSAGES[messageKey], issues } : { messageKey, message: SYNC_MESSAGES[messageKey] } };
}

/** What a point's staff see of its sync. */
export interface SyncStatus {
  enrolled: boolean;
  pointId: string;
  pointCode: string | null;
  serverUrl: string | null;
  pending: number;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: { messageKey: SyncMessageKey; message: BilingualLabel; at: string } | null;
  nextAttemptAt: string | null;
}

// --- The server's address, as staff type it at the point ------------------------------------

/**
 * The rule for the province server's address at enrolment: `https://…`, or `http://…` only to
 * this machine itself (localhost, 127.x.x.x, [::1]: a test server, or a TLS proxy on the same
 * PC). Anything else would send the point's token in the clear. Returns the address in the
 * form it is stored, without query or fragment, ending in `/`.
 */
export function checkServerAddress(text: string): { ok: true; url: string } | { ok: false; reason: 'invalid' | 'insecure' } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) return { ok: false, reason: 'invalid' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return { ok: false, reason: 'insecure' };
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url: url.toString() };
}

/** localhost, 127.0.0.0/8 and ::1: the only hosts plain http may reach. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
