import type { BilingualLabel, Lang } from '../../contract/labels';
import type { BilingualText, Walkthrough, WalkthroughStep } from '../../contract/walkthrough';
import { qrSvg } from '../components/qr-svg';
import type { PrintJob } from '../platform/platform';
import { esc, printJob, standaloneDocument, type Receipt } from './html';

/**
 * The take-home summary of one walkthrough, for the 80 mm receipt roll: what it is
 * for, what to bring, the numbered steps with their safety notes, a fixed scam
 * warning, and a QR code to the official page. Plain HTML and CSS, built as
 * strings (no DOM, runs in Node), so the same layout prints from the browser,
 * silently from Electron, and to PDF in tests.
 *
 * The roll is continuous but Electron's silent print needs a page size, so
 * `estimateStepsSummaryHeightMm` predicts the printed height from the text, on
 * the generous side (a wide fallback font) so nothing is ever cut.
 */

export interface StepsSummaryOptions {
  pointName: string;
  /** IANA zone of the point, e.g. Asia/Ho_Chi_Minh. */
  timeZone: string;
  now: Date;
}

/** What the summary reads from a walkthrough; a whole `Walkthrough` fits. */
export type SummaryWalkthrough = Pick<Walkthrough, 'title' | 'goal' | 'needs' | 'officialLink'> & {
  steps: ReadonlyArray<Pick<WalkthroughStep, 'instruction' | 'safety'>>;
};

export const SUMMARY_PAGE = {
  widthMm: 80,
  /** Bounds for the page height: a short summary still feeds enough paper to tear off. */
  minHeightMm: 100,
  maxHeightMm: 1000,
} as const;

// Every size the estimate depends on lives here, and the CSS is built from them.
const PAD_X_MM = 5;
const PAD_Y_MM = 4;
const CONTENT_MM = SUMMARY_PAGE.widthMm - 2 * PAD_X_MM;
const LINE = 1.35;
const PT = {
  point: 10,
  title: 17,
  other: 10,
  body: 12,
  heading: 13,
  safety: 11,
  scam: 11.5,
  linkLabel: 11,
  url: 10,
  small: 10,
} as const;
const MM = {
  titleTop: 2,
  otherTop: 0.5,
  rule: 3, // space above and below a dashed rule
  ruleLine: 0.4,
  headingTop: 3.5,
  itemTop: 1,
  stepTop: 2.5,
  numberCol: 7,
  bulletCol: 5,
  safetyTop: 1.5,
  safetyBorder: 0.5,
  safetyPadX: 2,
  safetyPadY: 1.2,
  scamTop: 4,
  scamBorder: 0.6,
  scamPadX: 2.5,
  scamPadY: 2,
  linkTop: 4,
  qrTop: 1,
  /** Includes the 4-module white quiet zone drawn in the SVG itself. */
  qr: 36,
  qrBottom: 0.5,
  dateTop: 3,
  footerTop: 2,
  footerPad: 1.5,
} as const;

const TEXT = {
  goal: { vi: 'Mục tiêu', en: 'Goal' },
  needs: { vi: 'Bạn cần chuẩn bị', en: 'What you need' },
  steps: { vi: 'Các bước', en: 'Steps' },
  safety: { vi: 'Lưu ý an toàn', en: 'Safety' },
  scamLabel: { vi: 'Cảnh giác lừa đảo', en: 'Beware of scams' },
  scam: {
    vi: 'Không bao giờ đưa mã OTP hay mật khẩu cho bất kỳ ai. Công an và ngân hàng không bao giờ hỏi những thông tin này qua điện thoại.',
    en: 'Never give anyone your OTP code or passwords. Police and banks never ask for them by phone.',
  },
  scan: { vi: 'Quét mã để mở trang chính thức', en: 'Scan to open the official page' },
  printed: { vi: 'In ngày', en: 'Printed' },
  footer: {
    vi: 'Cần giúp thêm? Hãy quay lại điểm hỗ trợ, tình nguyện viên sẽ hướng dẫn bạn.',
    en: 'Need more help? Come back to the help point; a volunteer will guide you.',
  },
} as const satisfies Record<string, BilingualLabel>;

