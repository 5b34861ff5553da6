// The Debian packages the tests use, with how each is found, in one list: the setup
// step (`npm run setup:test`) installs what is missing, and each test that needs a
// tool asks `findTool` and skips with the reason below when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const onPath = (cmd) => {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, cmd);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return null;
};
const firstFile = (files) => files.find((f) => f && fs.existsSync(f)) ?? null;
// tests/support/postgres.ts looks the same way (PG_BIN_DIR, PATH, then Debian's versioned folder).
const postgresBin = () => {
  if (process.env.PG_BIN_DIR && fs.existsSync(path.join(process.env.PG_BIN_DIR, 'initdb'))) return process.env.PG_BIN_DIR;
  const fromPath = onPath('initdb');
  if (fromPath) return path.dirname(fromPath);
  try {
    const versions = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    return versions.map((v) => `/usr/lib/postgresql/${v}/bin`).find((d) => fs.existsSync(path.join(d, 'initdb'))) ?? null;
  } catch {
    return null;
  }
};

export const TEST_TOOLS = [
  { pkg: 'chromium', find: () => firstFile([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']), needs: 'the end-to-end tests (every screen in a real browser) and the benchmark' },
  { pkg: 'espeak-ng', find: () => onPath('espeak-ng'), needs: "the host reading voice's tests" },
  { pkg: 'poppler-utils', find: () => onPath('pdftotext'), needs: 'reading the printed ticket and take-home summary PDFs back' },
  { pkg: 'fonts-noto-color-emoji', find: () => firstFile(['/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf']), needs: 'the emoji fallback of the tile pictures in the screenshots' },
  { pkg: 'sqlite3', find: () => onPath('sqlite3'), needs: "the export benchmark's baseline (sqlite3 -csv)" },
  { pkg: 'systemd', find: () => onPath('systemd-analyze'), needs: "checking the shipped kiosk units with systemd-analyze verify" },
  { pkg: 'postgresql', find: postgresBin, needs: 'the province server tests and benchmark (a throwaway PostgreSQL cluster)' },
];

export function findTool(pkg) {
  const tool = TEST_TOOLS.find((t) => t.pkg === pkg);
  if (!tool) throw new Error(`unknown test tool ${pkg}`);
  return tool.find();
}

export function missingTools() {
  return TEST_TOOLS.filter((t) => !t.find());
}

/** Root, or passwordless sudo: the setup step can install packages itself. */
export function installer() {
  if (process.platform !== 'linux' || !onPath('apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  if (!onPath('sudo')) return null;
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return ['sudo', '-n'];
  } catch {
    return null;
  }
}
