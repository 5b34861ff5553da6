#!/usr/bin/env bash
# Checks, on real X screens (Xvfb) with NO window manager, that the browser shell's kiosk
# window fills the screen (reliability finding F4), and that `npm start`'s launcher says why
# in one line when Chromium cannot run, and goes on serving (F5).
#
#   build/check-kiosk-window.sh [OUT_DIR]      (default OUT_DIR: /tmp/dhp-kiosk-window-check)
#
# What it does, for each screen size in DHP_CHECK_SIZES (default "1920x1080 1366x768"):
#   1. Starts `Xvfb :97 -screen 0 WxHx24 -br` (black root; another display with DHP_CHECK_DISPLAY).
#   2. Starts the real browser shell, `node dist/browser-shell/main.mjs`, as a NORMAL user (as
#      root it uses the user `dhpcheck`, created if needed) with DISPLAY set, on a throw-away
#      data folder and port: main.mjs itself finds the screen size and opens Chromium.
#   3. Waits, reads the Chromium window's geometry with `xwininfo -root -tree`, saves a
#      screenshot of the whole screen (OUT_DIR/kiosk-WxH.png) and checks that the window is at
#      0,0 and covers W×H (it is asked for one row more: see kioskWindowSize in
#      browser-shell/chromium.ts), and that the screen's bottom-right pixel is not the black root.
#   4. With DHP_CHECK_BASELINE=1, also shoots plain `chromium --kiosk --app=…` with no geometry
#      (OUT_DIR/baseline-WxH.png): the half-screen window F4 describes, for comparison.
# Then two launcher checks on the 1366×768 screen:
#   5. as root: main.mjs must print the one-line "use a normal user account" refusal and keep
#      serving (an HTTP request to it answers);
#   6. as the normal user with DISPLAY pointing at no X server: main.mjs must print one line
#      saying Chromium could not open the display, and keep serving.
# LOOK at the PNGs. Not part of `npm test` (it needs Xvfb, Chromium, a spare user and ~1 min).
#
# Needs (Debian): chromium xvfb x11-utils (xdpyinfo, xwininfo) x11-apps (xwd) netpbm; as root
# it installs the missing ones with apt-get. Build first: npm run build.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/tmp/dhp-kiosk-window-check}
DISPLAY_NUM=${DHP_CHECK_DISPLAY:-:97}
SIZES=${DHP_CHECK_SIZES:-1920x1080 1366x768}
WAIT_S=${DHP_CHECK_WAIT_S:-10}
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
NODE="$ROOT/node_modules/.bin/node"
[ -x "$NODE" ] || NODE=$(command -v node)
CHECK_USER=dhpcheck
MAIN="$ROOT/dist/browser-shell/main.mjs"

say() { printf 'check-kiosk-window: %s\n' "$*"; }
FAILED=0
fail() { say "FAIL: $*"; FAILED=1; }

[ -f "$MAIN" ] || { say "the app is not built: npm run build"; exit 2; }

need_pkgs=()
[ -x "$CHROMIUM" ] || need_pkgs+=(chromium)
command -v Xvfb >/dev/null || need_pkgs+=(xvfb)
command -v xwininfo >/dev/null && command -v xdpyinfo >/dev/null || need_pkgs+=(x11-utils)
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

if [ "$(id -u)" -eq 0 ]; then
  id "$CHECK_USER" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$CHECK_USER"
  as_user() { runuser -u "$CHECK_USER" -- "$@"; }
  IS_ROOT=1
else
  as_user() { "$@"; }
  IS_ROOT=0
fi

mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/dhp-kiosk-window-work.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK" 2>/dev/null || true
}
trap cleanup EXIT

start_x() { # WxH
  Xvfb "$DISPLAY_NUM" -screen 0 "${1}x24" -br -ac -nolisten tcp >"$WORK/xvfb-$1.log" 2>&1 &
  XVFB_PID=$!
  PIDS+=("$XVFB_PID")
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ] && break; sleep 0.1; done
}
stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
stop_x() {
  stop_pid "$XVFB_PID"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ] || break; sleep 0.1; done
}

