import type { Msg } from './i18n';

/** Strings shared by every screen: the toolbar and the error messages. */
export const common = {
  appName: { vi: 'Điểm Hỗ trợ Số', en: 'Digital Help Point' },
  startOver: { vi: 'Bắt đầu lại', en: 'Start over' },
  back: { vi: 'Quay lại', en: 'Back' },
  listenAgain: { vi: 'Nghe lại', en: 'Listen again' },
  textSize: { vi: 'Cỡ chữ', en: 'Text size' },
  textSizeState: { vi: 'Cỡ chữ: {step} trên {of}', en: 'Text size: {step} of {of}' },
  contrast: { vi: 'Tương phản cao', en: 'High contrast' },
  callVolunteer: { vi: 'Gọi tình nguyện viên', en: 'Call a volunteer' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  tryAgain: { vi: 'Thử lại', en: 'Try again' },
} satisfies Record<string, Msg>;

/** The language switch always shows each language's name in that language. */
export const LANGUAGE_NAMES: Record<'vi' | 'en', string> = { vi: 'Tiếng Việt', en: 'English' };

export const errors: Record<string, Msg> = {
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

export function errorMessage(key: string): Msg {
  return errors[key] ?? errors['error.internal']!;
}
