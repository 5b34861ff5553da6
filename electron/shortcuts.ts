/*
 * Which keys the shell lets through to the page (pure: no Electron at run time, so
 * the table is tested in Node). Every window's `before-input-event` asks
 * `shortcutDecision`; a blocked key never reaches Chromium's own accelerators or
 * the page. Electron builds no menu here (Menu.setApplicationMenu(null)), so most of
 * these keys would do nothing today anyway: the filter makes that a rule rather
 * than a side effect of the menu (finding R19).
 */

/** The parts of Electron's `Input` the decision reads. */
export interface ShortcutInput {
  /** 'keyDown' or 'keyUp' (Electron's `Input.type`). */
  type: string;
  /** KeyboardEvent.key: 'r', 'R', 'F5', '+', 'Enter', … */
  key: string;
  /** KeyboardEvent.code: 'KeyR', 'NumpadAdd', … (layout-independent). */
  code?: string;
  shift?: boolean;
  control?: boolean;
  alt?: boolean;
  meta?: boolean;
  isAutoRepeat?: boolean;
}

/** What the staff keys ask for: Ctrl+Alt+D, Ctrl+Alt+B and Ctrl+Alt+Q. */
export type StaffCommand = 'desk' | 'board' | 'quit';

export type BlockReason = 'reload' | 'devtools' | 'zoom' | 'print' | 'close' | 'fullscreen' | 'navigation' | 'view-source' | 'staff-key';

export type ShortcutDecision = { action: 'pass' } | { action: 'block'; reason: BlockReason } | { action: 'staff'; command: StaffCommand };

const PASS: ShortcutDecision = { action: 'pass' };
const block = (reason: BlockReason): ShortcutDecision => ({ action: 'block', reason });

/** Keys some keyboards carry for the browser itself (back, forward, reload, home). */
const BROWSER_KEYS = new Set(['BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserStop', 'BrowserSearch', 'BrowserFavorites']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
const STAFF_LETTERS: Record<string, StaffCommand> = { d: 'desk', b: 'board', q: 'quit' };

/**
 * The letter a key press means: the typed letter where it is a Latin one (so an
 * AZERTY Ctrl+A stays "select all" although it sits on the Q key); the physical key
 * (`KeyR` → 'r') only where no character is given ('Process' under an input method,
 * 'Unidentified'); nothing for another character (AltGr+Q typing '@' is not Ctrl+Alt+Q).
 */
function letterOf(input: ShortcutInput): string {
  const key = input.key ?? '';
  if (/^[a-zA-Z]$/.test(key)) return key.toLowerCase();
  if ([...key].length === 1) return '';
  const code = input.code ?? '';
  return /^Key[A-Z]$/.test(code) ? code.slice(3).toLowerCase() : '';
}

/**
 * One key press → pass it to the page, block it, or run a staff command.
 *
 * Blocked on every window: reload (F5, Ctrl/Cmd+R, Ctrl+Shift+R, the browser keys),
 * developer tools (F12, Ctrl+Shift+I/J/C, Cmd+Alt+I/J/C), zoom (Ctrl/Cmd with + = − _ 0,
 * numeric keypad included; Ctrl+wheel is the `zoom-changed` event, reset elsewhere),
 * print (Ctrl/Cmd+P), close (Ctrl/Cmd+W, Ctrl+Shift+W, Ctrl/Cmd+Q, Ctrl+F4, Alt+F4),
 * full screen (F11), view source (Ctrl+U) and history (Alt+←/→/Home, Cmd+[ ], the browser keys).
 *
 * Passed: everything else, in particular letters, digits, arrows, Tab, Backspace,
 * Enter, Escape, F1, the numeric keypad without Ctrl (the visitors' keypad mode) and
 * the text-editing keys staff use at the desk (Ctrl+A/C/V/X/Z/Y).
 *
 * The staff keys Ctrl+Alt+D/B/Q give a command on a fresh key-down only; their
 * key-up and auto-repeat are swallowed so a held key cannot open ten windows.
 */
export function shortcutDecision(input: ShortcutInput): ShortcutDecision {
  const key = input.key ?? '';
  const code = input.code ?? '';
  const control = Boolean(input.control);
  const alt = Boolean(input.alt);
  const meta = Boolean(input.meta);
  const shift = Boolean(input.shift);
  const primary = control || meta;
  const letter = letterOf(input);

  // Staff keys first: Ctrl+Alt+<letter>, with neither Meta nor Shift.
  if (control && alt && !meta && !shift) {
    const command = STAFF_LETTERS[letter];
    if (command) return input.type !== 'keyUp' && !input.isAutoRepeat ? { action: 'staff', command } : block('staff-key');
  }

  if (key === 'F5' || BROWSER_KEYS.has(key)) return block(key === 'F5' || key === 'BrowserRefresh' || key === 'BrowserStop' ? 'reload' : 'navigation');
  if (key === 'F11') return block('fullscreen');
  if (key === 'F12') return block('devtools');
  if (key === 'F4' && (alt || primary)) return block('close');

  if (primary) {
    if (letter === 'r') return block('reload');
    if (letter === 'p') return block('print');
    if (letter === 'w' || letter === 'q') return block('close');
    if (letter === 'u') return block('view-source');
    if ((shift || (meta && alt)) && (letter === 'i' || letter === 'j' || letter === 'c')) return block('devtools');
    if (ZOOM_KEYS.has(key) || ZOOM_CODES.has(code)) return block('zoom');
    if (meta && (key === '[' || key === ']')) return block('navigation');
  }
  if (alt && !primary && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return block('navigation');
  return PASS;
}
