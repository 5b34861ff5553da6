import type { Msg } from './format';

/** Strings shared by every screen: the toolbar and the error messages. */
export const common = {
  appName: { vi: 'Điểm Hỗ trợ Số', en: 'Digital Help Point' },
  controls: { vi: 'Điều khiển', en: 'Controls' },
  startOver: { vi: 'Bắt đầu lại', en: 'Start over' },
  back: { vi: 'Quay lại', en: 'Back' },
  listenAgain: { vi: 'Nghe lại', en: 'Listen again' },
  textSize: { vi: 'Cỡ chữ', en: 'Text size' },
  contrast: { vi: 'Tương phản cao', en: 'High contrast' },
  callVolunteer: { vi: 'Gọi tình nguyện viên', en: 'Call a volunteer' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  tryAgain: { vi: 'Thử lại', en: 'Try again' },
} satisfies Record<string, Msg>;
