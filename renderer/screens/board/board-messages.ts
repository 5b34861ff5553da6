import type { Msg } from '../../i18n/format';

/** Every string on the TV board, Vietnamese first; the board shows English beside it when the point's settings ask for it. */
export const boardText = {
  title: { vi: 'Bảng gọi số', en: 'Queue board' },
  nowServing: { vi: 'Đang phục vụ', en: 'Now serving' },
  next: { vi: 'Số tiếp theo', en: 'Next numbers' },
  waiting: { vi: 'Đang chờ: {count}', en: 'Waiting: {count}' },
  none: { vi: 'Chưa có', en: 'None yet' },
  desk: { vi: 'Bàn {desk}', en: 'Desk {desk}' },
  nobodyWaiting: { vi: 'Không có ai đang chờ', en: 'Nobody is waiting' },
  /** What is said (and shown) for a call: "Mời số A012 đến bàn số 2". */
  call: { vi: 'Mời số {number} đến bàn số {desk}', en: 'Number {number}, please go to desk {desk}' },
} satisfies Record<string, Msg>;
