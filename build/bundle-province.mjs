// Builds the province server (dist/province/server.mjs), its dashboard (dist/province/dashboard/),
// the point's sync command (dist/sync/main.mjs) and the province benchmark (dist/bench/province.mjs), with esbuild: one entry each, no dev server.
// Called by build/bundle.mjs, and on its own by `npm run province-server` / `npm run sync`.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleProvince({ quiet = false } = {}) {
  const started = Date.now();
  const node = { bundle: true, platform: 'node', target: 'node22', format: 'esm', sourcemap: true, logLevel: 'warning', packages: 'external', absWorkingDir: root };
  await build({ ...node, entryPoints: ['province/server/main.ts'], outfile: 'dist/province/server.mjs' });
  await build({ ...node, entryPoints: ['core/sync/main.ts'], outfile: 'dist/sync/main.mjs' });
  await build({ ...node, entryPoints: ['bench/province.ts'], outfile: 'dist/bench/province.mjs' });
  await build({ ...node, entryPoints: ['bench/province-demo.ts'], outfile: 'dist/bench/province-demo.mjs' });
  const dashboard = path.join(root, 'dist', 'province', 'dashboard');
  await build({
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'esm',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    entryPoints: ['province/dashboard/main.tsx'],
    outfile: path.join(dashboard, 'dashboard.js'),
  });
  for (const file of ['index.html', 'dashboard.css']) fs.copyFileSync(path.join(root, 'province', 'dashboard', file), path.join(dashboard, file));
  if (!quiet) console.log(`bundle-province: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleProvince({ quiet: process.argv.includes('--quiet') });
}
