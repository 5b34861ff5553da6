#!/usr/bin/env bash
# Checks, on a real X screen (Xvfb), that Chromium shows no "Translate this page?" bubble
# over the kiosk — reliability finding F2. Headless Chromium never draws the bubble, so a
# headless screenshot proves nothing; this runs the real windowed browser.
#
#   build/check-translate-bubble.sh [OUT_DIR]      (default OUT_DIR: /tmp/dhp-translate-check)
#
# What it does:
#   1. Starts `Xvfb :99 -screen 0 1920x1080x24` (another display with DHP_CHECK_DISPLAY=:N).
#   2. Serves two pages from a few lines of node:http on 127.0.0.1: both are
#      renderer/index.html's own <head> (lang="vi") with Vietnamese kiosk text instead of the
#      app script; "without" has the <meta name="google" content="notranslate"> line removed.
#   3. If the app is built (dist/browser-shell/main.mjs), also starts the real browser-shell
#      host on a throw-away data folder and opens its kiosk page — once as built, once from a
#      copy of the build whose index.html has the tag removed.
#   4. Opens each page in Debian's /usr/bin/chromium as a NORMAL user (as root it creates and
#      uses the user `dhpcheck`; Chromium refuses root without --no-sandbox, which we never
#      pass), with a fresh profile and the browser shell's own switches, waits, and saves a
#      screenshot of the whole X screen: OUT_DIR/{without-meta,with-meta,real-kiosk,real-kiosk-without-meta}.png.
#   5. Compares each pair (without the tag, with it) pixel by pixel: the pages are identical apart from the
#      tag, so any difference is Chromium's own UI. It prints the differing box.
# Then LOOK at the PNGs: the bubble ("Translate this page?" / "Dịch trang này?") should be in
# without-meta.png only. Not part of `npm test` (it needs root or a spare user, Xvfb and ~1 min).
#
# Needs (Debian): chromium xvfb x11-apps (xwd) netpbm (xwdtopnm, pnmtopng); as root it
# installs the missing ones with apt-get.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/tmp/dhp-translate-check}
DISPLAY_NUM=${DHP_CHECK_DISPLAY:-:99}
WAIT_S=${DHP_CHECK_WAIT_S:-12}
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
NODE="$ROOT/node_modules/.bin/node"
[ -x "$NODE" ] || NODE=$(command -v node)
CHECK_USER=dhpcheck

say() { printf 'check-translate-bubble: %s\n' "$*"; }

need_pkgs=()
[ -x "$CHROMIUM" ] || need_pkgs+=(chromium)
command -v Xvfb >/dev/null || need_pkgs+=(xvfb)
command -v xwd >/dev/null || need_pkgs+=(x11-apps)
command -v xwdtopnm >/dev/null && command -v pnmtopng >/dev/null || need_pkgs+=(netpbm)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    say "installing ${need_pkgs[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
  else
    say "missing ${need_pkgs[*]}: sudo apt-get install -y ${need_pkgs[*]}"; exit 2
  fi
fi

# Chromium runs as a normal user, as at a ward point.
if [ "$(id -u)" -eq 0 ]; then
  id "$CHECK_USER" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$CHECK_USER"
  as_user() { runuser -u "$CHECK_USER" -- "$@"; }
else
  as_user() { "$@"; }
fi

mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/dhp-translate-work.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- the pages: the real <head>, a static Vietnamese body ---------------------------------
BODY='<main style="font:32px sans-serif;padding:120px 48px">
<h1>Điểm Hỗ trợ Số — Chào mừng bạn</h1>
<p>Chạm vào một dịch vụ để được hướng dẫn từng bước. Bạn có thể lấy số thứ tự và chờ tình nguyện viên gọi tên.</p>
<p>Hướng dẫn cài đặt ứng dụng định danh điện tử VNeID, đăng ký tài khoản trên Cổng dịch vụ công quốc gia, thanh toán hóa đơn điện nước và khám bệnh bằng căn cước công dân gắn chip.</p>
<p>Nếu bạn cần giúp đỡ, hãy hỏi tình nguyện viên tại bàn hỗ trợ. Chúng tôi luôn sẵn lòng giúp bạn sử dụng các dịch vụ số một cách an toàn.</p>
</main>'
grep -q '<meta name="google" content="notranslate"' "$ROOT/renderer/index.html" || say "note: renderer/index.html has no notranslate meta tag"
"$NODE" - "$ROOT/renderer/index.html" "$WORK" "$BODY" <<'EOF'
const fs = require('node:fs');
const [src, dir, body] = process.argv.slice(2);
const html = fs.readFileSync(src, 'utf8').replace(/<script[^>]*><\/script>/, body);
fs.writeFileSync(`${dir}/with-meta.html`, html);
fs.writeFileSync(`${dir}/without-meta.html`, html.replace(/^.*<meta name="google" content="notranslate"[^>]*>\s*\n/m, ''));
EOF
chmod 644 "$WORK"/*.html
if grep -q notranslate "$WORK/without-meta.html"; then say "could not strip the tag"; exit 1; fi

PORT_FILE="$WORK/port"
"$NODE" -e '
const http = require("node:http"), fs = require("node:fs"), path = require("node:path");
const [dir, portFile] = process.argv.slice(1);
const server = http.createServer((req, res) => {
  const name = path.basename(new URL(req.url, "http://x").pathname);
  const file = path.join(dir, name);
  if (!name.endsWith(".html") || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(fs.readFileSync(file));
});
server.listen(0, "127.0.0.1", () => fs.writeFileSync(portFile, String(server.address().port)));
' "$WORK" "$PORT_FILE" &
PIDS+=($!)
for _ in $(seq 50); do [ -s "$PORT_FILE" ] && break; sleep 0.1; done
PORT=$(cat "$PORT_FILE")

# --- the X screen ------------------------------------------------------------------------
Xvfb "$DISPLAY_NUM" -screen 0 1920x1080x24 -ac -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ] && break; sleep 0.1; done

shoot() { # name url
  local name=$1 url=$2 profile
  profile=$(as_user mktemp -d /tmp/dhp-translate-profile.XXXXXX)
  # The browser shell's own switches (browser-shell/chromium.ts), plus an explicit window
  # geometry because there is no window manager on this screen (finding F4).
  as_user env DISPLAY="$DISPLAY_NUM" "$CHROMIUM" --kiosk "--app=$url" "--user-data-dir=$profile" \
    --no-first-run --no-default-browser-check --disable-background-networking \
    --disable-component-update --disable-sync --disable-pinch --overscroll-history-navigation=0 \
    --noerrdialogs --lang=vi --window-position=0,0 --window-size=1920,1080 \
    >"$WORK/chromium-$name.log" 2>&1 &
  local pid=$!
  sleep "$WAIT_S"
  xwd -root -silent -display "$DISPLAY_NUM" | xwdtopnm 2>/dev/null > "$WORK/$name.ppm"
  pnmtopng < "$WORK/$name.ppm" > "$OUT/$name.png" 2>/dev/null
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # Chromium's helper processes outlive the browser by a moment: wait for every process of
  # this run's own profile (found by its unique folder), then end any left, by id.
  local left=""
  for _ in $(seq 25); do
    left=$(pgrep -f -- "--user-data-dir=$profile" || true)
    [ -z "$left" ] && break
    sleep 0.2
  done
  if [ -n "$left" ]; then
    # shellcheck disable=SC2086
    kill -KILL $left 2>/dev/null || true
  fi
  rm -rf "$profile" 2>/dev/null || true
  say "$name: $url → $OUT/$name.png"
}

shoot without-meta "http://127.0.0.1:$PORT/without-meta.html"
shoot with-meta "http://127.0.0.1:$PORT/with-meta.html"

real_kiosk() { # name project-root
  local name=$1 root=$2 data host_pid kiosk
  data=$(mktemp -d /tmp/dhp-translate-data.XXXXXX)
  "$NODE" "$root/dist/browser-shell/main.mjs" --no-open --no-speech-engine --data-dir "$data" --port 0 >"$WORK/host-$name.log" 2>&1 &
  host_pid=$!
  PIDS+=("$host_pid")
  for _ in $(seq 100); do grep -q '^DHP_READY' "$WORK/host-$name.log" && break; sleep 0.1; done
  kiosk=$(sed -n 's/^DHP_READY .*"kiosk":"\([^"]*\)".*/\1/p' "$WORK/host-$name.log")
  if [ -n "$kiosk" ]; then shoot "$name" "$kiosk"; else say "$name: the host did not start:"; cat "$WORK/host-$name.log"; fi
  kill "$host_pid" 2>/dev/null || true
  rm -rf "$data"
}

if [ -f "$ROOT/dist/browser-shell/main.mjs" ]; then
  # The real kiosk page, as built.
  real_kiosk real-kiosk "$ROOT"
  # The same build with the tag taken out of the served page: a copy of dist/ (main.mjs
  # finds its renderer two folders up from itself) beside links to the real assets and modules.
  ALT="$WORK/no-meta-root"
  mkdir -p "$ALT"
  cp -r "$ROOT/dist" "$ALT/dist"
  cp "$ROOT/package.json" "$ALT/"
  ln -s "$ROOT/assets" "$ALT/assets"
  ln -s "$ROOT/node_modules" "$ALT/node_modules"
  sed -i '/<meta name="google" content="notranslate"/d' "$ALT/dist/renderer/index.html"
  real_kiosk real-kiosk-without-meta "$ALT"
else
  say "real kiosk: skipped, the app is not built (npm run build)"
fi

# --- compare each pair of shots: without the tag vs with it -----------------------------
compare_shots() { # without with
  [ -f "$WORK/$1.ppm" ] && [ -f "$WORK/$2.ppm" ] || return 0
  "$NODE" - "$WORK/$1.ppm" "$WORK/$2.ppm" "$1" "$2" <<'EOF'
const fs = require('node:fs');
const read = (f) => {
  const b = fs.readFileSync(f);
  // P6 header: magic, width, height, maxval, each separated by whitespace.
  const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(b.subarray(0, 64).toString('latin1'));
  if (!m) throw new Error(`${f}: not a P6 PPM`);
  return { w: +m[1], h: +m[2], px: b.subarray(m[0].length) };
};
const [fa, fb, na, nb] = process.argv.slice(2);
const a = read(fa);
const b = read(fb);
let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1, n = 0;
for (let y = 0; y < a.h; y++) for (let x = 0; x < a.w; x++) {
  const i = (y * a.w + x) * 3;
  if (a.px[i] !== b.px[i] || a.px[i + 1] !== b.px[i + 1] || a.px[i + 2] !== b.px[i + 2]) {
    n++; if (x < x0) x0 = x; if (y < y0) y0 = y; if (x > x1) x1 = x; if (y > y1) y1 = y;
  }
}
console.log(n === 0
  ? `check-translate-bubble: ${na} and ${nb} are identical: no bubble in either (look at both to be sure the page loaded)`
  : `check-translate-bubble: ${na} and ${nb} differ in ${n} pixels, box x ${x0}–${x1}, y ${y0}–${y1} (${x1 - x0 + 1}×${y1 - y0 + 1}): look for the bubble there in ${na}.png`);
EOF
}
compare_shots without-meta with-meta
compare_shots real-kiosk-without-meta real-kiosk
