// `npm run setup:test`: installs the Debian packages the tests use (build/test-tools.mjs)
// when they are missing. Without root or passwordless sudo it installs nothing and
// says which tests will skip, and why; Playwright's own browser download is never
// used, because these machines cannot fetch it.
import { execFileSync } from 'node:child_process';
import { TEST_TOOLS, installer, missingTools } from './test-tools.mjs';

const missing = missingTools();
if (missing.length === 0) {
  console.log(`Test tools: all present (${TEST_TOOLS.map((t) => t.pkg).join(', ')}).`);
  process.exit(0);
}
const names = missing.map((t) => t.pkg);
const sudo = installer();
if (sudo === null) {
  console.log(`Test tools missing: ${names.join(', ')}. To install them: sudo apt-get install -y ${names.join(' ')}`);
  for (const t of missing) console.log(`  without ${t.pkg}: ${t.needs} will skip, saying why.`);
  process.exit(0);
}
console.log(`Installing Debian packages for the tests: ${names.join(', ')}`);
const run = (args) => execFileSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
try {
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...names]);
} catch (err) {
  console.error(`Could not install ${names.join(', ')} (${err.message}). Install them by hand: sudo apt-get install -y ${names.join(' ')}`);
  process.exit(1);
}
const still = missingTools();
if (still.length) {
  console.error(`Still missing after the install: ${still.map((t) => t.pkg).join(', ')}.`);
  process.exit(1);
}
console.log('Test tools: all present.');