const STEPS_SUMMARY_CSS = `
.dhp-summary { box-sizing: border-box; width: ${SUMMARY_PAGE.widthMm}mm; padding: ${PAD_Y_MM}mm ${PAD_X_MM}mm; color: #000; background: #fff;
  font-family: 'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: ${PT.body}pt; font-weight: 400; line-height: ${LINE};
  text-align: left; letter-spacing: normal; word-spacing: normal; overflow-wrap: anywhere; }
.dhp-summary * { box-sizing: border-box; margin: 0; padding: 0; max-width: none; line-height: ${LINE}; }
.dhp-summary b { font-weight: 700; }
.dhp-summary .center { text-align: center; }
.dhp-summary .point { font-size: ${PT.point}pt; font-weight: 700; }
.dhp-summary .title { font-size: ${PT.title}pt; font-weight: 700; margin-top: ${MM.titleTop}mm; }
.dhp-summary .other { font-size: ${PT.other}pt; margin-top: ${MM.otherTop}mm; }
.dhp-summary .rule { border-top: ${MM.ruleLine}mm dashed #000; margin: ${MM.rule}mm 0; }
.dhp-summary .goal { font-size: ${PT.body}pt; }
.dhp-summary .heading { font-size: ${PT.heading}pt; font-weight: 700; margin-top: ${MM.headingTop}mm; }
.dhp-summary .row { display: flex; align-items: flex-start; font-size: ${PT.body}pt; }
.dhp-summary .need { margin-top: ${MM.itemTop}mm; }
.dhp-summary .step { margin-top: ${MM.stepTop}mm; }
.dhp-summary .bullet { flex: 0 0 ${MM.bulletCol}mm; }
.dhp-summary .n { flex: 0 0 ${MM.numberCol}mm; font-size: ${PT.heading}pt; font-weight: 700; }
.dhp-summary .text { flex: 1 1 auto; min-width: 0; }
.dhp-summary .safety { margin-top: ${MM.safetyTop}mm; border: ${MM.safetyBorder}mm solid #000; padding: ${MM.safetyPadY}mm ${MM.safetyPadX}mm; font-size: ${PT.safety}pt; }
.dhp-summary .scam { margin-top: ${MM.scamTop}mm; border: ${MM.scamBorder}mm solid #000; padding: ${MM.scamPadY}mm ${MM.scamPadX}mm; font-size: ${PT.scam}pt; font-weight: 700; }
.dhp-summary .qr { width: ${MM.qr}mm; height: ${MM.qr}mm; margin: ${MM.qrTop}mm auto ${MM.qrBottom}mm; }
.dhp-summary .qr svg { display: block; width: 100%; height: 100%; }
.dhp-summary .link-label { font-size: ${PT.linkLabel}pt; font-weight: 700; margin-top: ${MM.linkTop}mm; }
.dhp-summary .url { font-size: ${PT.url}pt; }
.dhp-summary .date { font-size: ${PT.small}pt; margin-top: ${MM.dateTop}mm; }
.dhp-summary .footer { font-size: ${PT.small}pt; margin-top: ${MM.footerTop}mm; border-top: ${MM.ruleLine}mm dashed #000; padding-top: ${MM.footerPad}mm; }
`;

/** The @page rule for one summary: the roll's width, and the height that summary needs. */
function stepsSummaryPageCss(heightMm: number): string {
  return `@page { size: ${SUMMARY_PAGE.widthMm}mm ${clampHeight(heightMm)}mm; margin: 0; }`;
}

