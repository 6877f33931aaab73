#!/usr/bin/env bash
# Determinism across processes: every bundled scenario (the presets' too), run with --format json in two
# separate JVMs (the second in a Turkish locale, whose case rules trip locale-dependent
# code), must print the same bytes and exit the same way. Needs cli/target/dsim.jar, which
# `mvn -B verify` builds. Prints one line per scenario: same  <trace digests>  <file>.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jar=cli/target/dsim.jar
[ -f "$jar" ] || { echo "determinism: $jar not found; run mvn -B verify first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs dsim in a fresh JVM; stdout to $1, the exit code to $1.rc.
run_jvm() {
  local out="$1"; shift
  local rc=0
  java "$@" >"$out" 2>"$out.err" || rc=$?
  echo "$rc" >"$out.rc"
}

failed=0
for file in scenarios/*.yaml scenarios/presets/*.yaml; do
  a="$work/a.json"
  b="$work/b.json"
  run_jvm "$a" -jar "$jar" run "$file" --format json &
  run_jvm "$b" -Duser.language=tr -Duser.country=TR -jar "$jar" run "$file" --format json &
  wait
  digests="$(grep -o '"traceDigest" *: *"[0-9a-f]*"' "$a" | sed 's/.*"\([0-9a-f]*\)"$/\1/' | paste -sd, -)"
  if [ "$(cat "$a.rc")" -ge 2 ] && [ "$(cat "$a.rc")" -ne 3 ]; then
    echo "FAILED: dsim exited $(cat "$a.rc") on $file:" >&2
    cat "$a.err" >&2
    failed=1
  elif ! cmp -s "$a" "$b" || ! cmp -s "$a.rc" "$b.rc"; then
    echo "DIFFERENT  $file: two JVMs printed different output (exit $(cat "$a.rc") vs $(cat "$b.rc"))" >&2
    diff "$a" "$b" | head -20 >&2 || true
    failed=1
  elif [ -z "$digests" ]; then
    echo "FAILED: no traceDigest in the output for $file" >&2
    failed=1
  else
    echo "same  $digests  $file"
  fi
done

# compare with one worker thread and with two: every report file byte for byte.
for file in scenarios/password-reset.yaml scenarios/payments.yaml; do
  one="$work/one"
  two="$work/two"
  rm -rf "$one" "$two"
  java -jar "$jar" compare "$file" --seeds 20 --threads 1 --out "$one" >/dev/null
  java -jar "$jar" compare "$file" --seeds 20 --threads 2 --out "$two" >/dev/null
  if diff -r "$one" "$two" >/dev/null; then
    echo "same  compare --threads 1 and 2 ($(ls "$one" | paste -sd' ' -))  $file"
  else
    echo "DIFFERENT  $file: compare output depends on --threads" >&2
    diff -r "$one" "$two" | head -20 >&2 || true
    failed=1
  fi
done

if [ "$failed" -ne 0 ]; then
  echo "determinism: FAILED: a scenario's output depends on the JVM that ran it" >&2
  exit 4
fi
