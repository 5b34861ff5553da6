import type { MessageKey } from '../../contract/errors';
import type { Msg } from './format';

/**
 * What each message key from the core says to the person in front of the screen.
 * Typed by the contract's `MessageKey`: a key without a sentence here does not compile.
 */
const MESSAGES: Record<MessageKey, Msg> = {
  'error.invalid_input': { vi: 'Thông tin chưa đúng. Xin kiểm tra lại.', en: 'Something in the form is not right. Please check it.' },
  'error.forbidden': { vi: 'Màn hình này không được làm việc đó.', en: 'This screen is not allowed to do that.' },
  'error.unknown_method': { vi: 'Chức năng này không có.', en: 'That function does not exist.' },
  'error.not_found': { vi: 'Không tìm thấy.', en: 'Not found.' },
  'error.conflict': { vi: 'Việc này vừa được người khác làm. Xin xem lại.', en: 'Someone else just did this. Please look again.' },
  'error.unavailable': { vi: 'Máy đang bận hoặc mất kết nối. Xin thử lại, hoặc gọi tình nguyện viên.', en: 'The kiosk is busy or not connected. Please try again, or ask a volunteer.' },
  'error.internal': { vi: 'Có lỗi xảy ra. Xin thử lại, hoặc gọi tình nguyện viên.', en: 'Something went wrong. Please try again, or ask a volunteer.' },

  'error.session_expired': { vi: 'Phiên làm việc đã hết. Xin mở lại đường dẫn của bàn hỗ trợ.', en: 'This session has ended. Please open the desk address again.' },
  'error.too_large': { vi: 'Dữ liệu quá lớn.', en: 'That is too large.' },
  'error.walkthrough_not_found': { vi: 'Không tìm thấy bài hướng dẫn này.', en: 'This guide could not be found.' },
  'error.unknown_category': { vi: 'Loại hỗ trợ này không có.', en: 'That kind of help is not offered.' },

  'error.desk_not_found': { vi: 'Không có bàn này. Xin chọn lại bàn.', en: 'That desk does not exist. Please pick again.' },
  'error.desk_not_signed_in': { vi: 'Bàn này chưa có người. Xin vào bàn trước.', en: 'Nobody is signed in at this desk. Please sign in first.' },
  'error.desk_has_visitor': { vi: 'Bàn còn đang gọi hoặc hỗ trợ một người. Xin hoàn tất trước khi rời bàn.', en: 'This desk is still calling or helping someone. Finish first.' },
  'error.desk_busy': { vi: 'Bàn đang có người. Xin hoàn tất, chuyển hoặc đánh dấu "Không đến" trước.', en: 'This desk already has a visitor. Finish, transfer or mark "Did not come" first.' },
  'error.ticket_not_found': { vi: 'Không tìm thấy số này trong hàng hôm nay.', en: "That number is not in today's queue." },
  'error.ticket_moved': { vi: 'Số này vừa thay đổi ở bàn khác. Danh sách đã được cập nhật.', en: 'That number just changed at another desk. The list is up to date now.' },
  'error.ticket_other_desk': { vi: 'Số này đang ở bàn khác.', en: 'That number is at another desk.' },
  'error.noshow_too_early': { vi: 'Xin gọi lại thêm trước khi đánh dấu "Không đến".', en: 'Please call again before marking "Did not come".' },
  'error.no_open_session': { vi: 'Buổi hỗ trợ này chưa bắt đầu.', en: 'This session has not started.' },

  'error.pin_wrong': { vi: 'Mã PIN chưa đúng.', en: 'That PIN is not right.' },
  'error.pin_locked': { vi: 'Đã khóa do nhập sai nhiều lần. Xin chờ rồi thử lại.', en: 'Locked after too many wrong tries. Please wait and try again.' },
  'error.pin_format': { vi: 'Mã PIN phải có 6 đến 12 chữ số.', en: 'The PIN must be 6 to 12 digits.' },
  'error.pin_already_set': { vi: 'Mã PIN đã được đặt. Hãy đăng nhập.', en: 'A PIN is already set. Please sign in.' },
  'error.pin_not_set': { vi: 'Chưa có mã PIN. Hãy đặt mã PIN trước.', en: 'No PIN yet. Please set one first.' },
  'error.settings_unknown_walkthrough': { vi: 'Có bài hướng dẫn không tồn tại trong danh sách.', en: 'The list names a guide that does not exist.' },
  'error.content_nothing_to_roll_back': { vi: 'Không có gói nào để quay lại.', en: 'There is no pack to roll back.' },
  'error.visitor_not_found': { vi: 'Không tìm thấy phiếu này trong ngày đã chọn.', en: 'No such ticket on that day.' },

  'error.speechUnavailable': { vi: 'Máy này chưa có giọng đọc.', en: 'This kiosk has no reading voice.' },

  // The point's sync with its province (issue 14): the Sync tab and the settings' official codes.
  'error.sync_address_invalid': { vi: 'Địa chỉ máy chủ của tỉnh không đúng. Ví dụ: https://tinh.example.gov.vn/', en: 'That is not a province server address. Example: https://province.example.gov.vn/' },
  'error.sync_address_insecure': { vi: 'Địa chỉ phải bắt đầu bằng https:// (http:// chỉ dùng cho chính máy này).', en: 'The address must start with https:// (http:// only for this computer itself).' },
  'error.sync_enrolment_code_format': { vi: 'Mã đăng ký gồm 12 chữ và số, ví dụ K7QD-M2XP-9RTA.', en: 'An enrolment code is 12 letters and digits, e.g. K7QD-M2XP-9RTA.' },
  'error.sync_enrolment_code_invalid': { vi: 'Mã đăng ký không đúng, đã dùng hoặc đã hết hạn. Xin tỉnh cấp mã mới.', en: 'The enrolment code is wrong, already used or expired. Ask the province for a new one.' },
  'error.sync_already_enrolled': { vi: 'Máy này đã được đăng ký cho một điểm khác ở tỉnh.', en: 'The province already has this computer as another point.' },
  'error.sync_not_enrolled': { vi: 'Điểm chưa đăng ký với tỉnh.', en: 'The point is not enrolled with the province yet.' },
  'error.sync_unreachable': { vi: 'Không kết nối được máy chủ của tỉnh. Máy sẽ tự thử lại sau.', en: 'Cannot reach the province server. It will try again by itself.' },
  'error.sync_timeout': { vi: 'Máy chủ của tỉnh không trả lời kịp. Máy sẽ tự thử lại sau.', en: 'The province server did not answer in time. It will try again by itself.' },
  'error.sync_server': { vi: 'Máy chủ của tỉnh đang gặp lỗi. Máy sẽ tự thử lại sau.', en: 'The province server has a problem. It will try again by itself.' },
  'error.sync_rate_limited': { vi: 'Máy chủ của tỉnh đang bận. Máy sẽ tự thử lại sau.', en: 'The province server is busy. It will try again by itself.' },
  'error.sync_token_invalid': { vi: 'Tỉnh không nhận mã truy cập của điểm. Xin tỉnh cấp mã đăng ký mới và đăng ký lại.', en: 'The province does not accept this point’s token. Ask for a new enrolment code and enrol again.' },
  'error.sync_point_retired': { vi: 'Tỉnh đã ngừng sử dụng điểm này. Liên hệ tỉnh.', en: 'The province has retired this point. Contact the province.' },
  'error.sync_point_mismatch': { vi: 'Tỉnh ghi nhận mã này cho một máy khác. Liên hệ tỉnh.', en: 'The province has this token for another computer. Contact the province.' },
  'error.sync_gap': { vi: 'Tỉnh còn thiếu dữ liệu trước đó của điểm. Hãy lưu tệp đồng bộ đầy đủ và gửi cho tỉnh.', en: 'The province is missing earlier data from this point. Save a full sync file and send it to the province.' },
  'error.sync_too_large': { vi: 'Dữ liệu gửi lên quá lớn cho máy chủ của tỉnh.', en: 'The data is too large for the province server.' },
  'error.sync_refused': { vi: 'Máy chủ của tỉnh từ chối dữ liệu. Liên hệ tỉnh.', en: 'The province server refused the data. Contact the province.' },
  'error.sync_commune_unknown': { vi: 'Mã xã/phường không có trong danh mục của tỉnh.', en: 'The commune code is not in the province’s list.' },
  'error.sync_failed': { vi: 'Đồng bộ gặp lỗi ngoài dự kiến. Máy sẽ tự thử lại sau.', en: 'Sync failed unexpectedly. It will try again by itself.' },
  'error.settings_unknown_admin_unit': { vi: 'Mã tỉnh hoặc xã/phường không có trong danh mục chính thức.', en: 'The province or commune code is not in the official list.' },
  'error.settings_commune_not_in_province': { vi: 'Xã/phường đã chọn không thuộc tỉnh/thành đã chọn.', en: 'The commune chosen is not in the province chosen.' },
};

/** The sentence for a key from the core; a key this build does not know (an older screen, a newer core) reads as "something went wrong". */
export function errorMessage(key: string): Msg {
  return Object.hasOwn(MESSAGES, key) ? MESSAGES[key as MessageKey] : MESSAGES['error.internal'];
}