# Ends every process of one Chromium profile (found by its unique folder), by id.
end_profile() {
  local profile=$1 left=""
  for _ in $(seq 25); do
    left=$(pgrep -f -- "--user-data-dir=$profile" || true)
    [ -z "$left" ] && return 0
    sleep 0.2
  done
  # shellcheck disable=SC2086
  kill -KILL $left 2>/dev/null || true
}

shoot() { # name
  xwd -root -silent -display "$DISPLAY_NUM" | xwdtopnm 2>/dev/null >"$WORK/$1.ppm"
  pnmtopng <"$WORK/$1.ppm" >"$OUT/$1.png" 2>/dev/null
}

# The Chromium top-level window's "WxH+X+Y" from xwininfo: the largest child of the root
# whose class is Chromium (its 10×10 leader and clipboard windows are smaller).
chromium_geometry() {
  xwininfo -root -tree -display "$DISPLAY_NUM" 2>/dev/null |
    awk '/^ +0x[0-9a-f]+ .*"Chromium"\)/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+-?[0-9]+\+-?[0-9]+$/) { split($i, a, /[x+]/); print a[1] * a[2], $i } }' |
    sort -k1,1nr | head -n 1 | cut -d' ' -f2
}

# True when geometry "WxH+X+Y" covers the whole W0×H0 screen from its top-left corner.
covers() { # geometry W0 H0
  local g=$1 w h x y
  [[ $g =~ ^([0-9]+)x([0-9]+)\+(-?[0-9]+)\+(-?[0-9]+)$ ]] || return 1
  w=${BASH_REMATCH[1]}; h=${BASH_REMATCH[2]}; x=${BASH_REMATCH[3]}; y=${BASH_REMATCH[4]}
  [ "$x" -eq 0 ] && [ "$y" -eq 0 ] && [ "$w" -ge "$2" ] && [ "$h" -ge "$3" ]
}

# The RGB of one pixel of a P6 PPM.
pixel() { # file x y
  # shellcheck disable=SC2016 # JavaScript, not shell
  "$NODE" -e '
const fs = require("node:fs");
const [f, x, y] = process.argv.slice(1);
const b = fs.readFileSync(f);
const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(b.subarray(0, 64).toString("latin1"));
const w = +m[1], i = m[0].length + ((+y) * w + (+x)) * 3;
console.log(`${b[i]},${b[i + 1]},${b[i + 2]}`);
' "$@"
}

start_host() { # name display [as root: 1]
  local name=$1 display=$2 root=${3:-0} data
  data=$(mktemp -d /tmp/dhp-kiosk-window-data.XXXXXX)
  chmod 777 "$data"
  echo "$data" >"$WORK/data-$name"
  if [ "$root" = 1 ]; then
    env DISPLAY="$display" "$NODE" "$MAIN" --no-speech-engine --data-dir "$data" --port 0 >"$WORK/host-$name.out" 2>"$WORK/host-$name.err" &
  else
    as_user env DISPLAY="$display" HOME="$data" "$NODE" "$MAIN" --no-speech-engine --data-dir "$data" --port 0 >"$WORK/host-$name.out" 2>"$WORK/host-$name.err" &
  fi
  HOST_PID=$!
  PIDS+=("$HOST_PID")
  for _ in $(seq 150); do grep -q '^DHP_READY' "$WORK/host-$name.out" 2>/dev/null && break; sleep 0.1; done
  # The host's own pid (runuser does not pass SIGTERM on to it).
  HOST_NODE_PID=$(sed -n 's/^DHP_READY .*"pid":\([0-9]*\).*/\1/p' "$WORK/host-$name.out")
  ORIGIN=$(sed -n 's/^DHP_READY .*"origin":"\([^"]*\)".*/\1/p' "$WORK/host-$name.out")
  KIOSK_URL=$(sed -n 's/^DHP_READY .*"kiosk":"\([^"]*\)".*/\1/p' "$WORK/host-$name.out")
  [ -n "$ORIGIN" ] || { say "$name: the host did not start:"; cat "$WORK/host-$name.out" "$WORK/host-$name.err"; return 1; }
}
stop_host() { # name
  if [ -n "$HOST_NODE_PID" ]; then kill "$HOST_NODE_PID" 2>/dev/null || true; fi
  stop_pid "$HOST_PID"
  local data
  data=$(cat "$WORK/data-$1")
  end_profile "$data/chromium/kiosk"
  rm -rf "$data" 2>/dev/null || true
}

