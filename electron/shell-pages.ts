import crypto from 'node:crypto';
import type { BilingualLabel } from '../contract/labels';
import { APP_ORIGIN } from './screens';
import type { StartupFailure } from './startup-failure';

/*
 * The shell's own static pages, as data: URLs: the start-up error, the "ask a
 * volunteer" notice and the staff-quit PIN prompt; and the print window's document.
 * None of them runs script (their windows have `javascript: false`, and each page's
 * CSP allows no script either). The buttons are plain form submissions to
 * app://kiosk/.shell/…, which the main process intercepts in `will-navigate` and
 * never lets happen (`shellAction` below reads them). Pure: tested in Node.
 */

/** Where the static pages' buttons "go": never loaded, read by `shellAction` in `will-navigate`. */
export const SHELL_ACTION_PATH = '/.shell/';
const CLOSE_URL = `${APP_ORIGIN}${SHELL_ACTION_PATH}close`;
const STAFF_QUIT_URL = `${APP_ORIGIN}${SHELL_ACTION_PATH}staff-quit`;

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function sha256(text: string): string {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const PAGE_CSS = `
html,body{margin:0;height:100%;background:#fff;color:#111;font-family:'Be Vietnam Pro','Noto Sans','DejaVu Sans',sans-serif}
body{display:flex;align-items:center;justify-content:center}
main{max-width:60rem;padding:2.5rem}
h1{font-size:2.2rem;margin:0 0 .25rem}
h1+p.en{font-size:1.4rem;margin:0 0 1.5rem;color:#333}
p{font-size:1.35rem;line-height:1.5;margin:.5rem 0}
.en{color:#333}
.where{margin:1.25rem 0;padding:1rem 1.25rem;background:#f3f3f3;border-left:.4rem solid #00461f}
.where p{font-size:1.15rem;margin:.25rem 0}
code{font-family:'DejaVu Sans Mono',monospace;font-size:1.05rem;word-break:break-all}
.detail{font-size:.95rem;color:#555}
form{margin-top:1.75rem;display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
button{font:inherit;font-size:1.3rem;padding:.8rem 1.6rem;border-radius:.5rem;border:.15rem solid #00461f;background:#00461f;color:#fff;min-width:12rem}
button.secondary{background:#fff;color:#00461f}
label{font-size:1.3rem;display:block;margin-top:1rem}
input{font:inherit;font-size:2rem;letter-spacing:.4rem;padding:.5rem .75rem;width:14rem;border:.15rem solid #333;border-radius:.4rem}
.message{font-size:1.2rem;font-weight:700;color:#8a0000}
.small main{padding:1.5rem}
.small h1{font-size:1.6rem}
.small h1+p.en{font-size:1.15rem;margin-bottom:.75rem}
.small p{font-size:1.1rem}
`;

/**
 * A page's CSP: nothing at all but its one stylesheet (by hash) and, where it has a
 * form, submitting to the shell's own action URL.
 */
export function shellPageCsp(css: string, withForm: boolean): string {
  return [`default-src 'none'`, `style-src ${sha256(css)}`, `img-src 'none'`, `script-src 'none'`, `base-uri 'none'`, `form-action ${withForm ? APP_ORIGIN : "'none'"}`].join('; ');
}

function page(title: string, body: string, options: { withForm: boolean; small?: boolean }): string {
  const csp = shellPageCsp(PAGE_CSS, options.withForm);
  return `<!doctype html><html lang="vi" translate="no"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}"><meta name="google" content="notranslate"><title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head><body${options.small ? ' class="small"' : ''}><main>${body}</main></body></html>`;
}

function heading(label: BilingualLabel): string {
  return `<h1>${escapeHtml(label.vi)}</h1><p class="en" lang="en">${escapeHtml(label.en)}</p>`;
}

function para(label: BilingualLabel, className = ''): string {
  return `<p${className ? ` class="${className}"` : ''}>${escapeHtml(label.vi)}</p><p class="en${className ? ` ${className}` : ''}" lang="en">${escapeHtml(label.en)}</p>`;
}

/** A page as a data: URL, for `loadURL`. */
export function dataUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/** The start-up error page: what failed, the file and folder by name, what to do, and a Close button. */
export function startupErrorPage(failure: StartupFailure): string {
  const where = [
    failure.file ? `<p>Tệp · <span lang="en">File</span>: <code>${escapeHtml(failure.file)}</code></p>` : '',
    failure.folder ? `<p>Thư mục · <span lang="en">Folder</span>: <code>${escapeHtml(failure.folder)}</code></p>` : '',
  ].join('');
  const body = [
    heading({ vi: `Điểm Hỗ trợ Số không khởi động được: ${failure.title.vi}`, en: `Digital Help Point could not start: ${failure.title.en}` }),
    where ? `<div class="where">${where}</div>` : '',
    para({ vi: `Cần làm: ${failure.whatToDo.vi}`, en: `What to do: ${failure.whatToDo.en}` }),
    failure.detail ? `<p class="detail" lang="en">${escapeHtml(failure.detail)}</p>` : '',
    `<form method="get" action="${CLOSE_URL}"><button type="submit" autofocus>Đóng · <span lang="en">Close</span></button></form>`,
  ].join('');
  return page('Điểm Hỗ trợ Số — Lỗi khởi động · Start-up error', body, { withForm: true });
}

/** In place of a screen that kept crashing after every recovery: ask a volunteer; staff restart the PC. */
export function screenFailedPage(): string {
  const body = [
    heading({ vi: 'Màn hình này đang gặp sự cố', en: 'This screen has a problem' }),
    para({ vi: 'Xin mời bạn hỏi tình nguyện viên ở bàn hỗ trợ.', en: 'Please ask a volunteer at the service desk.' }),
    `<div class="where">${para({
      vi: 'Dành cho nhân viên: màn hình đã tự khởi động lại nhiều lần mà vẫn lỗi. Hãy khởi động lại máy tính; nếu vẫn lỗi, gọi hỗ trợ kỹ thuật (nhật ký ghi lại từng lần).',
      en: 'For staff: the screen restarted itself several times and still failed. Restart the PC; if it happens again, call technical support (each restart is in the log).',
    })}</div>`,
  ].join('');
  return page('Điểm Hỗ trợ Số — Sự cố · A problem', body, { withForm: false });
}

/** The PIN prompt shown by Ctrl+Alt+Q: the key alone never quits. */
export function staffQuitPage(message?: BilingualLabel): string {
  const body = [
    heading({ vi: 'Thoát ứng dụng', en: 'Quit the app' }),
    para({ vi: 'Nhập mã PIN nhân viên để thoát.', en: 'Enter the staff PIN to quit.' }),
    message ? para(message, 'message') : '',
    `<form method="get" action="${STAFF_QUIT_URL}" autocomplete="off">`,
    `<label for="pin">Mã PIN · <span lang="en">PIN</span></label>`,
    `<input id="pin" name="pin" type="password" inputmode="numeric" maxlength="12" autocomplete="off" autofocus>`,
    `<button type="submit" name="do" value="quit">Thoát · <span lang="en">Quit</span></button>`,
    `<button type="submit" name="do" value="cancel" class="secondary" formnovalidate>Huỷ · <span lang="en">Cancel</span></button>`,
    `</form>`,
  ].join('');
  return page('Nhân viên thoát — Staff quit', body, { withForm: true, small: true });
}

export type ShellAction = { action: 'close' } | { action: 'staff-quit'; pin: string } | { action: 'staff-quit-cancel' };

/**
 * What a static page's button asked for, from the URL of the navigation it started;
 * null for anything else (which is simply refused). Only app://kiosk/.shell/close and
 * app://kiosk/.shell/staff-quit, parsed, count; the PIN is read and never navigated to.
 */
export function shellAction(url: string): ShellAction | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'app:' || u.hostname !== 'kiosk' || u.port !== '' || u.username !== '' || u.password !== '') return null;
  if (u.pathname === `${SHELL_ACTION_PATH}close`) return { action: 'close' };
  if (u.pathname !== `${SHELL_ACTION_PATH}staff-quit`) return null;
  const what = u.searchParams.get('do');
  if (what === 'cancel') return { action: 'staff-quit-cancel' };
  if (what !== 'quit') return null;
  return { action: 'staff-quit', pin: (u.searchParams.get('pin') ?? '').slice(0, 64) };
}

/**
 * The print window's document: the renderer's standalone receipt (renderer/print/html.ts:
 * `<!doctype html><html lang=…><head>…`) with a CSP put first in its head, allowing
 * only what the receipt templates emit: their inline stylesheet and inline SVG. No
 * image, font, frame, script or request of any kind (R18). Null for anything that
 * is not such a document, which is then not printed.
 */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function printDocument(html: string): string | null {
  if (typeof html !== 'string') return null;
  const head = /^\s*<!doctype html>\s*<html(\s[^<>]*)?>\s*<head(\s[^<>]*)?>/i.exec(html);
  if (!head) return null;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;
  return `${head[0]}${meta}${html.slice(head[0].length)}`;
}

/** The print session's request filter: a data: URL is the receipt itself; anything else is refused. */
export function printRequestAllowed(url: string): boolean {
  return typeof url === 'string' && /^data:/i.test(url);
}
