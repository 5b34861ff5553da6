#!/usr/bin/env bash
# Runs Electronegativity 1.10.3 on the app's sources and fails on any finding but the one
# accepted below. Not part of `npm test`: the first run needs the npm registry, and the
# tool needs Node 20 or 22 (under the project's Node 24 it crashes in its online update
# check: "p-cancelable: The onCancel handler was attached after the promise settled").
#
#   build/check-electronegativity.sh [OUT_CSV]    (default: /tmp/dhp-electronegativity.csv)
#
# Node: $ENEG_NODE, else the system `node` if it is 20 or 22. The tool is installed once into
# ${XDG_CACHE_HOME:-~/.cache}/dhp-electronegativity. It parses .ts/.html but skips .cjs/.mjs,
# so it reads the sources (electron, renderer, contract, core, browser-shell; copied to a temp
# folder so tests and dist/ stay out), not dist/. Its exit code is always 0, so the CSV is parsed here.
#
# Accepted: CSP_GLOBAL_CHECK LOW on renderer/index.html (the renderer's CSP allows data: images,
# for the on-screen QR codes, and blob: media, for recorded clips).
# `// eng-disable …` comments in electron/ mark the windows whose options come from
# windowOptions() (the tool cannot follow the call; tests/unit/electron-security.test.ts can).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/tmp/dhp-electronegativity.csv}
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/dhp-electronegativity
VERSION=1.10.3
say() { printf 'check-electronegativity: %s\n' "$*"; }

NODE=${ENEG_NODE:-$(command -v node || true)}
major=$("$NODE" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" != 20 ] && [ "$major" != 22 ]; then
  say "needs Node 20 or 22 (found ${major} at ${NODE:-nowhere}); set ENEG_NODE=/path/to/node"; exit 2
fi

TOOL="$CACHE/node_modules/@doyensec/electronegativity/dist/index.js"
if [ ! -f "$TOOL" ]; then
  say "installing @doyensec/electronegativity@$VERSION into $CACHE (needs the npm registry)"
  mkdir -p "$CACHE"
  (cd "$CACHE" && npm install --no-audit --no-fund --loglevel=error "@doyensec/electronegativity@$VERSION" >/dev/null)
fi

SRC=$(mktemp -d /tmp/dhp-eneg-src.XXXXXX)
trap 'rm -rf "$SRC"' EXIT
for d in electron renderer contract core browser-shell; do cp -r "$ROOT/$d" "$SRC/"; done

# The tool writes into an existing file without truncating it: always a fresh one.
rm -f "$OUT"
"$NODE" "$TOOL" -i "$SRC" -e "$(sed -n 's/.*"electron": *"\([0-9.]*\)".*/\1/p' "$ROOT/package.json")" -x AvailableSecurityFixesGlobalCheck -o "$OUT" >/dev/null 2>&1
sed -i "s|$SRC/||g" "$OUT"

"$NODE" - "$OUT" <<'EOF'
const fs = require('node:fs');
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).filter(Boolean);
const field = (row, i) => (row.match(/("([^"]*)"|[^,]*)(,|$)/g) ?? [])[i]?.replace(/,$/, '').replace(/^"|"$/g, '');
const accepted = (r) => field(r, 0) === 'CSP_GLOBAL_CHECK' && field(r, 1) === 'LOW' && field(r, 3) === 'renderer/index.html';
const findings = rows.filter((r) => !accepted(r));
for (const r of rows) console.log(`check-electronegativity: ${accepted(r) ? 'accepted' : 'FINDING'} ${field(r, 0)} ${field(r, 1)} ${field(r, 3)}:${field(r, 4)}`);
console.log(`check-electronegativity: ${findings.length === 0 ? 'clean' : `${findings.length} finding(s)`} (${rows.length} reported; CSV: ${process.argv[2]})`);
process.exitCode = findings.length === 0 ? 0 : 1;
EOF
