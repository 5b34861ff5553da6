import type { Msg } from '../../i18n/i18n';

/** The words of issue 14 the always-loaded staff code needs: the tab's name and two settings labels. */
export const syncLabels = {
  tab: { vi: 'Đồng bộ', en: 'Sync' },
  unitsLoading: { vi: 'Đang tải danh mục đơn vị hành chính…', en: 'Loading the list of administrative units…' },
  pointNumber: { vi: 'Số thứ tự của điểm trong xã/phường', en: 'The point’s number in its commune' },
} satisfies Record<string, Msg>;
