import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromiumArgs,
  chromiumEndedLine,
  chromiumExitReason,
  DEFAULT_SCREEN_SIZE,
  detectScreenSize,
  lineTail,
  parseScreenSize,
  ROOT_REFUSED,
  screenNumber,
  sizeFromDrm,
  sizeFromXdpyinfo,
  stripChromiumPrefix,
  type DrmReader,
} from '../../browser-shell/chromium';

const XDPYINFO_1366 = `name of display:    :97
version number:    11.0
vendor string:    The X.Org Foundation
number of screens:    1

screen #0:
  dimensions:    1366x768 pixels (361x203 millimeters)
  resolution:    96x96 dots per inch
  depths (7):    24, 1, 4, 8, 15, 16, 32
`;

const XDPYINFO_TWO_SCREENS = `name of display:    :0.1
number of screens:    2

screen #0:
  dimensions:    1920x1080 pixels (508x285 millimeters)

screen #1:
  dimensions:    1280x1024 pixels (338x270 millimeters)
`;

/** A fake /sys/class/drm. */
function drm(entries: Record<string, { status?: string; modes?: string }>): DrmReader {
  const root = '/sys/class/drm';
  return {
    list: (dir) => (dir === root ? ['version', 'renderD128', 'card0', ...Object.keys(entries)] : []),
    read: (file) => {
      const [name, leaf] = path.relative(root, file).split(path.sep);
      const e = entries[name!];
      if (!e) return null;
      return (leaf === 'status' ? e.status : leaf === 'modes' ? e.modes : undefined) ?? null;
    },
  };
}

describe('the kiosk command line', () => {
  it('places the kiosk at 0,0 at the screen’s size, with --kiosk and the app URL, on its own profile', () => {
    const args = chromiumArgs({ url: 'http://127.0.0.1:4780/kiosk', profileDir: '/data/chromium/kiosk', kiosk: true, size: { width: 1366, height: 768 } });
    // One row more than the screen: asked for exactly the screen, Chromium makes the window 1 px smaller each way.
    expect(args.slice(0, 4)).toEqual(['--kiosk', '--window-position=0,0', '--window-size=1366,769', '--app=http://127.0.0.1:4780/kiosk']);
    expect(args).toContain(`--user-data-dir=${path.resolve('/data/chromium/kiosk')}`);
    for (const flag of ['--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-pinch', '--overscroll-history-navigation=0', '--noerrdialogs', '--autoplay-policy=no-user-gesture-required'])
      expect(args).toContain(flag);
  });

  it('uses 1920×1080 when no size is given', () => {
    expect(chromiumArgs({ url: 'http://x/kiosk', profileDir: 'p', kiosk: true })).toContain('--window-size=1920,1081');
  });

  it('leaves the desk and board as ordinary app windows (no kiosk, no geometry)', () => {
    const args = chromiumArgs({ url: 'http://x/desk', profileDir: 'p', kiosk: false, size: { width: 1366, height: 768 } });
    expect(args.some((a) => a.startsWith('--kiosk') || a.startsWith('--window-'))).toBe(false);
    expect(args[0]).toBe('--app=http://x/desk');
  });

  it('never switches the sandbox off, nor anything else security-related', () => {
    for (const kiosk of [true, false]) {
      const args = chromiumArgs({ url: 'http://x/', profileDir: 'p', kiosk });
      expect(args.filter((a) => /sandbox|disable-web-security|remote-debugging|allow-running-insecure|ignore-certificate/.test(a))).toEqual([]);
    }
  });
});

