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

/** The host has no reading voice for the language asked (no engine, or the engine is switched off). */
export const SPEECH_UNAVAILABLE = 'error.speechUnavailable';

export interface FieldIssue {
  /** Dotted path of the offending field, '' for the whole input. */
  path: string;
  message: string;
}

export interface CallError {
  code: ErrorCode;
  /** Key into the renderer's message catalogue, e.g. `error.invalid_input`. */
  messageKey: string;
  issues?: FieldIssue[];
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

export function failure(code: ErrorCode, messageKey: string = `error.${code}`, issues?: FieldIssue[]): { ok: false; error: CallError } {
  return { ok: false, error: issues ? { code, messageKey, issues } : { code, messageKey } };
}

/** Thrown by services for expected failures; the dispatcher turns it into a CallError. */
export class ServiceError extends Error {
  constructor(readonly code: ErrorCode, readonly messageKey: string = `error.${code}`) {
    super(messageKey);
    this.name = 'ServiceError';
  }
}
