import { z } from 'zod';
import type { MessageKey } from '../errors';
import type { SyncMessageKey } from '../sync';
import { PERIOD_GRAINS } from '../indicators';
import { checkRange } from './staff';
import { Empty, method } from './define';

/**
 * The point's side of the province roll-up (issue 14), for ward staff: enrol the point with
 * the province server, see how its sync is doing, nudge it, save a signed USB bundle, and the
 * long CSV of indicators. Every method needs a live staff sign-in.
 */

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a calendar day');

/** What ward staff see of the point's sync. Times are ISO instants; null when it never happened. */
export interface PointSyncStatus {
  /** Enrolled online: a server address and a token. */
  enrolled: boolean;
  /** The background uploader is running (it runs whenever the point is enrolled). */
  running: boolean;
  /** Made at install; never changes. */
  pointId: string;
  /** The code the province gave at enrolment, e.g. "01-00004-03". */
  pointCode: string | null;
  /** The code in use on files: the province's, else the one the settings make (commune + point number), else null. */
  humanCode: string | null;
  serverUrl: string | null;
  /** Outbox rows the province has not acknowledged yet. */
  pending: number;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  /** The last failure, as a key of the renderer's catalogue (and the province's own key, for the log). */
  lastError: { messageKey: MessageKey; syncKey: SyncMessageKey; at: string } | null;
  lastBundleAt: string | null;
  /** Where the province registered the point, to compare with the settings' codes. */
  registered: { provinceCode: string; communeCode: string; label: string } | null;
}

/** A file made by the core for the browser shell to offer as a download. */
export interface SyncFileDownload {
  name: string;
  mime: string;
  /** The whole file as text (a bundle is JSON; the long CSV starts with a UTF-8 byte-order mark). */
  text: string;
  bytes: number;
}

export interface SyncBundleDownload extends SyncFileDownload {
  rows: number;
  fromSeq: number;
  throughSeq: number;
}

export const BUNDLE_MODES = ['all-pending', 'since-last-bundle'] as const;

/** Which rows a bundle carries, and the one-time code for a point with no link at all. */
export const BundleOptionsInput = z
  .object({
    mode: z.enum(BUNDLE_MODES).default('all-pending'),
    /** Checked by the core (error.sync_enrolment_code_format), so staff get a sentence, not a field error. */
    enrolmentCode: z.string().max(40).optional(),
  })
  .strict();

export const syncMethods = {
  'staff.sync.status': method<PointSyncStatus>()('staff', Empty),
  /** Server address (https, or http to this PC only) and the one-time code from the province's dashboard. */
  'staff.sync.enrol': method<PointSyncStatus>()('staff', z.object({ serverUrl: z.string().max(300), enrolmentCode: z.string().max(40) }).strict()),
  /** "Sync now": the uploader tries at once (a back-off wait is cut short); the answer does not wait for the upload. */
  'staff.sync.now': method<PointSyncStatus>()('staff', Empty),
  /** The signed USB bundle as a download (the browser shell); Electron saves it into a folder instead. */
  'staff.sync.bundle': method<SyncBundleDownload>()('staff', BundleOptionsInput),
  /** The long CSV (point_code, period, indicator, dimensions, value) for a day or a range, by day, week or month. */
  'staff.sync.longCsv': method<SyncFileDownload & { rows: number }>()(
    'staff',
    checkRange(z.object({ from: Day.optional(), to: Day.optional(), grain: z.enum(PERIOD_GRAINS).default('day') }).strict()),
  ),
  /** Forgets the enrolment at this point (server, token, code); the rows stay in the outbox for a later enrolment or bundle. */
  'staff.sync.unenrol': method<PointSyncStatus>()('staff', z.object({ confirm: z.literal(true) }).strict()),
};

/** Each refusal of the province server, and each failure of the link, as the point's staff read it. */
export const SYNC_ERROR_KEYS: Record<SyncMessageKey, MessageKey> = {
  'sync.error.invalid_request': 'error.sync_refused',
  'sync.error.too_large': 'error.sync_too_large',
  'sync.error.token_invalid': 'error.sync_token_invalid',
  'sync.error.point_retired': 'error.sync_point_retired',
  'sync.error.point_mismatch': 'error.sync_point_mismatch',
  'sync.error.enrolment_code_invalid': 'error.sync_enrolment_code_invalid',
  'sync.error.already_enrolled': 'error.sync_already_enrolled',
  'sync.error.not_enrolled': 'error.sync_not_enrolled',
  'sync.error.gap': 'error.sync_gap',
  'sync.error.bundle_invalid': 'error.sync_refused',
  'sync.error.bundle_signature_invalid': 'error.sync_refused',
  'sync.error.bundle_unknown_point': 'error.sync_refused',
  'sync.error.unreachable': 'error.sync_unreachable',
  'sync.error.timeout': 'error.sync_timeout',
  'sync.error.server': 'error.sync_server',
  'sync.error.rate_limited': 'error.sync_rate_limited',
  'sync.error.sign_in_required': 'error.sync_refused',
  'sync.error.sign_in_failed': 'error.sync_refused',
  'sync.error.not_found': 'error.sync_address_invalid',
  'sync.error.commune_unknown': 'error.sync_commune_unknown',
  'sync.error.internal': 'error.sync_failed',
};