export function stepsSummaryBodyHtml(walkthrough: SummaryWalkthrough, visitorLang: Lang, opts: StepsSummaryOptions): string {
  const lang = pickLang(visitorLang);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const t = (text: BilingualText | BilingualLabel) => esc(text[lang]);
  const link = walkthrough.officialLink;
  const qr = safeQr(link.url);
  const needs = walkthrough.needs.length
    ? `<p class="heading">${t(TEXT.needs)}</p>
  ${walkthrough.needs.map((need) => `<div class="row need"><span class="bullet">•</span><span class="text">${t(need)}</span></div>`).join('\n  ')}`
    : '';
  const steps = walkthrough.steps
    .map(
      (step, i) => `<div class="row step"><span class="n">${i + 1}.</span><div class="text"><p>${t(step.instruction)}</p>${
        step.safety ? `<p class="safety"><b>⚠ ${t(TEXT.safety)}:</b> ${t(step.safety)}</p>` : ''
      }</div></div>`,
    )
    .join('\n  ');
  return `<div class="dhp-summary" lang="${lang}">
  <p class="point center">${esc(opts.pointName)}</p>
  <p class="title center">${t(walkthrough.title)}</p>
  <p class="other center" lang="${other}">${esc(walkthrough.title[other])}</p>
  <div class="rule"></div>
  <p class="goal"><b>${t(TEXT.goal)}:</b> ${t(walkthrough.goal)}</p>
  ${needs}
  <p class="heading">${t(TEXT.steps)}</p>
  ${steps}
  <p class="scam">⚠ ${t(TEXT.scamLabel)}: ${t(TEXT.scam)}</p>
  <p class="link-label center">${t(link.label)}</p>
  ${qr ? `<div class="qr" role="img" aria-label="QR">${qr}</div>` : ''}
  ${qr ? `<p class="center url">${t(TEXT.scan)}:</p>` : ''}
  <p class="url center">${esc(link.url)}</p>
  <p class="date center">${t(TEXT.printed)} ${esc(formatDate(opts.now, opts.timeZone))}</p>
  <p class="footer center">${t(TEXT.footer)}</p>
</div>`;
}

function stepsSummaryReceipt(walkthrough: SummaryWalkthrough, visitorLang: Lang, opts: StepsSummaryOptions, heightMm: number): Receipt {
  const lang = pickLang(visitorLang);
  return {
    lang,
    title: walkthrough.title[lang],
    css: `${stepsSummaryPageCss(heightMm)}\n${STEPS_SUMMARY_CSS}`,
    bodyHtml: stepsSummaryBodyHtml(walkthrough, lang, opts),
  };
}

/** A standalone document, page size included: for the Electron print window and the PDF test. */
export function stepsSummaryDocument(walkthrough: SummaryWalkthrough, visitorLang: Lang, opts: StepsSummaryOptions): string {
  return standaloneDocument(stepsSummaryReceipt(walkthrough, visitorLang, opts, estimateStepsSummaryHeightMm(walkthrough, visitorLang, opts)));
}

/** The summary as the platform prints it, at `heightMm` (from `estimateStepsSummaryHeightMm`). */
export function stepsSummaryPrintJob(walkthrough: SummaryWalkthrough, visitorLang: Lang, opts: StepsSummaryOptions, heightMm: number): PrintJob {
  return printJob(stepsSummaryReceipt(walkthrough, visitorLang, opts, heightMm));
}

/**
 * The printed height in mm, from the same sizes the CSS uses, wrapping words as a
 * wide font would (DejaVu Sans, the fallback where Be Vietnam Pro is not
 * installed), plus a margin. Clamped to SUMMARY_PAGE's bounds; a summary longer
 * than the maximum flows onto a second page rather than being cut.
 */
