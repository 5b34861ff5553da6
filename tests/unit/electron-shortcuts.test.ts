import { describe, expect, it } from 'vitest';
// Pure: electron/shortcuts.ts imports nothing from Electron.
import { shortcutDecision, type ShortcutInput } from '../../electron/shortcuts';

type Mods = Partial<Pick<ShortcutInput, 'shift' | 'control' | 'alt' | 'meta' | 'isAutoRepeat' | 'type'>>;

/** A key press as Electron's before-input-event gives it. */
function press(key: string, code: string, mods: Mods = {}): ShortcutInput {
  return { type: 'keyDown', key, code, shift: false, control: false, alt: false, meta: false, isAutoRepeat: false, ...mods };
}
const ctrl = { control: true };
const cmd = { meta: true };
const ctrlShift = { control: true, shift: true };
const decide = (input: ShortcutInput) => shortcutDecision(input);

describe('shortcutDecision: blocked on every window', () => {
  const blocked: [string, ShortcutInput, string][] = [
    ['F5', press('F5', 'F5'), 'reload'],
    ['Shift+F5', press('F5', 'F5', { shift: true }), 'reload'],
    ['Ctrl+F5', press('F5', 'F5', ctrl), 'reload'],
    ['Ctrl+R', press('r', 'KeyR', ctrl), 'reload'],
    ['Cmd+R', press('r', 'KeyR', cmd), 'reload'],
    ['Ctrl+Shift+R', press('R', 'KeyR', ctrlShift), 'reload'],
    ['Ctrl+R with Caps Lock', press('R', 'KeyR', ctrl), 'reload'],
    ['Ctrl+R under an input method', press('Process', 'KeyR', ctrl), 'reload'],
    ['BrowserRefresh key', press('BrowserRefresh', 'BrowserRefresh'), 'reload'],
    ['Ctrl+Shift+I', press('I', 'KeyI', ctrlShift), 'devtools'],
    ['Ctrl+Shift+J', press('J', 'KeyJ', ctrlShift), 'devtools'],
    ['Ctrl+Shift+C', press('C', 'KeyC', ctrlShift), 'devtools'],
    ['Cmd+Alt+I', press('i', 'KeyI', { meta: true, alt: true }), 'devtools'],
    ['F12', press('F12', 'F12'), 'devtools'],
    ['Ctrl+=', press('=', 'Equal', ctrl), 'zoom'],
    ['Ctrl++ (Shift+=)', press('+', 'Equal', ctrlShift), 'zoom'],
    ['Ctrl+-', press('-', 'Minus', ctrl), 'zoom'],
    ['Ctrl+_ (Shift+-)', press('_', 'Minus', ctrlShift), 'zoom'],
    ['Ctrl+0', press('0', 'Digit0', ctrl), 'zoom'],
    ['Ctrl+numpad +', press('+', 'NumpadAdd', ctrl), 'zoom'],
    ['Ctrl+numpad −', press('-', 'NumpadSubtract', ctrl), 'zoom'],
    ['Ctrl+numpad 0', press('0', 'Numpad0', ctrl), 'zoom'],
    ['Cmd+=', press('=', 'Equal', cmd), 'zoom'],
    ['Ctrl+P', press('p', 'KeyP', ctrl), 'print'],
    ['Cmd+P', press('p', 'KeyP', cmd), 'print'],
    ['Ctrl+Shift+P', press('P', 'KeyP', ctrlShift), 'print'],
    ['Ctrl+W', press('w', 'KeyW', ctrl), 'close'],
    ['Ctrl+Shift+W', press('W', 'KeyW', ctrlShift), 'close'],
    ['Cmd+W', press('w', 'KeyW', cmd), 'close'],
    ['Ctrl+Q', press('q', 'KeyQ', ctrl), 'close'],
    ['Cmd+Q', press('q', 'KeyQ', cmd), 'close'],
    ['Ctrl+F4', press('F4', 'F4', ctrl), 'close'],
    ['Alt+F4', press('F4', 'F4', { alt: true }), 'close'],
    ['F11', press('F11', 'F11'), 'fullscreen'],
    ['Ctrl+U', press('u', 'KeyU', ctrl), 'view-source'],
    ['Alt+←', press('ArrowLeft', 'ArrowLeft', { alt: true }), 'navigation'],
    ['Alt+→', press('ArrowRight', 'ArrowRight', { alt: true }), 'navigation'],
    ['Alt+Home', press('Home', 'Home', { alt: true }), 'navigation'],
    ['Cmd+[', press('[', 'BracketLeft', cmd), 'navigation'],
    ['BrowserBack key', press('BrowserBack', 'BrowserBack'), 'navigation'],
    ['Ctrl+Alt+R (not a staff key)', press('r', 'KeyR', { control: true, alt: true }), 'reload'],
  ];
  it.each(blocked)('%s', (_name, input, reason) => {
    expect(decide(input)).toEqual({ action: 'block', reason });
    // Its key-up is blocked too.
    expect(decide({ ...input, type: 'keyUp' })).toEqual({ action: 'block', reason });
  });
});

