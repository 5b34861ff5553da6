// Makes sure a Chromium exists for the end-to-end tests: Debian's package where
// apt-get is available, otherwise a clear instruction. Playwright's own browser
// download is not used because it cannot be fetched on these machines.
import fs from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const found = candidates.find((c) => c && fs.existsSync(c));
if (found) {
  console.log(`Chromium for tests: ${found}`);
  process.exit(0);
}
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};
if (process.platform === 'linux' && has('apt-get')) {
  const sudo = process.getuid?.() === 0 ? '' : has('sudo') ? 'sudo ' : null;
  if (sudo !== null) {
    console.log('Installing Debian chromium for the end-to-end tests…');
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit', shell: '/bin/sh' });
    process.exit(0);
  }
}
console.error('No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.');
process.exit(1);
