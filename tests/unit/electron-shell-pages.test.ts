import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
// Pure: none of these import Electron at run time.
import { dataUrl, escapeHtml, printDocument, printRequestAllowed, PRINT_CSP, screenFailedPage, shellAction, startupErrorPage, staffQuitPage } from '../../electron/shell-pages';
import { describeStartupFailure, isStartupFailure, startupFailureLine, type StartupFailure } from '../../electron/startup-failure';
import { STAFF_QUIT_CALLER, staffQuitOutcome } from '../../electron/staff-quit';
import { failure } from '../../contract/errors';
import { ticketDocument } from '../../renderer/print/ticket-template';
import { stepsSummaryDocument, type SummaryWalkthrough } from '../../renderer/print/steps-summary-template';
import type { IssuedTicket } from '../../contract/dto';

const DATA_FILE = '/home/dhp-kiosk/.config/Digital Help Point/help-point.sqlite';

/** The CSP a page declares in its meta tag. */
function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  if (!m) throw new Error('no CSP meta');
  return m[1]!.replace(/&#39;/g, "'");
}

/** A CSP as directive → sources. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('static pages: no script, a strict CSP', () => {
  const pages = {
    'start-up error': startupErrorPage(describeStartupFailure(new Error('database disk image is malformed'), DATA_FILE)),
    notice: screenFailedPage(),
    'staff quit': staffQuitPage(),
    'staff quit with a message': staffQuitPage({ vi: 'Sai', en: 'Wrong' }),
  };

  it.each(Object.entries(pages))('%s: CSP first in the head, nothing allowed but its own stylesheet (by hash) and its form', (_name, html) => {
    expect(html.startsWith('<!doctype html><html lang="vi" translate="no"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')).toBe(true);
    const d = directives(cspOf(html));
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['script-src']).toEqual(["'none'"]);
    expect(d['img-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(d['style-src']).toEqual([`'sha256-${crypto.createHash('sha256').update(css).digest('base64')}'`]);
    expect(['app://kiosk', "'none'"]).toContain(d['form-action']![0]);
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=|<img|<iframe|<link|style="/i);
    expect(html).toContain('<meta name="google" content="notranslate">');
  });

  it('a data: URL round-trips the page', () => {
    const html = staffQuitPage();
    expect(decodeURIComponent(dataUrl(html).slice('data:text/html;charset=utf-8,'.length))).toBe(html);
  });
});

describe('the start-up error page (R3)', () => {
  it('names the file and the folder, in both languages, with what to do and a Close button', () => {
    const html = startupErrorPage(describeStartupFailure(new Error('file is not a database'), DATA_FILE));
    expect(html).toContain(`<code>${escapeHtml(DATA_FILE)}</code>`);
    expect(html).toContain(`<code>${escapeHtml('/home/dhp-kiosk/.config/Digital Help Point')}</code>`);
    expect(html).toContain('Tệp dữ liệu bị hỏng');
    expect(html).toContain('The data file is damaged');
    expect(html).toContain('Cần làm:');
    expect(html).toContain('What to do:');
    expect(html).toContain('file is not a database');
    expect(html).toContain('action="app://kiosk/.shell/close"');
  });

  it('escapes a hostile file name and message', () => {
    const html = startupErrorPage(describeStartupFailure(new Error('<img src=x onerror=alert(1)>'), '/tmp/"><script>alert(1)</script>/help-point.sqlite'));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('describeStartupFailure: the core’s errors, as measured (R4)', () => {
  const cases: [string, Error, string][] = [
    ['truncated file', new Error('database disk image is malformed'), 'The data file is damaged'],
    ['random bytes', new Error('file is not a database'), 'The data file is damaged'],
    ['a page overwritten', new Error(`The data file ${DATA_FILE} failed its integrity check (*** in database main *** Tree 11 page 11)`), 'The data file is damaged'],
    ['newer schema', new Error('The data file was written by a newer version (schema 99, this build knows 3).'), 'The data file was written by a newer version'],
    ['read-only folder', new Error('unable to open database file'), 'The data folder cannot be written to'],
    ['read-only file', new Error('attempt to write a readonly database'), 'The data folder cannot be written to'],
    ['no permission to make the folder', Object.assign(new Error("EACCES: permission denied, mkdir '/data'"), { code: 'EACCES' }), 'The data folder cannot be written to'],
    ['full disk', new Error('disk I/O error'), 'The disk is full or failing'],
    ['full disk (ENOSPC)', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }), 'The disk is full or failing'],
    ['anything else', new Error('something odd'), 'The data file could not be opened'],
  ];
  it.each(cases)('%s', (_name, err, title) => {
    const f = describeStartupFailure(err, DATA_FILE);
    expect(f.title.en).toBe(title);
    expect(f.title.vi.length).toBeGreaterThan(5);
    expect(f.whatToDo.vi.length).toBeGreaterThan(20);
    expect(f.whatToDo.en.length).toBeGreaterThan(20);
    expect(f.file).toBe(DATA_FILE);
    expect(f.folder).toBe('/home/dhp-kiosk/.config/Digital Help Point');
    expect(f.detail).toContain(err.message);
  });

  it('a thrown non-Error still gives a failure', () => {
    expect(describeStartupFailure('boom', DATA_FILE)).toMatchObject({ file: DATA_FILE, detail: 'boom' });
    expect(describeStartupFailure(undefined, DATA_FILE).title.en).toBe('The data file could not be opened');
  });

  it('the core’s own typed failure wins, thrown directly or as err.startupFailure', () => {
    const typed: StartupFailure = {
      title: { vi: 'Tệp hỏng; đã khôi phục bản sao lưu lúc 07:00', en: 'Damaged; restored the 07:00 backup' },
      file: '/d/help-point.sqlite',
      folder: '/d',
      whatToDo: { vi: 'Kiểm tra', en: 'Check' },
    };
    expect(describeStartupFailure(typed, DATA_FILE)).toBe(typed);
    expect(describeStartupFailure(Object.assign(new Error('x'), { startupFailure: typed }), DATA_FILE)).toBe(typed);
    expect(isStartupFailure({ title: { vi: 'a' }, whatToDo: { vi: 'b', en: 'c' } })).toBe(false);
    expect(isStartupFailure(null)).toBe(false);
  });

  it('reads the storage work’s StartupError by its shape (name, problem, path, bilingual text)', () => {
    class StartupError extends Error {
      override readonly name = 'StartupError';
      constructor(
        readonly problem: string,
        readonly path: string,
        readonly text: { vi: string; en: string },
        options?: { cause?: unknown },
      ) {
        super(text.en, options);
      }
    }
    const text = { vi: `Thư mục dữ liệu /d chỉ đọc. Hãy kiểm tra quyền ghi.`, en: `The data folder /d is read-only. Check the permissions.` };
    expect(describeStartupFailure(new StartupError('read-only', '/d', text, { cause: new Error('EROFS') }), '/d/help-point.sqlite')).toEqual({
      title: { vi: 'Không ghi được vào thư mục dữ liệu', en: 'The data folder cannot be written to' },
      folder: '/d',
      whatToDo: text,
      detail: 'EROFS',
    });
    expect(describeStartupFailure(new StartupError('newer-schema', '/d/help-point.sqlite', text), '/d/help-point.sqlite')).toMatchObject({
      title: { en: 'The data file was written by a newer version' },
      file: '/d/help-point.sqlite',
      folder: '/d',
    });
    expect(describeStartupFailure(new StartupError('folder-missing', '/mnt/usb/dhp', text), '/mnt/usb/dhp/help-point.sqlite')).toMatchObject({ title: { en: 'The data folder is missing' }, folder: '/mnt/usb/dhp' });
    expect(describeStartupFailure(new StartupError('something-new', '/d', text), '/d/help-point.sqlite').title.en).toBe('The data file could not be opened');
  });

  it('one log line names the file', () => {
    expect(startupFailureLine(describeStartupFailure(new Error('file is not a database'), DATA_FILE))).toBe(
      `Digital Help Point could not start: The data file is damaged (${DATA_FILE}). ${describeStartupFailure(new Error('x is not a database'), DATA_FILE).whatToDo.en} [file is not a database]`,
    );
  });
});

describe('the static pages’ buttons: shellAction', () => {
  it('reads Close and the PIN form', () => {
    expect(shellAction('app://kiosk/.shell/close')).toEqual({ action: 'close' });
    expect(shellAction('app://kiosk/.shell/close?')).toEqual({ action: 'close' });
    expect(shellAction('app://kiosk/.shell/staff-quit?pin=123456&do=quit')).toEqual({ action: 'staff-quit', pin: '123456' });
    expect(shellAction('app://kiosk/.shell/staff-quit?pin=&do=quit')).toEqual({ action: 'staff-quit', pin: '' });
    expect(shellAction('app://kiosk/.shell/staff-quit?pin=123456&do=cancel')).toEqual({ action: 'staff-quit-cancel' });
  });

  it('caps a long PIN and keeps an odd one as typed (the core judges it)', () => {
    expect(shellAction(`app://kiosk/.shell/staff-quit?pin=${'9'.repeat(500)}&do=quit`)).toEqual({ action: 'staff-quit', pin: '9'.repeat(64) });
    expect(shellAction('app://kiosk/.shell/staff-quit?pin=%3Cb%3E&do=quit')).toEqual({ action: 'staff-quit', pin: '<b>' });
  });

  it.each([
    'app://kiosk/.shell/staff-quit?pin=123456',
    'app://kiosk/.shell/staff-quit?pin=123456&do=delete',
    'app://kiosk/.shell/other',
    'app://kiosk/kiosk',
    'app://other/.shell/close',
    'app://kiosk:1/.shell/close',
    'app://u@kiosk/.shell/close',
    'https://kiosk/.shell/close',
    'data:text/html,app://kiosk/.shell/close',
    'javascript:"app://kiosk/.shell/close"',
    'file:///.shell/close',
    '',
    'nonsense',
  ])('ignores %s', (url) => {
    expect(shellAction(url)).toBeNull();
  });
});

describe('staff quit: the core’s answer', () => {
  it('checks the PIN as the desk does, named for the audit', () => {
    expect(STAFF_QUIT_CALLER).toEqual({ role: 'volunteer', actor: 'staff-quit', staffToken: null });
  });

  it('quits on a sign-in, with its token to end it', () => {
    expect(staffQuitOutcome({ ok: true, value: { token: 'tok', idleMinutes: 10 } })).toEqual({ quit: true, token: 'tok' });
    expect(staffQuitOutcome({ ok: true, value: null }).quit).toBe(false);
  });

  it.each([
    ['error.pin_wrong', 'wrong'],
    ['error.pin_locked', 'locked'],
    ['error.pin_not_set', 'No staff PIN'],
    ['error.invalid_input', 'not a valid PIN'],
    ['error.internal', 'could not be checked'],
  ] as const)('%s → stays, and says so', (key, text) => {
    const outcome = staffQuitOutcome(failure(key === 'error.pin_wrong' || key === 'error.pin_locked' ? 'forbidden' : key === 'error.pin_not_set' ? 'not_found' : key === 'error.invalid_input' ? 'invalid_input' : 'internal', key));
    expect(outcome.quit).toBe(false);
    if (!outcome.quit) {
      expect(outcome.message.en).toContain(text);
      expect(outcome.message.vi.length).toBeGreaterThan(5);
    }
  });
});

describe('the print window’s document (R18)', () => {
  const ticket: IssuedTicket = {
    id: 1,
    displayNumber: 'A001',
    category: 'other',
    serviceTitle: { vi: 'Việc khác', en: 'Something else' },
    pointName: 'Phường Ba Đình',
    issuedAt: '2026-09-01T01:00:00.000Z',
    timeZone: 'Asia/Ho_Chi_Minh',
    peopleAhead: 2,
    estimatedWaitMinutes: 10,
    takeHomeLink: 'https://dichvucong.gov.vn/',
  };
  const walkthrough: SummaryWalkthrough = {
    title: { vi: 'Cài VNeID', en: 'Install VNeID' },
    goal: { vi: 'Có tài khoản định danh', en: 'Have an ID account' },
    needs: [{ vi: 'Căn cước', en: 'ID card' }],
    steps: [{ instruction: { vi: 'Mở ứng dụng', en: 'Open the app' }, safety: { vi: 'Không đọc mã OTP cho ai', en: 'Never read the OTP to anyone' } }],
    officialLink: { url: 'https://vneid.gov.vn/', label: { vi: 'Trang VNeID', en: 'VNeID site' } },
  };
  const summary = () => stepsSummaryDocument(walkthrough, 'vi', { pointName: 'Phường Ba Đình', timeZone: 'Asia/Ho_Chi_Minh', now: new Date('2026-09-01T01:00:00Z') });

  it('puts the CSP first in the head of the renderer’s own receipt, leaving the rest as it was', () => {
    const html = ticketDocument(ticket);
    const doc = printDocument(html)!;
    expect(doc).not.toBeNull();
    const head = doc.indexOf('<head>') + '<head>'.length;
    expect(doc.slice(head).startsWith(`<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`)).toBe(true);
    expect(doc.replace(`<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`, '')).toBe(html);
  });

  it('allows only what the templates emit: inline style and inline SVG; no image, font, script or request', () => {
    const d = directives(PRINT_CSP);
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['style-src']).toEqual(["'unsafe-inline'"]);
    for (const k of ['img-src', 'font-src', 'script-src', 'object-src', 'base-uri', 'form-action']) expect(d[k], k).toEqual(["'none'"]);
    // So the receipts must need nothing else: no external resource in what the templates emit.
    for (const html of [ticketDocument(ticket), summary()]) {
      expect(html).not.toMatch(/<img|<link|<script|<iframe|<object|url\(|@import|@font-face|src=|href=/i);
      expect(html).toMatch(/<svg/);
      expect(printDocument(html)).not.toBeNull();
    }
  });

  it.each([
    '',
    '<html><head></head><body>no doctype</body></html>',
    '<img src=http://evil/x><!doctype html><html><head></head></html>',
    'x<!doctype html><html><head></head></html>',
    '<!doctype html><body><img src=http://evil/x></body>',
    '<!doctype html><html><img src=http://evil/x><head></head></html>',
  ])('refuses a document that is not a receipt: %s', (html) => {
    expect(printDocument(html)).toBeNull();
  });

  it('takes the html and head with their attributes, and only those', () => {
    expect(printDocument('<!doctype html><html lang="en"><head data-x="1"><title>t</title></head></html>')).toBe(
      `<!doctype html><html lang="en"><head data-x="1"><meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}"><title>t</title></head></html>`,
    );
    expect(printDocument(null as unknown as string)).toBeNull();
  });

  it('the print session lets through the receipt’s data: URL only', () => {
    expect(printRequestAllowed('data:text/html;charset=utf-8,%3C')).toBe(true);
    for (const url of ['http://evil/x.png', 'https://evil/', 'file:///etc/passwd', 'app://kiosk/kiosk', 'blob:null/1', 'ws://x', '']) expect(printRequestAllowed(url), url).toBe(false);
  });
});
