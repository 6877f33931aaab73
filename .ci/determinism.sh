#!/usr/bin/env bash
# Determinism across processes: every bundled scenario (the presets' too), run with --format json in two
# separate JVMs (the second in a Turkish locale, whose case rules trip locale-dependent
# code), must print the same bytes and exit the same way. Needs cli/target/dsim.jar, which
# `mvn -B verify` builds. Prints one line per scenario: same  <trace digests>  <file>.
# Then compare's report must not depend on --threads, nor on being run as three shards in
# separate JVMs at once and merged (the jar only exists after the tests, so this is checked here).
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

# compare in three shards, each its own JVM and all at once, merged: the report of one JVM's compare.
for file in scenarios/payments.yaml; do
  one="$work/one"
  parts="$work/parts"
  merged="$work/merged"
  rm -rf "$one" "$parts" "$merged"
  pids=()
  java -jar "$jar" compare "$file" --seeds 20 --out "$one" >/dev/null & pids+=($!)
  for shard in 0 1 2; do
    java -jar "$jar" compare "$file" --seeds 20 --shard "$shard/3" --out "$parts" >/dev/null & pids+=($!)
  done
  rc=0
  for pid in "${pids[@]}"; do wait "$pid" || rc=$?; done
  if [ "$rc" -ne 0 ] || ! java -jar "$jar" merge "$parts"/part-*-of-3.jsonl --out "$merged" >/dev/null; then
    echo "FAILED: compare of $file in 3 shards and their merge did not all succeed" >&2
    failed=1
  elif diff -r "$one" "$merged" >/dev/null; then
    echo "same  compare and the merge of 3 shards ($(ls "$one" | paste -sd' ' -))  $file"
  else
    echo "DIFFERENT  $file: the merge of 3 shards differs from one compare" >&2
    diff -r "$one" "$merged" | head -20 >&2 || true
    failed=1
  fi
done

if [ "$failed" -ne 0 ]; then
  echo "determinism: FAILED: a scenario's output depends on the JVM that ran it" >&2
  exit 4
fi
