#!/usr/bin/env bash
# Smoke test of the Linux app image built by `mvn -Pinstaller package` (CI runs it after building
# the image). Needs no display: it only runs the command-line side of the image's own launcher,
# with an empty environment, so no system Java or Maven can be used by accident.
#
#   bash installer/smoke-test.sh [IMAGE_DIR]     (default target/installer/image/xi-policy-study)
#
# Checks: --version, --validate on the repository's pack, --validate-bundled, an invalid pack
# (exit 1), a missing file (exit 2), the image size (at most 60 MiB without the start-up archive),
# that the linked runtime has every module the app's code needs (jdeps), that the launcher works
# through a link and with spaces and asks no package manager about itself, and that the start-up
# archive is used where it was made and can be remade after the image is moved.
set -uo pipefail
cd "$(dirname "$0")/.."

IMAGE=${1:-target/installer/image/xi-policy-study}
LAUNCHER="$IMAGE/bin/xi-policy-study"
MAX_BYTES=$((60 * 1024 * 1024))
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok   - $1"; passed=$((passed + 1)); }
bad() { echo "FAIL - $1"; failed=$((failed + 1)); }

# Runs a command (after optional NAME=VALUE settings) with an empty environment: no PATH to a
# java, no JAVA_HOME. Sets OUT and RC.
run() {
  OUT=$(env -i HOME="$tmp/home" LANG=C.UTF-8 PATH=/nonexistent "$@" 2>&1)
  RC=$?
}

# check NAME EXPECTED_RC PATTERN: the last run exited EXPECTED_RC and its output matches PATTERN.
check() {
  if [ "$RC" -eq "$2" ] && grep -Eq -- "$3" <<<"$OUT"; then
    ok "$1"
  else
    bad "$1 (exit $RC, expected $2; output: ${OUT:0:600})"
  fi
}

if [ ! -x "$LAUNCHER" ]; then
  echo "FAIL - no launcher at $LAUNCHER; build it with: mvn -Pinstaller -DskipTests -Dinstaller.package.skip=true package"
  exit 1
fi
mkdir -p "$tmp/home"

