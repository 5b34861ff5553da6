// Builds everything both shells need: the renderer (Vite), the browser-shell host,
// and the Electron main and preload (esbuild). No Electron binary is needed here.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import fs from 'node:fs';
import { bundleProvince } from './bundle-province.mjs';

const quiet = process.argv.includes('--quiet');
const started = Date.now();

await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' };

await esbuild({
  ...common,
  entryPoints: ['browser-shell/main.ts'],
  outfile: 'dist/browser-shell/main.mjs',
  format: 'esm',
  packages: 'external',
});

await esbuild({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist/electron/main.cjs',
  format: 'cjs',
  packages: 'external',
});

// A sandboxed preload may require only 'electron', so everything else is bundled in.
await esbuild({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  format: 'cjs',
  platform: 'browser',
  external: ['electron'],
});

// The province server, its dashboard and the point's sync command (issue 14).
await bundleProvince({ quiet: true });

fs.writeFileSync('dist/BUILT', new Date().toISOString() + '\n');
if (!quiet) console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
