#!/usr/bin/env bash
# Prints a Java class path that starts Debian's Jena 4.5 (package libapache-jena-java), working around two packaging
# faults described in ../shared/TOOLS.md: the slf4j bridges that loop (left out) and jena-core's relocated Xerces whose
# message files stayed at the old path (copied into a small jar of our own, first on the path).
#   CP=$(bench/jena-classpath.sh) && java -cp "$CP" arq.sparql --data x.nt --query q.rq
set -euo pipefail
cd "$(dirname "$0")"
java_dir=/usr/share/java
[ -f "$java_dir/jena-core.jar" ] || { echo "jena not installed (apt-get install libapache-jena-java)" >&2; exit 1; }
fix=.peers/jena-xerces-messages.jar
if [ ! -f "$fix" ]; then
  work=$(mktemp -d)
  (cd "$work" && unzip -q "$java_dir/jena-core.jar" 'org/apache/jena/ext/xerces/*.properties' \
    && mkdir -p out && (cd org/apache/jena/ext && find xerces -name '*.properties' -exec cp --parents {} ../../../../out/ \;))
  mkdir -p .peers && (cd "$work/out" && jar cf "$OLDPWD/$fix" .)
  rm -rf "$work"
fi
cp="$PWD/$fix"
for jar in "$java_dir"/*.jar; do
  case "$(basename "$jar")" in
    *-[0-9]*.jar|log4j-over-slf4j.jar|slf4j-log4j12.jar|slf4j-jdk14.jar|slf4j-nop.jar|slf4j-jcl.jar|maven*|wagon*|plexus*|sisu*|guice*) ;;
    *) cp="$cp:$jar" ;;
  esac
done
echo "$cp"