describe('the screen size', () => {
  it('reads sizes as written in DHP_SCREEN_SIZE', () => {
    expect(parseScreenSize('1366x768')).toEqual({ width: 1366, height: 768 });
    expect(parseScreenSize(' 1920 × 1080 ')).toEqual({ width: 1920, height: 1080 });
    expect(parseScreenSize('1280,1024')).toEqual({ width: 1280, height: 1024 });
    expect(parseScreenSize('3840X2160')).toEqual({ width: 3840, height: 2160 });
    for (const bad of ['', undefined, null, 'big', '1920', '1920x', 'x1080', '-1920x1080', '1920.5x1080', '99x99', '99999x1080', '1920x1080x24', '0x0']) expect(parseScreenSize(bad), String(bad)).toBeNull();
  });

  it('reads xdpyinfo’s screen, the DISPLAY’s own where there are several', () => {
    expect(sizeFromXdpyinfo(XDPYINFO_1366)).toEqual({ width: 1366, height: 768 });
    expect(sizeFromXdpyinfo(XDPYINFO_TWO_SCREENS, 0)).toEqual({ width: 1920, height: 1080 });
    expect(sizeFromXdpyinfo(XDPYINFO_TWO_SCREENS, 1)).toEqual({ width: 1280, height: 1024 });
    expect(sizeFromXdpyinfo(XDPYINFO_TWO_SCREENS, 5)).toBeNull();
    expect(sizeFromXdpyinfo('xdpyinfo:  unable to open display ":9".')).toBeNull();
    expect(screenNumber(':0.1')).toBe(1);
    expect(screenNumber(':97')).toBe(0);
    expect(screenNumber('localhost:10.0')).toBe(0);
    expect(screenNumber(undefined)).toBe(0);
  });

  it('reads the first connected connector’s preferred mode from /sys/class/drm', () => {
    const reader = drm({
      'card0-DP-1': { status: 'disconnected\n', modes: '' },
      'card0-HDMI-A-1': { status: 'connected\n', modes: '1366x768\n1280x720\n1024x768\n' },
      'card0-HDMI-A-2': { status: 'connected\n', modes: '1920x1080\n' },
    });
    expect(sizeFromDrm(reader)).toEqual({ width: 1366, height: 768 });
  });

  it('skips a connected connector with no modes, and an interlaced suffix is read', () => {
    expect(sizeFromDrm(drm({ 'card0-eDP-1': { status: 'connected', modes: '' }, 'card1-HDMI-A-1': { status: 'connected', modes: '1920x1080i\n' } }))).toEqual({ width: 1920, height: 1080 });
    expect(sizeFromDrm(drm({}))).toBeNull();
    expect(sizeFromDrm(drm({ 'card0-VGA-1': { status: 'unknown', modes: '1024x768' } }))).toBeNull();
  });

  it('takes DHP_SCREEN_SIZE first, then xdpyinfo, then DRM, then 1920×1080', () => {
    const x = () => XDPYINFO_1366;
    const d = () => ({ width: 1280, height: 800 });
    const none = () => null;
    expect(detectScreenSize({ env: { DHP_SCREEN_SIZE: '1024x600', DISPLAY: ':0' }, xdpyinfo: x, drm: d })).toEqual({ size: { width: 1024, height: 600 }, source: 'DHP_SCREEN_SIZE' });
    expect(detectScreenSize({ env: { DHP_SCREEN_SIZE: 'nonsense', DISPLAY: ':0' }, xdpyinfo: x, drm: d })).toEqual({ size: { width: 1366, height: 768 }, source: 'xdpyinfo' });
    expect(detectScreenSize({ env: {}, xdpyinfo: none, drm: d })).toEqual({ size: { width: 1280, height: 800 }, source: 'drm' });
    expect(detectScreenSize({ env: {}, xdpyinfo: () => 'garbage', drm: none })).toEqual({ size: DEFAULT_SCREEN_SIZE, source: 'default' });
    expect(DEFAULT_SCREEN_SIZE).toEqual({ width: 1920, height: 1080 });
  });
});

