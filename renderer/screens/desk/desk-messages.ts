import type { Msg } from '../../i18n/i18n';

export const deskText = {
  title: { vi: 'Bàn hỗ trợ', en: 'Service desk' },
  waiting: { vi: 'Đang chờ ({count})', en: 'Waiting ({count})' },
  empty: { vi: 'Chưa có ai chờ.', en: 'Nobody is waiting.' },
  number: { vi: 'Số', en: 'Number' },
  need: { vi: 'Cần hỗ trợ', en: 'Needs help with' },
  priority: { vi: 'Ưu tiên', en: 'Priority' },
  issued: { vi: 'Lấy số lúc', en: 'Issued at' },
  waited: { vi: 'Đã chờ', en: 'Waited' },
  minutes: { vi: '{count} phút', en: '{count} min' },
  reached: { vi: 'Đã đến bước {step}', en: 'Reached step {step}' },
  noKey: {
    vi: 'Bàn hỗ trợ cần mở bằng đường dẫn có mã khóa, in ra khi khởi động kiosk. Xin hỏi cán bộ phường.',
    en: 'The service desk must be opened with the address that carries its key, printed when the kiosk starts. Please ask ward staff.',
  },
  other: { vi: 'Việc khác', en: 'Something else' },
} satisfies Record<string, Msg>;

export const priorityText: Record<string, Msg> = {
  age60: { vi: 'Người từ 60 tuổi', en: 'Aged 60+' },
  disability: { vi: 'Người khuyết tật', en: 'Disability' },
  pregnant: { vi: 'Phụ nữ mang thai', en: 'Pregnant' },
  'poor-household': { vi: 'Hộ nghèo, cận nghèo', en: 'Poor or near-poor household' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
};
