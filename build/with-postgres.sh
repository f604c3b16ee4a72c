#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster on a free loopback port, and stops it afterwards, even on failure.
#   build/with-postgres.sh dotnet test Sdk.sln
# The cluster's connection string is exported as TOTVS_TEST_POSTGRES. PostgreSQL must be installed (Debian: apt install
# postgresql-15); when it is not, the command runs without it and the PostgreSQL tests say they were skipped, unless
# TOTVS_REQUIRE_POSTGRES=1 (CI), which makes a missing PostgreSQL an error.
set -euo pipefail

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir="$(pg_config --bindir)"
else
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir="$candidate"
  done
fi

if [ -z "$bindir" ]; then
  if [ "${TOTVS_REQUIRE_POSTGRES:-0}" = "1" ]; then
    echo "with-postgres: PostgreSQL is required (TOTVS_REQUIRE_POSTGRES=1) but initdb was not found." >&2
    exit 1
  fi
  echo "with-postgres: PostgreSQL not installed; running without it (its tests will be skipped)." >&2
  exec "$@"
fi

cluster="$(mktemp -d "${TMPDIR:-/tmp}/totvs-pg.XXXXXX")"
as_owner=()
if [ "$(id -u)" = "0" ]; then
  # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
  chown postgres "$cluster"
  as_owner=(runuser -u postgres --)
fi

stop() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port=""
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 40000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "with-postgres: no free loopback port found." >&2; exit 1; }

"${as_owner[@]}" "$bindir/initdb" -D "$cluster/data" -U postgres --auth=trust --encoding=UTF8 --no-sync >"$cluster/initdb.log" 2>&1 \
  || { cat "$cluster/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
  -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=${TOTVS_PG_FSYNC:-off} -c synchronous_commit=${TOTVS_PG_FSYNC:-off} -c full_page_writes=off" \
  start >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }

export TOTVS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
echo "with-postgres: throw-away PostgreSQL on 127.0.0.1:$port (stopped when the command ends)." >&2
set +e
"$@"
status=$?
set -e
exit $status