version=$(sed -n 's/^java-options=-Djpackage.app-version=//p' "$IMAGE/lib/app/xi-policy-study.cfg")
pom_version=$(sed -n '/<artifactId>xi-policy-study<\/artifactId>/,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml | head -1)
[ -n "$version" ] && [ "$version" = "$pom_version" ] && ok "image version $version is the pom's" \
  || bad "image version '$version' differs from the pom's '$pom_version'"

run "$LAUNCHER" --version
check "--version prints the name and version" 0 "^Xi Policy Study ${pom_version//./\\.}$"
# Nothing else: a JVM warning here (a bad --add-opens, a CDS complaint) means a broken launcher .cfg.
[ "$OUT" = "Xi Policy Study $pom_version" ] && ok "--version prints nothing else (no JVM warnings)" \
  || bad "--version printed more than the version: $OUT"

run "$LAUNCHER" --validate "$PWD/resources/content/xi-power-concentration.json"
check "--validate accepts the repository's pack" 0 "xi-power-concentration\.json: valid \([0-9]+ events, [0-9]+ institutions"

run "$LAUNCHER" --validate-bundled
check "--validate-bundled accepts the pack inside the image" 0 "^bundled pack /content/xi-power-concentration\.json: valid \([0-9]+ events"

cat > "$tmp/broken.xipack" <<'EOF'
{
  "format": 1,
  "title": "",
  "events": [ { "id": "e1", "date": "2012-13-40" } ]
}
EOF
run "$LAUNCHER" --validate "$tmp/broken.xipack"
check "--validate rejects an invalid pack with exit 1" 1 "broken\.xipack:[0-9]+:[0-9]+: error: \\$"
check "--validate reports each problem with its JSON path" 1 "error: \\$\.events\[0\]\.date: "

run "$LAUNCHER" --validate "$tmp/missing.json"
check "--validate reports a missing file with exit 2" 2 "missing\.json.*(does not exist|cannot be read)"

run "$LAUNCHER" --no-such-option
check "an unknown option is refused with exit 2" 2 "unknown argument"

# The Linux launcher (installer/linux/launcher.sh, in place of jpackage's): it starts through a link
# from another folder, passes arguments with spaces unchanged, and asks no package manager which
# package owns it (jpackage's native launcher runs rpm and dpkg at every start; here they are fakes
# that leave a mark).
mkdir -p "$tmp/links" "$tmp/fake bin" "$tmp/a folder"
ln -s "$(cd "$(dirname "$LAUNCHER")" && pwd -P)/$(basename "$LAUNCHER")" "$tmp/links/xps"
run "$tmp/links/xps" --version
check "the launcher started through a link finds its image" 0 "^Xi Policy Study ${pom_version//./\\.}$"
cp "$tmp/broken.xipack" "$tmp/a folder/broken pack.xipack"
run "$LAUNCHER" --validate "$tmp/a folder/broken pack.xipack"
check "the launcher passes an argument with spaces as one" 1 "a folder/broken pack\.xipack:[0-9]+:[0-9]+: error:"
for tool in dpkg rpm; do
  printf '#!/bin/sh\necho "$0 $*" >> "%s/package-queries"\n' "$tmp" > "$tmp/fake bin/$tool"
  chmod +x "$tmp/fake bin/$tool"
done
OUT=$(env -i HOME="$tmp/home" LANG=C.UTF-8 PATH="$tmp/fake bin" "$LAUNCHER" --version 2>&1); RC=$?
check "the launcher runs with only fake package managers on PATH" 0 "^Xi Policy Study "
# The .cfg chooses the serial collector and a small heap; a collector or heap size of one's own in
# JAVA_TOOL_OPTIONS takes their place (two collectors, or -Xmx below -Xms, stop a JVM starting).
run _JAVA_OPTIONS=-Xlog:gc "$LAUNCHER" --version
check "the launcher starts the serial collector" 0 "Using Serial"
run JAVA_TOOL_OPTIONS=-XX:+UseG1GC _JAVA_OPTIONS=-Xlog:gc "$LAUNCHER" --version
check "a collector in JAVA_TOOL_OPTIONS replaces the launcher's" 0 "Using G1"
run JAVA_TOOL_OPTIONS=-Xmx32m "$LAUNCHER" --version
check "a small -Xmx in JAVA_TOOL_OPTIONS still starts" 0 "^Xi Policy Study "
[ ! -e "$tmp/package-queries" ] && ok "the launcher asks no package manager about itself" \
  || bad "the launcher ran a package manager: $(cat "$tmp/package-queries")"

# The libraries the image trims (sqlite-jdbc to its own platform, PDFBox to what writing needs) still work.
run "$LAUNCHER" --export anki "$tmp/cards.apkg"
check "--export anki writes a deck through the image's SQLite" 0 "^wrote .*cards\.apkg: [0-9]+ notes"
run "$LAUNCHER" --export pdf-guide "$tmp/guide.pdf"
check "--export pdf-guide writes a handout with the image's PDFBox" 0 "^wrote .*guide\.pdf"
run "$LAUNCHER" --export pdf-quiz "$tmp/quiz.pdf" --seed 3 --questions 5
check "--export pdf-quiz writes a worksheet" 0 "^wrote .*quiz\.pdf"

# Size of what the installers ship (the start-up archive is made on the user's machine).
bytes=$(du -sb --exclude='*.jsa' --exclude='*.jsa.attempt' "$IMAGE" | cut -f1)
mib=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
if [ "$bytes" -le "$MAX_BYTES" ]; then ok "image is $mib MiB ($bytes bytes), at most 60 MiB"; else bad "image is $mib MiB ($bytes bytes), over 60 MiB"; fi

# Every module the app's code (and the library code it reaches) needs is in the linked runtime.
JDEPS=${JAVA_HOME:+$JAVA_HOME/bin/}jdeps
if command -v "$JDEPS" >/dev/null 2>&1; then
  fx=$(ls target/installer/work/fx-modules/*.jar 2>/dev/null | tr '\n' ':')
  needed=$("$JDEPS" --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$fx" \
      --class-path "$(ls "$IMAGE"/lib/app/lib/*.jar | tr '\n' ':')" "$IMAGE/lib/app/xi-policy-study.jar" 2>&1 | tail -1)
  linked=$("$IMAGE/lib/runtime/bin/java" --list-modules | sed 's/@.*//')
  missing=$(tr ',' '\n' <<<"$needed" | grep -vxF -f <(printf '%s\n' $linked) || true)
  if [ -n "$needed" ] && [ -z "$missing" ]; then ok "the runtime links every module jdeps finds ($needed)"; \
  else bad "modules the app needs but the runtime lacks: ${missing:-jdeps failed: $needed} (add them to installer.modules in pom.xml)"; fi
else
  echo "skip - no jdeps on PATH or in JAVA_HOME"
fi

# The start-up archive: used where it was made; after a move, ignored (the app still starts) and remade.
if [ -f "$IMAGE/lib/app/xi-policy-study.jsa" ]; then
  run _JAVA_OPTIONS=-Xshare:on "$LAUNCHER" --version
  check "the image maps its start-up archive (-Xshare:on)" 0 "^Xi Policy Study "
  # moved to a folder whose name has a space, which the launcher and the archive must both take
  mkdir -p "$tmp/moved here"
  cp -a "$IMAGE" "$tmp/moved here/image"
  moved="$tmp/moved here/image"
  run "$moved/bin/xi-policy-study" --version
  check "a moved image still starts without a matching archive" 0 "^Xi Policy Study ${pom_version//./\\.}$"
  run "$moved/bin/xi-policy-study" --make-startup-archive
  check "--make-startup-archive remakes the archive for the new place" 0 "^wrote .*/moved here/image/lib/app/xi-policy-study\.jsa"
  run _JAVA_OPTIONS=-Xshare:on "$moved/bin/xi-policy-study" --version
  check "the moved image maps its remade archive" 0 "^Xi Policy Study "
  rm -rf "$tmp/moved here"
else
  bad "no start-up archive in the image (lib/app/xi-policy-study.jsa)"
fi

echo "smoke-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