describe('why Chromium ended', () => {
  const prefixed = (level: string, text: string) => `[4242:4242:0901/080000.123456:${level}:chrome_main_delegate.cc(123)] ${text}`;
  const DBUS_NOISE = [
    prefixed('ERROR', 'Failed to connect to the bus: Could not parse server address: Unknown address type'),
    '[4242:4270:0901/080000.2:ERROR:bus.cc(407)] Failed to connect to the bus: Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory',
    'Fontconfig error: Cannot load default config file',
  ];

  it('running as root: says to use a normal user account', () => {
    const line = chromiumExitReason({ code: 1, signal: null, stderr: [...DBUS_NOISE, prefixed('ERROR', 'Running as root without --no-sandbox is not supported. See https://crbug.com/638180.'), ...DBUS_NOISE] });
    expect(line).toBe(ROOT_REFUSED);
    expect(line).toMatch(/normal user account/);
  });

  it('no display', () => {
    expect(chromiumExitReason({ code: 1, signal: null, stderr: [prefixed('ERROR', 'Missing X server or $DISPLAY'), prefixed('ERROR', 'The platform failed to initialize.  Exiting.')], display: ':5' })).toMatch(
      /could not open the display :5/,
    );
    expect(chromiumExitReason({ code: 1, signal: null, stderr: ['Authorization required, but no authorization protocol specified'] })).toMatch(/could not open the display/);
  });

  it('a profile in use by another Chromium', () => {
    expect(
      chromiumExitReason({ code: 21, signal: null, stderr: [prefixed('ERROR', 'The profile appears to be in use by another Chromium process (1234) on another computer (pc).')], profileDir: '/d/chromium/kiosk' }),
    ).toMatch(/another Chromium is using the profile folder \/d\/chromium\/kiosk/);
    expect(chromiumExitReason({ code: 0, signal: null, stderr: ['Opening in existing browser session.'] })).toMatch(/already running with this profile/);
  });

  it('no usable sandbox, and a missing library', () => {
    expect(chromiumExitReason({ code: 1, signal: null, stderr: [prefixed('FATAL', 'No usable sandbox! Update your kernel or see https://chromium.googlesource.com/…')] })).toMatch(/sandbox could not start/);
    expect(chromiumExitReason({ code: 127, signal: null, stderr: ['/usr/lib/chromium/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory'] })).toMatch(
      /missing \(libnss3\.so\)/,
    );
  });

  it('otherwise the last line that is not start-up noise, without Chromium’s log prefix', () => {
    expect(chromiumExitReason({ code: 139, signal: null, stderr: [prefixed('ERROR', 'Something specific went wrong'), ...DBUS_NOISE] })).toBe('exit code 139: Something specific went wrong');
    expect(chromiumExitReason({ code: 1, signal: null, stderr: DBUS_NOISE })).toMatch(/^exit code 1: /);
    expect(chromiumExitReason({ code: 1, signal: null, stderr: [] })).toBe('exit code 1');
    expect(chromiumExitReason({ code: null, signal: 'SIGKILL', stderr: [] })).toBe('killed by SIGKILL (out of memory?)');
    expect(chromiumExitReason({ code: null, signal: 'SIGTRAP', stderr: ['boom'] })).toBe('killed by SIGTRAP: boom');
    expect(chromiumExitReason({ code: 0, signal: null, stderr: [] })).toBe('the window was closed');
    expect(chromiumExitReason({ code: 1, signal: null, stderr: ['x'.repeat(1000)] }).length).toBeLessThan(260);
    expect(stripChromiumPrefix('[1:2:0901/080000.1:WARNING:x.cc(1)] hello ')).toBe('hello');
  });

  it('one line, with what still works', () => {
    const line = chromiumEndedLine('kiosk', { code: 1, signal: null, stderr: [prefixed('ERROR', 'Running as root without --no-sandbox is not supported.')] }, 'http://127.0.0.1:4780');
    expect(line).toBe(`The kiosk window (Chromium) ended (exit code 1): ${ROOT_REFUSED} Still serving on http://127.0.0.1:4780: open the addresses above in a browser.`);
    expect(line).not.toContain('\n');
    expect(chromiumEndedLine('desk', { code: 1, signal: null, stderr: ['Missing X server or $DISPLAY'], display: ':9' }, 'http://o')).toBe(
      'The desk window (Chromium) ended (exit code 1): Chromium could not open the display :9: is the X server (or cage) running, and may this user use it (XAUTHORITY)? Still serving on http://o: open the addresses above in a browser.',
    );
    expect(chromiumEndedLine('board', { code: null, signal: 'SIGSEGV', stderr: [] }, 'http://o')).toBe('The board window (Chromium) ended (SIGSEGV): killed by SIGSEGV. Still serving on http://o: open the addresses above in a browser.');
  });

  it('keeps only the last lines of stderr, across chunk boundaries', () => {
    const tail = lineTail(3);
    tail.push('one\ntw');
    tail.push('o\r\nthree\nfour\nfi');
    expect(tail.lines()).toEqual(['three', 'four', 'fi']);
    tail.push('ve\n');
    expect(tail.lines()).toEqual(['three', 'four', 'five']);
  });
});
