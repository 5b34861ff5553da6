import type { Msg } from '../../i18n/i18n';
import { syncLabels } from './sync-labels';

/**
 * The staff's Sync tab and the settings' official codes (issue 14), Vietnamese first. Only the
 * lazily loaded panels import this file; the few words the always-loaded staff code needs are
 * in sync-labels.ts.
 */
export const syncText = {
  ...syncLabels,
  title: { vi: 'Đồng bộ số liệu với tỉnh', en: 'Sync figures with the province' },
  intro: {
    vi: 'Máy gửi số liệu (không có họ tên, số điện thoại hay ghi chú) lên máy chủ của tỉnh khi có mạng, và tự thử lại khi mất mạng. Không có mạng: lưu tệp đồng bộ ra USB và gửi cho tỉnh.',
    en: 'The point sends its figures (no names, phone numbers or notes) to the province server whenever there is a link, and retries by itself when there is none. No link at all: save a sync file to USB and take it to the province.',
  },

  statusTitle: { vi: 'Tình trạng', en: 'Status' },
  enrolledAs: { vi: 'Đã đăng ký với tỉnh: mã điểm {code}', en: 'Enrolled with the province: point code {code}' },
  notEnrolled: { vi: 'Chưa đăng ký với tỉnh.', en: 'Not enrolled with the province yet.' },
  server: { vi: 'Máy chủ của tỉnh', en: 'Province server' },
  lastSuccess: { vi: 'Lần đồng bộ thành công gần nhất', en: 'Last successful sync' },
  never: { vi: 'Chưa có', en: 'Never' },
  pending: { vi: 'Số dòng chờ gửi', en: 'Rows waiting to be sent' },
  lastError: { vi: 'Lỗi gần nhất', en: 'Last error' },
  noError: { vi: 'Không có', en: 'None' },
  nextAttempt: { vi: 'Lần thử tiếp theo', en: 'Next attempt' },
  lastBundle: { vi: 'Tệp đồng bộ USB gần nhất', en: 'Last USB sync file' },
  pointId: { vi: 'Mã máy (không đổi)', en: 'Computer id (never changes)' },
  syncNow: { vi: 'Đồng bộ ngay', en: 'Sync now' },
  syncAsked: { vi: 'Đã yêu cầu đồng bộ. Tình trạng sẽ cập nhật sau ít giây.', en: 'Sync requested. The status updates in a few seconds.' },
  registeredElsewhere: {
    vi: 'Tỉnh đăng ký điểm này ở xã/phường mã {commune}, còn cài đặt ghi mã {settings}. Hãy kiểm tra mục Cài đặt.',
    en: 'The province registered this point in commune {commune}, but the settings say {settings}. Please check Settings.',
  },

  enrolTitle: { vi: 'Đăng ký điểm với tỉnh', en: 'Enrol the point with the province' },
  reEnrolTitle: { vi: 'Đăng ký lại (mã mới hoặc máy chủ khác)', en: 'Enrol again (a new code or another server)' },
  enrolHelp: {
    vi: 'Tỉnh cấp địa chỉ máy chủ và một mã đăng ký dùng một lần (14 ngày). Địa chỉ phải bắt đầu bằng https://.',
    en: 'The province gives the server address and a one-time enrolment code (valid 14 days). The address must start with https://.',
  },
  serverUrl: { vi: 'Địa chỉ máy chủ của tỉnh', en: 'Province server address' },
  enrolmentCode: { vi: 'Mã đăng ký', en: 'Enrolment code' },
  enrol: { vi: 'Đăng ký', en: 'Enrol' },
  enrolling: { vi: 'Đang đăng ký…', en: 'Enrolling…' },
  enrolled: { vi: 'Đã đăng ký: mã điểm {code}.', en: 'Enrolled: point code {code}.' },

  bundleTitle: { vi: 'Tệp đồng bộ USB (khi không có mạng)', en: 'USB sync file (when there is no link)' },
  bundleHelp: {
    vi: 'Tệp có chữ ký của máy, chứa mọi dòng tỉnh chưa nhận. Nhập cùng một tệp hai lần không làm sai số liệu.',
    en: 'The file is signed by this computer and holds every row the province has not received yet. Importing the same file twice changes nothing.',
  },
  bundleAll: { vi: 'Mọi dòng tỉnh chưa nhận (nên dùng)', en: 'Every row the province has not received (recommended)' },
  bundleSince: { vi: 'Chỉ các dòng sau tệp USB trước', en: 'Only rows after the previous USB file' },
  bundleCode: { vi: 'Mã đăng ký (chỉ khi điểm chưa bao giờ có mạng)', en: 'Enrolment code (only if the point has never been online)' },
  saveBundle: { vi: 'Lưu tệp đồng bộ ra USB', en: 'Save the sync file to USB' },
  downloadBundle: { vi: 'Tải tệp đồng bộ', en: 'Download the sync file' },
  bundleSaved: { vi: 'Đã lưu {name} ({n} dòng).', en: 'Saved {name} ({n} rows).' },
  bundleSavedIn: { vi: 'Đã lưu {name} ({n} dòng) vào {folder}.', en: 'Saved {name} ({n} rows) in {folder}.' },

  longTitle: { vi: 'Bảng chỉ số (CSV dạng dọc, cho báo cáo phường)', en: 'Indicator table (long CSV, for the ward report)' },
  longHelp: {
    vi: 'Các cột: point_code, period, indicator, dimensions, value. Đơn vị luôn là lượt, không phải số người.',
    en: 'Columns: point_code, period, indicator, dimensions, value. The unit is always visits, never people.',
  },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  grain: { vi: 'Theo', en: 'By' },
  day: { vi: 'Ngày', en: 'Day' },
  week: { vi: 'Tuần', en: 'Week' },
  month: { vi: 'Tháng', en: 'Month' },
  downloadLong: { vi: 'Tải bảng chỉ số', en: 'Download the indicator table' },
  longReady: { vi: 'Đã tạo {name} ({n} dòng).', en: 'Made {name} ({n} rows).' },

  unenrolTitle: { vi: 'Ngừng đồng bộ ở máy này', en: 'Stop syncing on this computer' },
  unenrolHelp: {
    vi: 'Máy quên địa chỉ và mã truy cập. Các dòng chưa gửi vẫn được giữ. Việc ngừng điểm ở tỉnh do tỉnh làm trên trang của tỉnh.',
    en: 'This computer forgets the address and its token. Rows not yet sent are kept. Retiring the point at the province is done on the province’s dashboard.',
  },
  unenrolConfirm: { vi: 'Tôi muốn ngừng đồng bộ ở máy này', en: 'I want to stop syncing on this computer' },
  unenrol: { vi: 'Ngừng đồng bộ', en: 'Stop syncing' },
  unenrolled: { vi: 'Đã ngừng đồng bộ ở máy này.', en: 'Syncing stopped on this computer.' },

  // Settings: the official codes.
  unitsTitle: { vi: 'Địa bàn (danh mục chính thức)', en: 'Location (official list)' },
  unitsHelp: {
    vi: 'Gõ tên để tìm, không cần dấu: “ba dinh” tìm được Phường Ba Đình. Dùng phím mũi tên để chọn, Enter để chấp nhận.',
    en: 'Type to search, marks optional: “ba dinh” finds Phường Ba Đình. Arrow keys to move, Enter to choose.',
  },
  pickProvinceFirst: { vi: 'Chọn tỉnh/thành phố trước.', en: 'Choose the province first.' },
  noMatch: { vi: 'Không tìm thấy. Thử gõ ít chữ hơn.', en: 'Nothing found. Try typing less.' },
  matches: { vi: '{n} kết quả', en: '{n} results' },
  code: { vi: 'Mã', en: 'Code' },
  chosen: { vi: 'Đã chọn: {name} (mã {code})', en: 'Chosen: {name} (code {code})' },
  notChosen: { vi: 'Chưa chọn', en: 'Not chosen' },
  pointCode: { vi: 'Mã điểm', en: 'Point code' },
  pointCodeFromProvince: { vi: 'Mã điểm do tỉnh cấp: {code}', en: 'Point code given by the province: {code}' },
  pointCodeIncomplete: { vi: 'Chọn tỉnh, xã/phường và số thứ tự để có mã điểm.', en: 'Choose the province, the commune and the number to get the point code.' },
  autoMatched: { vi: 'Đã gán mã chính thức cho tên cũ: {names}.', en: 'Official codes given for the old names: {names}.' },
  legacyTitle: { vi: 'Cần cán bộ xác nhận', en: 'Staff need to confirm' },
  legacyFormer: {
    vi: '“{text}” là đơn vị trước 01/07/2025, nay thuộc:',
    en: '“{text}” is a unit from before 1 July 2025, now part of:',
  },
  legacyAmbiguous: { vi: '“{text}” có thể là:', en: '“{text}” could be:' },
  legacyUnmatched: { vi: '“{text}” không có trong danh mục. Gần giống:', en: '“{text}” is not in the official list. Close matches:' },
  legacyNone: { vi: 'Hãy tìm và chọn ở trên.', en: 'Please search and choose above.' },
  useCandidate: { vi: 'Chọn {name} ({code})', en: 'Choose {name} ({code})' },
} satisfies Record<string, Msg>;
