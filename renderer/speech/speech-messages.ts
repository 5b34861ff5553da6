import type { Msg } from '../i18n/i18n';

/** Error texts of the speech domain, spread into renderer/i18n/errors.ts. */
export const speechErrors: Record<string, Msg> = {
  'error.speechUnavailable': { vi: 'Máy này chưa có giọng đọc.', en: 'This kiosk has no reading voice.' },
};
