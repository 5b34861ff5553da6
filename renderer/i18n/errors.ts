import type { Msg } from './i18n';
import { queueErrors } from '../screens/desk/desk-messages';
import { staffErrors } from '../screens/staff/staff-messages';
import { speechErrors } from '../speech/speech-messages';

/**
 * What each error message key from the core says to the person in front of the
 * screen. Domains add their keys in their own file and spread them in here.
 */
const commonErrors: Record<string, Msg> = {
  'error.invalid_input': { vi: 'Thông tin chưa đúng. Xin kiểm tra lại.', en: 'Something in the form is not right. Please check it.' },
  'error.forbidden': { vi: 'Màn hình này không được làm việc đó.', en: 'This screen is not allowed to do that.' },
  'error.session_expired': { vi: 'Phiên làm việc đã hết. Xin mở lại đường dẫn của bàn hỗ trợ.', en: 'This session has ended. Please open the desk address again.' },
  'error.unknown_method': { vi: 'Chức năng này không có.', en: 'That function does not exist.' },
  'error.not_found': { vi: 'Không tìm thấy.', en: 'Not found.' },
  'error.walkthrough_not_found': { vi: 'Không tìm thấy bài hướng dẫn này.', en: 'This guide could not be found.' },
  'error.unknown_category': { vi: 'Loại hỗ trợ này không có.', en: 'That kind of help is not offered.' },
  'error.conflict': { vi: 'Việc này vừa được người khác làm. Xin xem lại.', en: 'Someone else just did this. Please look again.' },
  'error.unavailable': { vi: 'Máy đang bận hoặc mất kết nối. Xin thử lại, hoặc gọi tình nguyện viên.', en: 'The kiosk is busy or not connected. Please try again, or ask a volunteer.' },
  'error.too_large': { vi: 'Dữ liệu quá lớn.', en: 'That is too large.' },
  'error.internal': { vi: 'Có lỗi xảy ra. Xin thử lại, hoặc gọi tình nguyện viên.', en: 'Something went wrong. Please try again, or ask a volunteer.' },
};

export const errorCatalogue: Record<string, Msg> = {
  ...commonErrors,
  ...queueErrors,
  ...staffErrors,
  ...speechErrors,
};

export function errorMessage(key: string): Msg {
  return errorCatalogue[key] ?? commonErrors['error.internal']!;
}