export function estimateStepsSummaryHeightMm(walkthrough: SummaryWalkthrough, visitorLang: Lang, opts: Pick<StepsSummaryOptions, 'pointName'>): number {
  const lang = pickLang(visitorLang);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const link = walkthrough.officialLink;
  const lineMm = (pt: number) => pt * PT_MM * LINE;
  const block = (text: string, pt: number, widthMm = CONTENT_MM, bold = false) => wrapLines(text, pt, widthMm, bold) * lineMm(pt);
  const hasQr = safeQr(link.url) !== null;

  let mm = 2 * PAD_Y_MM;
  mm += block(opts.pointName, PT.point, CONTENT_MM, true);
  mm += MM.titleTop + block(walkthrough.title[lang], PT.title, CONTENT_MM, true);
  mm += MM.otherTop + block(walkthrough.title[other], PT.other);
  mm += 2 * MM.rule + MM.ruleLine;
  mm += block(`${TEXT.goal[lang]}: ${walkthrough.goal[lang]}`, PT.body);
  if (walkthrough.needs.length) {
    mm += MM.headingTop + block(TEXT.needs[lang], PT.heading, CONTENT_MM, true);
    for (const need of walkthrough.needs) mm += MM.itemTop + block(need[lang], PT.body, CONTENT_MM - MM.bulletCol);
  }
  mm += MM.headingTop + block(TEXT.steps[lang], PT.heading, CONTENT_MM, true);
  const textMm = CONTENT_MM - MM.numberCol;
  for (const step of walkthrough.steps) {
    let h = block(step.instruction[lang], PT.body, textMm);
    if (step.safety) {
      const inner = textMm - 2 * (MM.safetyBorder + MM.safetyPadX);
      h += MM.safetyTop + 2 * (MM.safetyBorder + MM.safetyPadY) + block(`⚠ ${TEXT.safety[lang]}: ${step.safety[lang]}`, PT.safety, inner);
    }
    mm += MM.stepTop + Math.max(h, lineMm(PT.heading));
  }
  mm += MM.scamTop + 2 * (MM.scamBorder + MM.scamPadY) + block(`⚠ ${TEXT.scamLabel[lang]}: ${TEXT.scam[lang]}`, PT.scam, CONTENT_MM - 2 * (MM.scamBorder + MM.scamPadX), true);
  if (hasQr) mm += MM.qrTop + MM.qr + MM.qrBottom + block(`${TEXT.scan[lang]}:`, PT.url);
  mm += MM.linkTop + block(link.label[lang], PT.linkLabel, CONTENT_MM, true);
  mm += block(link.url, PT.url);
  mm += MM.dateTop + lineMm(PT.small) * 2;
  mm += MM.footerTop + MM.ruleLine + MM.footerPad + block(TEXT.footer[lang], PT.small);
  // Fallback glyphs (⚠, marks stacked on capitals) can make a line box a little taller.
  return clampHeight(Math.ceil(mm * 1.02 + 6));
}

const PT_MM = 25.4 / 72;

/** Anything but 'en' (a stale preference, say) prints in Vietnamese rather than printing "undefined". */
function pickLang(lang: string): Lang {
  return lang === 'en' ? 'en' : 'vi';
}

function clampHeight(mm: number): number {
  if (!Number.isFinite(mm)) return SUMMARY_PAGE.maxHeightMm;
  return Math.min(SUMMARY_PAGE.maxHeightMm, Math.max(SUMMARY_PAGE.minHeightMm, Math.ceil(mm)));
}

/** Lines a greedy word wrap needs; a word longer than a line breaks anywhere (overflow-wrap: anywhere). */
function wrapLines(text: string, pt: number, widthMm: number, bold: boolean): number {
  const emMm = pt * PT_MM;
  const scale = bold ? 1.12 : 1;
  const width = (s: string) => [...s].reduce((sum, ch) => sum + charEm(ch), 0) * emMm * scale;
  const space = charEm(' ') * emMm * scale;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = width(word);
    if (used > 0 && used + space + w <= widthMm) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    // A word wider than the line breaks across lines.
    while (w > widthMm) {
      lines++;
      w -= widthMm;
    }
    used = w;
  }
  return lines;
}

/** Advance width in em, on the wide side of DejaVu Sans; diacritics do not widen a letter. */
function charEm(ch: string): number {
  const base = ch.normalize('NFD')[0] ?? ch;
  if (base === ' ') return 0.32;
  if ("il.,:;'’!|".includes(base)) return 0.3;
  if ('fjrt()[]-/'.includes(base)) return 0.43;
  if (base === 'm' || base === 'w') return 0.98;
  if (base === 'M' || base === 'W') return 1.0;
  if (/[A-Z]/.test(base)) return 0.77;
  if (/[0-9]/.test(base)) return 0.64;
  if (base.codePointAt(0)! > 0x2000) return 1.0;
  return 0.65;
}

/** "dd/mm/yyyy, HH:mm" in the point's zone, the way dates are written in Viet Nam. */
function formatDate(now: Date, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { ...options, timeZone }).formatToParts(now);
  } catch {
    // An unknown zone in settings must not stop the print: the points are all in Viet Nam.
    parts = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Asia/Ho_Chi_Minh' }).formatToParts(now);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}, ${part('hour')}:${part('minute')}`;
}

/** The QR code, or null if the text cannot be one (far too long); the URL is printed as text anyway. */
function safeQr(url: string): string | null {
  try {
    return qrSvg(url, { margin: 4 });
  } catch {
    return null;
  }
}