describe('shortcutDecision: the staff keys', () => {
  it('Ctrl+Alt+D / B / Q give their command on a fresh key-down', () => {
    expect(decide(press('d', 'KeyD', { control: true, alt: true }))).toEqual({ action: 'staff', command: 'desk' });
    expect(decide(press('b', 'KeyB', { control: true, alt: true }))).toEqual({ action: 'staff', command: 'board' });
    expect(decide(press('q', 'KeyQ', { control: true, alt: true }))).toEqual({ action: 'staff', command: 'quit' });
    expect(decide(press('D', 'KeyD', { control: true, alt: true }))).toEqual({ action: 'staff', command: 'desk' });
  });

  it('their key-up and auto-repeat are swallowed, not repeated', () => {
    expect(decide(press('q', 'KeyQ', { control: true, alt: true, type: 'keyUp' }))).toEqual({ action: 'block', reason: 'staff-key' });
    expect(decide(press('d', 'KeyD', { control: true, alt: true, isAutoRepeat: true }))).toEqual({ action: 'block', reason: 'staff-key' });
  });

  it('with Shift or Meta added they are no staff keys', () => {
    expect(decide(press('Q', 'KeyQ', { control: true, alt: true, shift: true })).action).not.toBe('staff');
    expect(decide(press('d', 'KeyD', { control: true, alt: true, meta: true })).action).not.toBe('staff');
  });

  it('AltGr typing a character (Ctrl+Alt on Windows) is no staff key: AltGr+Q is "@" on a German layout', () => {
    expect(decide(press('@', 'KeyQ', { control: true, alt: true }))).toEqual({ action: 'pass' });
  });

  it('the typed letter counts, not the key cap: AZERTY Ctrl+A (on the Q key) stays "select all"', () => {
    expect(decide(press('a', 'KeyQ', ctrl))).toEqual({ action: 'pass' });
    expect(decide(press('q', 'KeyA', ctrl))).toEqual({ action: 'block', reason: 'close' });
  });
});

describe('shortcutDecision: passes what visitors and volunteers type', () => {
  const passed: [string, ShortcutInput][] = [
    ...'abcdefghijklmnopqrstuvwxyz'.split('').map((l): [string, ShortcutInput] => [`letter ${l}`, press(l, `Key${l.toUpperCase()}`)]),
    ['Shift+A', press('A', 'KeyA', { shift: true })],
    ['Vietnamese letter ă', press('ă', 'Digit1')],
    ['Vietnamese letter đ', press('đ', 'Digit0')],
    ...'0123456789'.split('').map((d): [string, ShortcutInput] => [`digit ${d}`, press(d, `Digit${d}`)]),
    ...'0123456789'.split('').map((d): [string, ShortcutInput] => [`numpad ${d}`, press(d, `Numpad${d}`)]),
    ['numpad +', press('+', 'NumpadAdd')],
    ['numpad −', press('-', 'NumpadSubtract')],
    ['numpad *', press('*', 'NumpadMultiply')],
    ['numpad /', press('/', 'NumpadDivide')],
    ['numpad .', press('.', 'NumpadDecimal')],
    ['numpad Enter', press('Enter', 'NumpadEnter')],
    ['numpad with NumLock off: ArrowUp', press('ArrowUp', 'Numpad8')],
    ['+ on the main keys', press('+', 'Equal', { shift: true })],
    ['- on the main keys', press('-', 'Minus')],
    ['Enter', press('Enter', 'Enter')],
    ['Escape', press('Escape', 'Escape')],
    ['F1', press('F1', 'F1')],
    ['F2', press('F2', 'F2')],
    ['F4 alone', press('F4', 'F4')],
    ['Tab', press('Tab', 'Tab')],
    ['Shift+Tab', press('Tab', 'Tab', { shift: true })],
    ['Backspace', press('Backspace', 'Backspace')],
    ['Delete', press('Delete', 'Delete')],
    ['Space', press(' ', 'Space')],
    ['ArrowLeft', press('ArrowLeft', 'ArrowLeft')],
    ['ArrowRight', press('ArrowRight', 'ArrowRight')],
    ['ArrowUp', press('ArrowUp', 'ArrowUp')],
    ['ArrowDown', press('ArrowDown', 'ArrowDown')],
    ['Home', press('Home', 'Home')],
    ['End', press('End', 'End')],
    ['PageDown', press('PageDown', 'PageDown')],
    ['Shift+ArrowLeft (select)', press('ArrowLeft', 'ArrowLeft', { shift: true })],
    ['Ctrl+ArrowLeft (word)', press('ArrowLeft', 'ArrowLeft', ctrl)],
    ['Ctrl+A', press('a', 'KeyA', ctrl)],
    ['Ctrl+C', press('c', 'KeyC', ctrl)],
    ['Ctrl+V', press('v', 'KeyV', ctrl)],
    ['Ctrl+X', press('x', 'KeyX', ctrl)],
    ['Ctrl+Z', press('z', 'KeyZ', ctrl)],
    ['Ctrl+Y', press('y', 'KeyY', ctrl)],
    ['Ctrl+Shift+Z', press('Z', 'KeyZ', ctrlShift)],
    ['Cmd+C', press('c', 'KeyC', cmd)],
    ['Ctrl+Backspace', press('Backspace', 'Backspace', ctrl)],
    ['Shift alone', press('Shift', 'ShiftLeft', { shift: true })],
    ['Control alone', press('Control', 'ControlLeft', ctrl)],
    ['Alt alone', press('Alt', 'AltLeft', { alt: true })],
    ['Ctrl+Alt+K (no staff key)', press('k', 'KeyK', { control: true, alt: true })],
  ];
  it.each(passed)('%s', (_name, input) => {
    expect(decide(input)).toEqual({ action: 'pass' });
    expect(decide({ ...input, type: 'keyUp' })).toEqual({ action: 'pass' });
  });

  it('a key press with missing fields is passed, not thrown on', () => {
    expect(decide({ type: 'keyDown', key: 'a' })).toEqual({ action: 'pass' });
    expect(decide({ type: 'keyDown', key: '' })).toEqual({ action: 'pass' });
  });
});
