#!/usr/bin/env bash
# Start-up benchmark (issue 16): the app against the simplest JavaFX window, side by side.
#
#   bash bench/startup.sh [ROUNDS]          (default 9)
#
# Each round starts, in turn, the bare window (bench/startup/BareWindow.java, compiled here
# against the same JavaFX 21.0.11 jars, started plainly with `java -cp`), the app's jar, and the
# app image's launcher when it has been built (mvn -Pinstaller -DskipTests
# -Dinstaller.package.skip=true package). Each prints, through its start-up probe, the time from
# just before the command was started (XISTUDY_STARTUP_T0) to its first frame, and for the app to
# the first frame that shows the pack (its title and the timeline laid out with the pack's events),
# and its resident memory (RSS) at that frame, of both JVMs where the jar starts a second one, and
# again after the app has shown each of its views.
# The table gives medians and the ratio to the bare window's first frame. Needs an X display: uses $DISPLAY, or starts Xvfb on :${XVFB_DISPLAY:-97}.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-9}
JAR=target/xi-policy-study.jar
LAUNCHER=target/installer/image/xi-policy-study/bin/xi-policy-study
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
FX=${FX_VERSION:-21.0.11}
M2=${M2_REPO:-$HOME/.m2/repository}
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

cp=
for m in base graphics controls; do
  j="$M2/org/openjfx/javafx-$m/$FX/javafx-$m-$FX-linux.jar"
  [ -f "$j" ] || { echo "missing $j (run mvn -B -DskipTests package once)" >&2; exit 1; }
  cp="$cp${cp:+:}$j"
done
bare=target/bench-startup
mkdir -p "$bare"
"$JAVAC" -d "$bare" -cp "$cp" bench/startup/BareWindow.java

xvfb_pid=
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:${XVFB_DISPLAY:-97}
  Xvfb "$DISPLAY" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi
data=$(mktemp -d)
out=$(mktemp -d)
cleanup() { rm -rf "$data" "$out"; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
now_ms() { date +%s%3N; }

# Each variant prints "first content rss views-rss". The plain jar starts the window in a second
# JVM (platform.QuickStart) and waits for it; the probe then also reports that first JVM's memory
# (launcher-rss-kb), and each rss is the sum of the two. The app's probe, after the first frame
# with the pack, shows every view in turn (-Dxistudy.startupProbe.views=true) and reports the
# memory again (views-rss-kb); the bare window has no views (-1).
probe() {
  awk '
    function kb(name,   i, f) { for (i = 1; i <= NF; i++) { split($i, f, "="); if (f[1] == name) return f[2] + 0 } return -1 }
    function both(own, launcher) { return launcher > 0 ? own + launcher : own }
    /startup-probe.*first-frame-ms=/ { first = kb("first-frame-ms"); content = kb("content-ms"); rss = both(kb("rss-kb"), kb("launcher-rss-kb")) }
    /startup-probe.*views-rss-kb=/ { views = both(kb("views-rss-kb"), kb("launcher-rss-kb")) }
    END { if (first != "") print first, content, rss, (views == "" ? -1 : views) }'
}
PROBE="-Dxistudy.startupProbe=true -Dxistudy.startupProbe.views=true"
v_bare() { XISTUDY_STARTUP_T0=$(now_ms) "$JAVA" -cp "$bare:$cp" BareWindow 2>/dev/null | probe; }
v_jar() {
  XISTUDY_STARTUP_T0=$(now_ms) "$JAVA" -Dxistudy.dataDir="$data" $PROBE -jar "$JAR" 2>/dev/null | probe
}
v_image() {
  XISTUDY_STARTUP_T0=$(now_ms) JAVA_TOOL_OPTIONS="-Dxistudy.dataDir=$data $PROBE" \
    "$LAUNCHER" 2>/dev/null | probe
}
variants="bare jar"
[ -x "$LAUNCHER" ] && variants="$variants image"

for v in $variants; do v_$v >/dev/null || true; done   # warm the file cache once
for ((r = 0; r < ROUNDS; r++)); do
  for v in $variants; do
    line=$(v_$v || true)
    [ -n "$line" ] && echo "$line" >> "$out/$v"
  done
done

signed() { if [ "$1" -ge 0 ]; then echo "+$1"; else echo "$1"; fi; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
base=$(cut -d' ' -f1 "$out/bare" | median)
base_rss=$(cut -d' ' -f3 "$out/bare" | median)
printf 'rounds %s, load average %s, %s\n' "$ROUNDS" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(date -u +%FT%TZ)"
printf '%-6s %16s %18s %9s %12s %12s %16s\n' variant first-frame-ms content-frame-ms ratio rss-MB rss-vs-bare \
  views-rss-vs-bare
for v in $variants; do
  [ -s "$out/$v" ] || { echo "$v: no result"; continue; }
  f=$(cut -d' ' -f1 "$out/$v" | median)
  c=$(cut -d' ' -f2 "$out/$v" | median)
  m=$(cut -d' ' -f3 "$out/$v" | median)
  w=$(cut -d' ' -f4 "$out/$v" | median)
  wv=-; [ "$w" != n/a ] && [ "$w" -ge 0 ] && wv=$(signed $(( (w - base_rss) / 1024 )))
  printf '%-6s %16s %18s %9s %12s %12s %16s\n' "$v" "$f" "$c" "$(awk -v a="$c" -v b="$base" 'BEGIN{printf "%.2f", a/b}')" \
    "$(( m / 1024 ))" "$(signed $(( (m - base_rss) / 1024 )))" "$wv"
done
