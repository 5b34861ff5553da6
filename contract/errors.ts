/**
 * Errors cross the boundary as a code plus a message key; the renderer turns the
 * key into a sentence in the visitor's language. No stack traces, no SQL.
 */
export const ERROR_CODES = [
  'invalid_input',
  'forbidden',
  'unknown_method',
  'not_found',
  'conflict',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every message key a call can fail with. The renderer's catalogue is a
 * `Record<MessageKey, Msg>`, so a key thrown here without a sentence there, or a
 * sentence for a key nobody throws, is a compile error, not a blank on screen.
 */
export const DOMAIN_MESSAGE_KEYS = [
  // transport and catalogue
  'error.session_expired',
  'error.too_large',
  'error.walkthrough_not_found',
  'error.unknown_category',
  // the desks and the queue
  'error.desk_not_found',
  'error.desk_not_signed_in',
  'error.desk_has_visitor',
  'error.desk_busy',
  'error.ticket_not_found',
  'error.ticket_moved',
  'error.ticket_other_desk',
  'error.noshow_too_early',
  'error.no_open_session',
  // ward staff
  'error.pin_wrong',
  'error.pin_locked',
  'error.pin_format',
  'error.pin_already_set',
  'error.pin_not_set',
  'error.settings_unknown_walkthrough',
  'error.content_nothing_to_roll_back',
  'error.visitor_not_found',
  // the host's reading voice: none for the language asked (no engine, or switched off)
  'error.speechUnavailable',
] as const;

/**
 * The point's sync with its province (issue 14): the enrolment form, the sync status and the
 * USB bundle. Each province refusal (contract/sync.ts SYNC_MESSAGES) maps onto one of these in
 * contract/methods/sync.ts, and the settings' official codes have two of their own.
 */
export const SYNC_MESSAGE_KEYS = [
  'error.sync_address_invalid',
  'error.sync_address_insecure',
  'error.sync_enrolment_code_format',
  'error.sync_enrolment_code_invalid',
  'error.sync_already_enrolled',
  'error.sync_not_enrolled',
  'error.sync_unreachable',
  'error.sync_timeout',
  'error.sync_server',
  'error.sync_rate_limited',
  'error.sync_token_invalid',
  'error.sync_point_retired',
  'error.sync_point_mismatch',
  'error.sync_gap',
  'error.sync_too_large',
  'error.sync_refused',
  'error.sync_commune_unknown',
  'error.sync_failed',
  'error.settings_unknown_admin_unit',
  'error.settings_commune_not_in_province',
] as const;

export type MessageKey = `error.${ErrorCode}` | (typeof DOMAIN_MESSAGE_KEYS)[number] | (typeof SYNC_MESSAGE_KEYS)[number];



export interface FieldIssue {
  /** Dotted path of the offending field, '' for the whole input. */
  path: string;
  message: string;
}

export interface CallError {
  code: ErrorCode;
  /** Key into the renderer's message catalogue, e.g. `error.invalid_input`. */
  messageKey: MessageKey;
  issues?: FieldIssue[];
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

export function failure(code: ErrorCode, messageKey: MessageKey = `error.${code}`, issues?: FieldIssue[]): { ok: false; error: CallError } {
  return { ok: false, error: issues ? { code, messageKey, issues } : { code, messageKey } };
}

/** Thrown by services for expected failures; the dispatcher turns it into a CallError. */
export class ServiceError extends Error {
  constructor(readonly code: ErrorCode, readonly messageKey: MessageKey = `error.${code}`) {
    super(messageKey);
    this.name = 'ServiceError';
  }
}
