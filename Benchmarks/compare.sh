#!/usr/bin/env bash
# Measures caseload beside Python's json.load of the same store files, on a team store and an
# authority store generated for this run, and prints each figure beside its target (issue 10).
#
#   bash Benchmarks/compare.sh            everything (about 5 minutes once built, 8 from a clone)
#   bash Benchmarks/compare.sh --quick    whole-process figures only (no package-benchmark)
#   bash Benchmarks/compare.sh --runs 9   more runs of each whole-process figure (default 5)
#   bash Benchmarks/compare.sh --postgres also on PostgreSQL (issue 12): a throwaway cluster
#                                         (.ci/postgres.sh) holding copies of both stores
#
# It builds caseload with `swift build -c release`, generates the stores with
# `caseload generate` into a temporary folder, measures, and removes the folder and its tmux
# server however it ends.
set -euo pipefail

usage() {
  sed -n '2,13s/^# \{0,1\}//p' "$0"
}

quick=0
postgres=0
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --postgres) postgres=1 ;;
    --runs)
      [ $# -ge 2 ] || { echo "compare.sh: --runs needs a number" >&2; exit 2; }
      runs=$2
      shift
      ;;
    -h | --help) usage; exit 0 ;;
    *) echo "compare.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
case "$runs" in
  '' | *[!0-9]* | 0) echo "compare.sh: --runs must be a whole number above 0" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

missing() {
  echo "compare.sh: $1 is needed $2 but was not found; install it (Debian: apt-get install $3)" >&2
  exit 1
}
command -v python3 >/dev/null 2>&1 || missing python3 "for json.load and the measuring" python3
command -v tmux >/dev/null 2>&1 || missing tmux "to time the first board and count its bytes" tmux
command -v swift >/dev/null 2>&1 || {
  echo "compare.sh: swift is needed to build caseload; see the README's Requirements" >&2
  exit 1
}

work=$(mktemp -d "${TMPDIR:-/tmp}/caseload-compare.XXXXXX")
socket="caseload-compare-$$"
child=""
pgdir=""
cleanup() {
  # The long steps run in a process group of their own, so a signal to this script ends
  # them and whatever they started (benchmark processes, caseload runs) at once.
  if [ -n "$child" ]; then kill -TERM -- "-$child" 2>/dev/null || true; fi
  tmux -L "$socket" kill-server >/dev/null 2>&1 || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"
  rm -rf "$work"
  if [ -n "$pgdir" ]; then
    bash "$root/.ci/postgres.sh" stop "$pgdir"
    rm -rf "$pgdir"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# A fixed calendar date: the same seed then gives the same stores, whatever day it is.
export CASELOAD_TODAY="${CASELOAD_TODAY:-2026-11-23}"
# Nothing of the user's is read or written: drafts, demo and default store live in $work.
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data"
# The benchmark package's store copies go here too, so they are removed with it.
export TMPDIR="$work/tmp"
mkdir -p "$XDG_STATE_HOME" "$XDG_DATA_HOME" "$TMPDIR"

# Runs a long step in the background and waits for it, so the traps run as soon as a signal
# comes rather than when the step ends.
run() {
  setsid "$@" &
  child=$!
  local status=0
  wait "$child" || status=$?
  child=""
  return "$status"
}

seconds_since() {
  python3 -c 'import sys, time; print(f"{time.time() - float(sys.argv[1]):.0f} s")' "$1"
}

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "not a git checkout")
echo "caseload compare: $(uname -n), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $commit"
echo "$(python3 --version), $(tmux -V); load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

started=$(date +%s.%N)
echo "== building caseload: swift build -c release"
if ! run swift build -c release >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "compare.sh: the release build failed" >&2
  exit 1
fi
caseload="$(swift build -c release --show-bin-path)/caseload"
echo "   built $caseload in $(seconds_since "$started")"

started=$(date +%s.%N)
echo "== generating the stores (CASELOAD_TODAY=$CASELOAD_TODAY)"
mkdir -p "$work/stores"
"$caseload" generate --workers 12 --cases 250 --notes 3000 --out "$work/stores/team" |
  sed 's/^/   /'
"$caseload" generate --workers 2000 --cases 20000 --notes 200000 --out "$work/stores/authority" |
  sed 's/^/   /'
echo "   generated in $(seconds_since "$started")"

measure_args=()
if [ "$postgres" -eq 1 ]; then
  started=$(date +%s.%N)
  echo "== PostgreSQL: a throwaway cluster (.ci/postgres.sh) with a copy of each store"
  # Outside $work: the cluster's folder must be reachable by the server's own user.
  pgdir=$(mktemp -d /tmp/caseload-compare-pg.XXXXXX)
  address=""
  for port in 55442 55443 55444 55445 55446; do
    if address=$(bash "$root/.ci/postgres.sh" start "$pgdir" "$port"); then break; fi
    bash "$root/.ci/postgres.sh" stop "$pgdir"
    rm -rf "${pgdir:?}"/*
    address=""
  done
  [ -n "$address" ] || { echo "compare.sh: could not start a PostgreSQL cluster" >&2; exit 1; }
  export PGPASSWORD=caseload-test
  prefix="postgres://caseload_test@$address/caseload_bench_"
  for name in team authority; do
    psql -X -q -h "${address%:*}" -p "${address#*:}" -U caseload_test -d postgres \
      -c "CREATE DATABASE caseload_bench_$name"
    "$caseload" migrate --from "$work/stores/$name" --to "$prefix$name" | sed 's/^/   /'
  done
  export CASELOAD_BENCH_POSTGRES="$prefix"
  measure_args=(--postgres "$prefix")
  echo "   PostgreSQL $(psql -X -At -h "${address%:*}" -p "${address#*:}" -U caseload_test \
    -d postgres -c 'SHOW server_version') on $address, ready in $(seconds_since "$started")"
fi

echo "== whole-process figures: seconds, min / median / max; json.load is"
echo "   python3 -c 'import json; json.load(open(F))' of the snapshot plus json.loads of each"
echo "   journal line, run between the caseload runs. First board: from the exec of caseload"
echo "   in an 80x24 tmux pane until capture-pane (polled every 2 ms) shows the footer and a"
echo "   worker row, so it is an upper bound."
run python3 "$here/compare.py" measure --caseload "$caseload" --stores "$work/stores" \
  --socket "$socket" --work "$work" --out "$work/process.json" --runs "$runs" \
  "${measure_args[@]}"

benchmark_args=()
if [ "$quick" -eq 0 ]; then
  started=$(date +%s.%N)
  echo
  echo "== package-benchmark: swift package --package-path Benchmarks benchmark (same stores)"
  log="$root/Benchmarks/.build/compare-benchmark.txt"
  mkdir -p "$(dirname "$log")"
  if ! CASELOAD_BENCH_STORES="$work/stores" \
    run swift package --package-path Benchmarks benchmark --no-progress >"$log" 2>&1; then
    tail -50 "$log" >&2
    echo "compare.sh: the benchmark run failed; its whole output is in $log" >&2
    exit 1
  fi
  echo "   ran in $(seconds_since "$started"); its full tables are in Benchmarks/.build/compare-benchmark.txt"
  benchmark_args=(--benchmark "$log")
fi

python3 "$here/compare.py" summary --process "$work/process.json" "${benchmark_args[@]}"
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