# Answers HTTP? (any status: the host refuses the unauthenticated call, but it is serving)
serving() { "$NODE" -e 'fetch(process.argv[1]).then(r => { console.log(r.status); }, e => { console.log("down " + e.message); process.exitCode = 1; })' "$1/kiosk"; }

for size in $SIZES; do
  W=${size%x*}; H=${size#*x}
  start_x "$size"
  say "$size: xdpyinfo says $(xdpyinfo -display "$DISPLAY_NUM" | sed -n 's/^ *dimensions: *\([0-9x]*\) pixels.*/\1/p')"

  start_host "kiosk-$size" "$DISPLAY_NUM"
  sleep "$WAIT_S"
  shoot "kiosk-$size"
  geometry=$(chromium_geometry)
  grep -h '^Kiosk window' "$WORK/host-kiosk-$size.out" | sed 's/^/check-kiosk-window:   host: /' || true
  corner=$(pixel "$WORK/kiosk-$size.ppm" $((W - 2)) $((H - 2)))
  say "$size: Chromium window ${geometry:-not found}; bottom-right pixel $corner → $OUT/kiosk-$size.png"
  covers "$geometry" "$W" "$H" || fail "$size: the kiosk window is ${geometry:-missing}: it does not cover ${W}x${H} from 0,0"
  [ "$corner" != "0,0,0" ] || fail "$size: the bottom-right corner is the black root: the window does not fill the screen"
  if grep -q 'ended' "$WORK/host-kiosk-$size.err"; then fail "$size: Chromium ended: $(grep ended "$WORK/host-kiosk-$size.err")"; fi
  stop_host "kiosk-$size"

  if [ "${DHP_CHECK_BASELINE:-0}" = 1 ]; then
    start_host "baseline-$size" "$DISPLAY_NUM" 1 # as root: the host opens no window itself
    profile=$(as_user mktemp -d /tmp/dhp-kiosk-window-profile.XXXXXX)
    as_user env DISPLAY="$DISPLAY_NUM" "$CHROMIUM" --kiosk "--app=$KIOSK_URL" "--user-data-dir=$profile" --no-first-run --no-default-browser-check \
      --disable-background-networking --disable-component-update --disable-sync --noerrdialogs >"$WORK/baseline-$size.log" 2>&1 &
    chromium_pid=$!
    sleep "$WAIT_S"
    shoot "baseline-$size"
    say "$size: baseline (--kiosk, no geometry): Chromium window $(chromium_geometry) → $OUT/baseline-$size.png"
    stop_pid "$chromium_pid"
    end_profile "$profile"
    rm -rf "$profile" 2>/dev/null || true
    stop_host "baseline-$size"
  fi
  stop_x
done

# --- the launcher's one-line reasons ---------------------------------------------------------
start_x 1366x768
if [ "$IS_ROOT" = 1 ]; then
  start_host as-root "$DISPLAY_NUM" 1
  sleep 2
  line=$(cat "$WORK/host-as-root.err")
  say "as root: $line"
  say "as root: still serving? $(serving "$ORIGIN")"
  grep -q 'normal user account' <<<"$line" || fail "as root: no 'normal user account' line"
  [ "$(wc -l <"$WORK/host-as-root.err")" -eq 1 ] || fail "as root: expected one line on stderr"
  pgrep -u 0 -f -- "--user-data-dir=$(cat "$WORK/data-as-root")" >/dev/null && fail "as root: a Chromium was started"
  stop_host as-root
fi

start_host no-display ":59"
for _ in $(seq 100); do grep -q 'ended' "$WORK/host-no-display.err" 2>/dev/null && break; sleep 0.1; done
line=$(grep 'ended' "$WORK/host-no-display.err" || true)
say "no X server: $line"
say "no X server: still serving? $(serving "$ORIGIN")"
grep -q 'could not open the display' <<<"$line" || fail "no X server: no one-line reason"
stop_host no-display
stop_x

if [ "$FAILED" = 0 ]; then say "all checks passed; look at $OUT/*.png"; else say "some checks FAILED"; exit 1; fi
