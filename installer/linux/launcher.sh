#!/bin/bash
# The Linux app image's launcher, bin/xi-policy-study (the installer profile puts it in place of
# the one jpackage writes). It starts the image's own Java runtime exactly as jpackage's native
# launcher does, from the same lib/app/xi-policy-study.cfg, but without that launcher's start-up
# cost: at every start the native launcher asks rpm and dpkg, twice each, which package owns it,
# about a quarter of a second here (bench/README.md, "Start-up"). Uses only shell built-ins, so it
# works with an empty PATH, as the smoke test runs it.

self=$0
# Through a link (a copy of the menu entry, a link in ~/bin), find the image the link points into.
if [[ -L $self ]]; then
  self=$(PATH=$PATH:/usr/bin:/bin readlink -f -- "$self") || exit 2
fi
case $self in
  */*) bindir=${self%/*} ;;
  *) bindir=. ;;
esac
bindir=$(cd -- "$bindir" && pwd -P) || exit 2
rootdir=${bindir%/*}
appdir=$rootdir/lib/app
name=${self##*/}
cfg=$appdir/$name.cfg
java=$rootdir/lib/runtime/bin/java

if [[ ! -r $cfg || ! -x $java ]]; then
  echo "$name: this app image is incomplete: $cfg or $java is missing" >&2
  exit 2
fi

# The .cfg's $APPDIR, $BINDIR and $ROOTDIR, as jpackage's launcher expands them.
expand() {
  local v=${1//\$APPDIR/$appdir}
  v=${v//\$BINDIR/$bindir}
  REPLY=${v//\$ROOTDIR/$rootdir}
}

# Whether JAVA_TOOL_OPTIONS (which the JVM reads too) chooses a collector or sizes the heap: then
# the .cfg's own collector and heap options are left out, as platform.QuickStart does for the
# plain jar, since a JVM with two collectors, or a maximum heap below the initial one, does not
# start at all.
own_heap=
set -f # the words are options, not file patterns
for word in ${JAVA_TOOL_OPTIONS-}; do
  case $word in
    -XX:+Use*GC | -Xmx* | -Xms* | -Xmn* | -XX:MaxHeapSize* | -XX:InitialHeapSize* | -XX:MinHeapSize* | \
      -XX:NewSize* | -XX:MaxNewSize* | -XX:MaxRAM* | -XX:InitialRAMPercentage* | -XX:MinRAMPercentage*)
      own_heap=1 ;;
  esac
done
set +f

options=()
classpath=
mainclass=
while IFS= read -r line || [[ -n $line ]]; do
  case $line in
    java-options=-XX:+Use*GC | java-options=-Xmn* | java-options=-Xms*)
      if [[ -z $own_heap ]]; then
        options+=("${line#java-options=}")
      fi
      ;;
    java-options=*)
      expand "${line#java-options=}"
      options+=("$REPLY")
      ;;
    app.classpath=*)
      expand "${line#app.classpath=}"
      classpath+=${classpath:+:}$REPLY
      ;;
    app.mainclass=*)
      mainclass=${line#app.mainclass=}
      ;;
  esac
done < "$cfg"

if [[ -z $mainclass || -z $classpath ]]; then
  echo "$name: $cfg names no main class or class path" >&2
  exit 2
fi

# Like the native launcher, ignore JDK_JAVA_OPTIONS: options meant for another Java must not
# change this one (its start-up archive only maps with the options it was made with).
unset JDK_JAVA_OPTIONS
# The name the process runs under, which GTK also gives the window group, is the launcher's.
exec -a "$name" "$java" "${options[@]}" "-Djpackage.app-path=$bindir/$name" \
  -cp "$classpath" "$mainclass" "$@"
