import type { Msg } from '../../i18n/i18n';

export const kioskText = {
  homeTitle: { vi: 'Bạn cần làm gì hôm nay?', en: 'What would you like to do today?' },
  homeHint: { vi: 'Chạm vào một ô để được hướng dẫn từng bước.', en: 'Tap a box to be guided step by step.' },
  steps: { vi: '{count} bước', en: '{count} steps' },
  yourNumber: { vi: 'Số của bạn', en: 'Your number' },
  ticketHint: { vi: 'Xin ngồi chờ. Tình nguyện viên sẽ gọi số này.', en: 'Please take a seat. A volunteer will call this number.' },
  peopleAhead: { vi: 'Còn {count} người trước bạn', en: '{count} people ahead of you' },
  nobodyAhead: { vi: 'Bạn là người tiếp theo', en: 'You are next' },
  issuing: { vi: 'Đang lấy số…', en: 'Getting your number…' },
  done: { vi: 'Xong', en: 'Done' },
} satisfies Record<string, Msg>;
