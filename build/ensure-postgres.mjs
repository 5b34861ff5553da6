// Makes sure the PostgreSQL server binaries exist for the province tests and benchmark:
// found on PATH or in /usr/lib/postgresql/<version>/bin (where tests/support/postgres.ts looks),
// else Debian's `postgresql` package where apt-get is available, else a clear instruction.
// The tests start their own throwaway cluster (initdb in a temp folder, as `nobody` when root);
// the cluster the Debian package may create is not used.
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';

function found() {
  const dirs = [process.env.PG_BIN_DIR, ...(process.env.PATH ?? '').split(path.delimiter)].filter(Boolean);
  for (const dir of dirs) if (fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres'))) return dir;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (fs.existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  return null;
}

const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

let dir = found();
if (!dir && process.platform === 'linux' && has('apt-get')) {
  const sudo = process.getuid?.() === 0 ? '' : has('sudo') ? 'sudo ' : null;
  if (sudo !== null) {
    console.log('Installing Debian postgresql for the province tests…');
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql`, { stdio: 'inherit', shell: '/bin/sh' });
    dir = found();
  }
}
if (dir) {
  console.log(`PostgreSQL for tests: ${dir}`);
  process.exit(0);
}
console.error('No PostgreSQL server binaries found. Install them (Debian/Ubuntu: sudo apt-get install -y postgresql) or set PG_BIN_DIR; the province tests skip until then.');
process.exit(1);
