import type { CallResult } from '../contract/errors';
import type { CallContext } from '../core/dispatcher';
import type { BilingualLabel } from '../contract/labels';

/*
 * Staff quit (Ctrl+Alt+Q): the key combination only opens a PIN prompt; the app
 * quits once the core has accepted the staff PIN. The PIN is checked by the core's
 * own sign-in (`staffAuth.signIn` through the dispatcher, as the desk would), so the
 * wrong-try count, the lockout and the audit entries are the same as at the desk.
 * Pure: the prompt window is electron/staff-quit-window.ts.
 */

/** Who the PIN check is made as: the desk's role, named for the audit log. */
export const STAFF_QUIT_CALLER: CallContext = { role: 'volunteer', actor: 'staff-quit', staffToken: null };

export type StaffQuitOutcome = { quit: true; token: string } | { quit: false; message: BilingualLabel };

const MESSAGES: Record<string, BilingualLabel> = {
  'error.pin_wrong': { vi: 'Mã PIN không đúng. Hãy thử lại.', en: 'That PIN is wrong. Try again.' },
  'error.pin_locked': { vi: 'Đã nhập sai quá nhiều lần: tạm khoá. Hãy thử lại sau.', en: 'Too many wrong tries: locked for now. Try again later.' },
  'error.pin_not_set': {
    vi: 'Chưa có mã PIN nhân viên. Hãy đặt mã PIN trong khu vực nhân viên ở bàn hỗ trợ (Ctrl+Alt+D) trước.',
    en: 'No staff PIN is set yet. Set one in the staff area of the service desk (Ctrl+Alt+D) first.',
  },
  'error.invalid_input': { vi: 'Mã PIN không hợp lệ.', en: 'That is not a valid PIN.' },
};
const FALLBACK: BilingualLabel = { vi: 'Không kiểm tra được mã PIN. Hãy thử lại.', en: 'The PIN could not be checked. Try again.' };
export const EMPTY_PIN: BilingualLabel = { vi: 'Hãy nhập mã PIN.', en: 'Enter the PIN.' };

/** The core's answer to the sign-in → quit (with the sign-in to end at once), or the message to show. */
export function staffQuitOutcome(result: CallResult<unknown>): StaffQuitOutcome {
  if (result.ok) {
    const token = (result.value as { token?: unknown } | null)?.token;
    return typeof token === 'string' && token ? { quit: true, token } : { quit: false, message: FALLBACK };
  }
  return { quit: false, message: MESSAGES[result.error.messageKey] ?? FALLBACK };
}
