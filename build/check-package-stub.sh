#!/usr/bin/env bash
# Runs the real packaging pipeline (`npm run package -- --linux dir`: build/package.mjs, the
# bundle, electron-builder with electron-builder.config.cjs, the fuse flip) against a STAND-IN
# Electron, where no Electron binary can be had, and checks what came out:
#   - the eight fuses as electron-builder wrote them (read back with @electron/fuses);
#   - app.asar holds the main bundle, the preload and the renderer, and none of the
#     renderer-only libraries, source maps or the browser shell;
#   - only this platform's better-sqlite3 binaries, unpacked next to the asar;
#   - the walkthrough content in resources/assets.
# The stand-in is a shell script carrying Electron's fuse sentinel and a default fuse wire, so
# nothing here runs Electron. Not part of `npm test` (it builds, ~1 min).
#
#   build/check-package-stub.sh            field build
#   DHP_E2E_BUILD=1 build/check-package-stub.sh   the Playwright test build
# check() evals its condition later, so the single-quoted $… are meant.
# shellcheck disable=SC2016,SC2034
set -euo pipefail
cd "$(dirname "$0")/.."

STUB=$(mktemp -d /tmp/dhp-stub-electron.XXXXXX)
trap 'rm -rf "$STUB"' EXIT
VERSION=$(node_modules/.bin/node -p "require('./node_modules/electron/package.json').version")
# Electron's fuse wire: sentinel, wire version 1, 8 fuses, Electron's defaults ("1" on, "0" off).
{ printf '#!/bin/sh\necho "stand-in Electron, not a real binary" >&2; exit 1\n'
  printf 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\001\01010110001'; } > "$STUB/electron"
chmod +x "$STUB/electron"
printf '%s' "$VERSION" > "$STUB/version"
mkdir -p "$STUB/locales" "$STUB/resources"
for l in vi en-US fr de ja; do echo x > "$STUB/locales/$l.pak"; done
: > "$STUB/chrome-sandbox"; : > "$STUB/LICENSE"; : > "$STUB/LICENSES.chromium.html"

rm -rf release/linux-unpacked
ELECTRON_BUILDER_ELECTRON_DIST="$STUB" npm run package --silent -- --linux dir > /tmp/dhp-package-stub.log 2>&1 || { tail -20 /tmp/dhp-package-stub.log; exit 1; }

OUT=release/linux-unpacked
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
FUSES=$(npx --no-install @electron/fuses read --app "$OUT/digital-help-point" 2>&1)
echo "$FUSES" | sed -n 's/^ *\([A-Za-z0-9]* is [A-Za-z]*\)$/     \1/p'
INSPECT=$([ "${DHP_E2E_BUILD:-}" = 1 ] && echo Enabled || echo Disabled)
for f in "RunAsNode is Disabled" "EnableCookieEncryption is Enabled" "EnableNodeOptionsEnvironmentVariable is Disabled" \
         "EnableNodeCliInspectArguments is $INSPECT" "EnableEmbeddedAsarIntegrityValidation is Enabled" "OnlyLoadAppFromAsar is Enabled" \
         "LoadBrowserProcessSpecificV8Snapshot is Disabled" "GrantFileProtocolExtraPrivileges is Disabled"; do
  check "fuse: $f" 'grep -q "$f" <<<"$FUSES"'
done
ASAR=$(npx --no-install asar list "$OUT/resources/app.asar")
for f in /dist/electron/main.cjs /dist/electron/preload.cjs /dist/renderer/index.html /package.json /node_modules/better-sqlite3/package.json /node_modules/zod/package.json /node_modules/exceljs/package.json /node_modules/fflate/package.json; do
  check "asar has $f" 'grep -qx "$f" <<<"$ASAR"'
done
check "asar has the Be Vietnam Pro fonts" 'grep -q "^/dist/renderer/assets/be-vietnam-pro-.*\.woff2$" <<<"$ASAR"'
check "asar has no renderer-only library, source map, browser shell or @types" '! grep -Eq "^/node_modules/(react|react-dom|zustand|scheduler|@fontsource|@types)/|\.map$|^/dist/browser-shell" <<<"$ASAR"'
NATIVE=$(cd "$OUT/resources/app.asar.unpacked" && find . -name '*.node' | sort | tr '\n' ' ')
check "unpacked .node files are this platform's only ($NATIVE)" '[ "$NATIVE" = "./node_modules/better-sqlite3/prebuilds/linux-arm64.node ./node_modules/better-sqlite3/prebuilds/linux-x64.node " ]'
check "content in resources/assets" '[ "$(ls "$OUT/resources/assets/walkthroughs" | wc -l)" -gt 0 ]'
check "only the vi and en-US locales" '[ "$(ls "$OUT/locales" | tr "\n" " ")" = "en-US.pak vi.pak " ]'
exit $fail
