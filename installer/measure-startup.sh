#!/usr/bin/env bash
# Start-up time of the plain jar against the app image, with and without its class-data-sharing
# archive, measured side by side: each round runs every variant once, in a rotating order, and
# the table gives the median over the rounds.
#
#   bash installer/measure-startup.sh [ROUNDS]        (default 7)
#
# Build first: mvn -Pinstaller -DskipTests -Dinstaller.package.skip=true package
# Needs an X display: it uses $DISPLAY, or starts Xvfb on :${XVFB_DISPLAY:-99} and stops it after.
#
# What is timed: from just before the command is started (XISTUDY_STARTUP_T0, wall clock) to the
# first frame of the main window with the content pack loaded, as printed by the app's opt-in
# probe (-Dxistudy.startupProbe=true; for the launcher through JAVA_TOOL_OPTIONS, since the
# jpackage launcher takes no JVM options on its command line). The probe then exits the app.
# "--version" rows time the command-line path (no JavaFX), which shows the launchers' own cost.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-7}
JAR=target/xi-policy-study.jar
IMAGE=target/installer/image/xi-policy-study
LAUNCHER=$IMAGE/bin/xi-policy-study
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$JAR" ] && [ -x "$LAUNCHER" ] || { echo "build first: mvn -Pinstaller -DskipTests -Dinstaller.package.skip=true package" >&2; exit 1; }
[ -f "$IMAGE/lib/app/xi-policy-study.jsa" ] || { echo "the image has no start-up archive; run: $LAUNCHER --make-startup-archive" >&2; exit 1; }

xvfb_pid=
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:${XVFB_DISPLAY:-99}
  Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi
data=$(mktemp -d)
out=$(mktemp -d)
cleanup() { rm -rf "$data" "$out"; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT

now_ms() { date +%s%3N; }

# Each variant prints one number of milliseconds.
v_jar() {
  XISTUDY_STARTUP_T0=$(now_ms) "$JAVA" -Dxistudy.dataDir="$data" -Dxistudy.startupProbe=true -jar "$JAR" 2>/dev/null \
    | sed -n 's/.*content-ms=\([0-9]*\).*/\1/p'
}
v_image_nocds() {
  # _JAVA_OPTIONS is read after the launcher's .cfg options, so -Xshare:off wins over the archive.
  XISTUDY_STARTUP_T0=$(now_ms) _JAVA_OPTIONS=-Xshare:off JAVA_TOOL_OPTIONS="-Dxistudy.dataDir=$data -Dxistudy.startupProbe=true" \
    "$LAUNCHER" 2>/dev/null | sed -n 's/.*content-ms=\([0-9]*\).*/\1/p'
}
v_image_cds() {
  XISTUDY_STARTUP_T0=$(now_ms) _JAVA_OPTIONS=-Xshare:on JAVA_TOOL_OPTIONS="-Dxistudy.dataDir=$data -Dxistudy.startupProbe=true" \
    "$LAUNCHER" 2>/dev/null | sed -n 's/.*content-ms=\([0-9]*\).*/\1/p'
}
# Command-line path: wall time of --version.
timed() { local t0; t0=$(now_ms); "$@" >/dev/null 2>&1; echo $(( $(now_ms) - t0 )); }
v_cli_jar() { timed "$JAVA" -jar "$JAR" --version; }
v_cli_image_nocds() { _JAVA_OPTIONS=-Xshare:off timed "$LAUNCHER" --version; }
v_cli_image_cds() { _JAVA_OPTIONS=-Xshare:on timed "$LAUNCHER" --version; }

variants=(jar image_nocds image_cds cli_jar cli_image_nocds cli_image_cds)
labels=(
  "plain jar: \`java -jar target/xi-policy-study.jar\` (system JDK 17, its default CDS)"
  "app image, no archive (\`_JAVA_OPTIONS=-Xshare:off\`)"
  "app image with its archive (as installed)"
  "\`--version\`, plain jar"
  "\`--version\`, app image, no archive"
  "\`--version\`, app image with its archive"
)

load0=$(cut -d" " -f1-3 /proc/loadavg)
for v in "${variants[@]}"; do v_"$v" >/dev/null || true; done   # warm the file cache once
for ((r = 0; r < ROUNDS; r++)); do
  n=${#variants[@]}
  for ((i = 0; i < n; i++)); do
    v=${variants[$(((i + r) % n))]}
    ms=$(v_"$v" || true)
    [ -n "$ms" ] && echo "$ms" >> "$out/$v"
  done
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
spread() { sort -n "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }

base=$(median "$out/jar")
echo "Start-up, medians of $ROUNDS rounds run side by side ($(date -u +%Y-%m-%d), $(nproc) cores, load average before: $load0, DISPLAY=$DISPLAY):"
echo
echo "| launch | median ms | range ms | vs plain jar |"
echo "|---|---|---|---|"
for i in "${!variants[@]}"; do
  v=${variants[$i]}
  [ -f "$out/$v" ] || { echo "| ${labels[$i]} | failed | | |"; continue; }
  m=$(median "$out/$v")
  ref=$base
  [[ $v == cli_* ]] && ref=$(median "$out/cli_jar")
  echo "| ${labels[$i]} | $m | $(spread "$out/$v") | $(awk -v a="$m" -v b="$ref" 'BEGIN { printf "%.2f", a / b }') |"
done
echo
size=$(du -sb --exclude='*.jsa' --exclude='*.jsa.attempt' "$IMAGE" | cut -f1)
jsa=$(stat -c %s "$IMAGE/lib/app/xi-policy-study.jsa")
echo "App image: $(awk -v b="$size" 'BEGIN { printf "%.1f MiB (%.1f MB)", b / 1048576, b / 1e6 }'); start-up archive made on the machine: $(awk -v b="$jsa" 'BEGIN { printf "%.1f MiB", b / 1048576 }')."
