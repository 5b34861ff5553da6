import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

/**
 * What a voice should be given for a text shown on screen, so that it is said the way a
 * person at the point would say it. Applied just before any voice speaks (the speech
 * port wires it in); recorded clips are not affected. Pure: no DOM, no Node.
 *
 * - Names: VNeID, OTP, PIN, QR, AI (never the Vietnamese word "ai", "who"), CH Play.
 * - Web addresses: "dichvucong.gov.vn" → "dịch vụ công chấm gov chấm vn".
 * - Symbols: "@" → "a còng" / "at", "#" → "thăng" / "hash".
 * - Ticket numbers as the board shows them ("A012"): the letter, then each digit.
 * - Phone and hotline numbers (leading 0, or after "gọi", "nhắn", "tổng đài"…): digit by digit.
 * - Dates d/m/yyyy, amounts in đồng, and other numbers: in words (Vietnamese, by the
 *   read-vietnamese-number package) or with English thousands separators.
 */
export type SpeakLang = 'vi' | 'en';

const VI_DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Said as letters or as a person says them, per language. Matched as whole words, case-sensitive. */
const TERMS: Record<string, Record<SpeakLang, string>> = {
  VNeID: { vi: 'vê en e ai đi', en: 'V N e I D' },
  VssID: { vi: 'vê ét ét ai đi', en: 'V S S I D' },
  OTP: { vi: 'ô tê pê', en: 'O T P' },
  PIN: { vi: 'pin', en: 'pin' },
  QR: { vi: 'kiu a', en: 'Q R' },
  AI: { vi: 'ây ai', en: 'A I' },
  'CH Play': { vi: 'xê hát plây', en: 'C H Play' },
  NFC: { vi: 'en ép xê', en: 'N F C' },
};

/** Web-address labels said as the words they stand for (Vietnamese voice only). */
const DOMAIN_WORDS: Record<string, string> = {
  dichvucong: 'dịch vụ công',
  binhdanhocvuso: 'bình dân học vụ số',
  khonggianmang: 'không gian mạng',
  tinnhiemmang: 'tín nhiệm mạng',
  baohiemxahoi: 'bảo hiểm xã hội',
  hanoi: 'hà nội',
  vneid: TERMS.VNeID!.vi,
};

const viConfig = (() => {
  const c = new ReadingConfig();
  c.unit = [];
  return c;
})();

/** A whole number in Vietnamese words ("2025" → "hai nghìn không trăm hai mươi lăm"). */
function viNumber(digits: string): string {
  try {
    return doReadNumber(digits.replace(/^0+(?=\d)/, ''), viConfig).trim();
  } catch {
    return digitByDigit(digits, 'vi');
  }
}

function digitByDigit(digits: string, lang: SpeakLang): string {
  const names = lang === 'vi' ? VI_DIGITS : EN_DIGITS;
  return [...digits].map((d) => names[Number(d)] ?? d).join(' ');
}

/** "100.000" (Vietnamese grouping) → "100000"; null when it is not a grouped whole number. */
function ungroup(n: string): string {
  return n.replace(/[.,\s](?=\d{3}(?!\d))/g, '');
}

function englishGrouping(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function speakable(text: string, lang: SpeakLang): string {
  let s = text.normalize('NFC');

  // A symbol already spelled out before it, "dấu a còng (@)": drop the bracketed symbol.
  s = s.replace(/\s*\((@|#)\)/g, '');

  // Web addresses (before the symbols and numbers inside them are touched).
  s = s.replace(/\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)+(?:vn|com|net|org|me|gov))(\/[^\s]*)?/gi, (_m, host: string) => {
    const labels = host.toLowerCase().split('.');
    const join = lang === 'vi' ? ' chấm ' : ' dot ';
    return labels.map((l) => (lang === 'vi' ? (DOMAIN_WORDS[l] ?? l) : l)).join(join);
  });

  // Names and abbreviations, longest first.
  for (const term of Object.keys(TERMS).sort((a, b) => b.length - a.length)) {
    s = s.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(term)}(?![\\p{L}\\p{N}])`, 'gu'), TERMS[term]![lang]);
  }

  s = s.replace(/@/g, lang === 'vi' ? ' a còng ' : ' at ').replace(/#/g, lang === 'vi' ? ' thăng ' : ' hash ');

  // Ticket numbers as the board shows them: up to two capitals and three or more digits.
  s = s.replace(/(?<![\p{L}\p{N}])([A-Z]{1,2})(\d{3,})(?![\p{L}\p{N}])/gu, (_m, letters: string, digits: string) => `${letters.split('').join(' ')} ${digitByDigit(digits, lang)}`);

  // Dates d/m/yyyy ("ngày" is said once, whether or not the text has it).
  s = s.replace(/(ngày\s+)?(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gi, (m, _day: string | undefined, d: string, mo: string, y: string) => {
    const day = Number(d);
    const month = Number(mo);
    if (day < 1 || day > 31 || month < 1 || month > 12) return m;
    return lang === 'vi' ? `ngày ${viNumber(d)} tháng ${viNumber(mo)} năm ${viNumber(y)}` : `${day} ${EN_MONTHS[month - 1]} ${y}`;
  });

  // Ranges "8–20": "8 đến 20" / "8 to 20".
  s = s.replace(/(?<![\p{N}.,])(\d+)\s*[–—-]\s*(\d+)(?![\p{N}])/gu, (_m, a: string, b: string) => `${a} ${lang === 'vi' ? 'đến' : 'to'} ${b}`);

  // Amounts in đồng: "100.000 đồng", "100.000đ", "50.000 VND", "10 triệu đồng".
  s = s.replace(/(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(triệu|nghìn|ngàn|tỷ|tỉ|million|billion)?\s*(đồng|đ|VND|VNĐ|dong)(?![\p{L}])/gu, (_m, n: string, scale: string | undefined, _cur: string) => {
    const digits = ungroup(n);
    if (lang === 'vi') return `${viNumber(digits)}${scale ? ` ${scale === 'ngàn' ? 'nghìn' : scale === 'tỉ' ? 'tỷ' : scale}` : ''} đồng`;
    return `${englishGrouping(digits)}${scale ? ` ${scale}` : ''} dong`;
  });

  // Phone and hotline numbers: a leading 0, or after a word that calls or texts a number.
  s = s.replace(/(?<![\p{L}\p{N}.,])(0\d{2,}|\d{3,})(?![\p{N}])/gu, (m, digits: string, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 24), offset).toLowerCase();
    const callWord = /(gọi|tới|nhắn|tổng đài|đường dây nóng|hotline|call|text|số điện thoại|nhánh|extension)\s*(số\s*)?$/u.test(before);
    return digits.startsWith('0') || callWord ? digitByDigit(digits, lang) : m;
  });

  // Remaining numbers: grouped ("100.000") and plain.
  s = s.replace(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![\p{N}])(?!\s*(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|không|zero|one|two|three|four|five|six|seven|eight|nine)\b)/gu, (m, n: string) => {
    const digits = ungroup(n);
    if (lang === 'vi') return viNumber(digits);
    // English voices read digits well; only Vietnamese grouping ("100.000") is rewritten.
    return n.includes('.') ? englishGrouping(digits) : m;
  });

  return s.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?)])/g, '$1').trim();
}
