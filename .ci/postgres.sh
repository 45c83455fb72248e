#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests, or stops one:
#   .ci/postgres.sh start DIR [PORT] [tls]
#                                      initdb in DIR as a non-root user, listening on
#                                      127.0.0.1:PORT (default 55432) and a socket in DIR;
#                                      with tls, offering TLS with a throwaway certificate
#   .ci/postgres.sh stop DIR
#   .ci/postgres.sh resume DIR [PORT]  start a stopped cluster again (tests of a server that
#                                      goes away and comes back)
# The superuser is caseload_test with the password caseload-test, for this cluster only
# (loopback, gone with DIR). Prints the address the tests read from CASELOAD_TEST_POSTGRES.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder for the cluster}
port=${3:-55432}
tls=${4:-}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres.sh: no PostgreSQL server binaries (install Debian's postgresql)" >&2
  exit 3
fi

# initdb and the server refuse to run as root: run them as the postgres user Debian's package
# makes, or as whoever we are.
owner=$(id -un)
if [ "$(id -u)" = 0 ]; then owner=postgres; fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

# The server keeps no descriptor of ours open (its output goes to server.log), so a caller
# reading this script's output to the end is not left waiting for the server to stop.
serve() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on" start \
    >"$dir/pg_ctl.log" 2>&1 </dev/null \
    || { cat "$dir/pg_ctl.log" "$dir/server.log" >&2; exit 1; }
  echo "127.0.0.1:$port"
}

case "$action" in
start)
  mkdir -p "$dir"
  chmod 0700 "$dir"
  chown "$owner" "$dir"
  printf 'caseload-test\n' > "$dir/password"
  chown "$owner" "$dir/password"
  as_owner "$bin/initdb" -D "$dir/data" -U caseload_test --pwfile="$dir/password" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  if [ "$tls" = tls ]; then
    openssl req -new -x509 -days 2 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/data/server.key" \
      -out "$dir/data/server.crt" >"$dir/openssl.log" 2>&1 || { cat "$dir/openssl.log" >&2; exit 1; }
    chmod 0600 "$dir/data/server.key"
    chown "$owner" "$dir/data/server.key" "$dir/data/server.crt"
    echo "ssl = on" >>"$dir/data/postgresql.conf"
  fi
  serve
  ;;
resume)
  serve
  ;;
stop)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  ;;
*)
  echo "postgres.sh: start, stop or resume" >&2
  exit 2
  ;;
esac
