#!/usr/bin/env bash
# Runs the benchmark suite (BenchmarkDotNet) and the peak-memory probe for each catalog size.
#   build/benchmark.sh              full BenchmarkDotNet run (tens of minutes)
#   build/benchmark.sh --short      BenchmarkDotNet's short job (fewer iterations; one process, so noisy)
#   build/benchmark.sh --stores     the sync state stores (SQLite, and PostgreSQL through build/with-postgres.sh)
#   build/benchmark.sh --prefetch   the stream fetching ahead and in parallel: 100 pages of 1,000 SKUs at 200 ms a page,
#                                   0.1 ms of work per SKU
#   build/benchmark.sh --orders     2,000 orders in a batch of 8 at 200 ms a POST, then against an ERP that serves 4 at once
#   build/benchmark.sh --job       the template connector's main job: 2,000 orders through the SQLite ledger at 200 ms a
#                                   POST with K = 8, and a catalog pull of 100 pages at 200 ms with 0.1 ms per record
#   build/benchmark.sh --peak       peak memory streaming 10k, 100k and 1M SKUs with PrefetchPages 0, 1 and 4
#   build/benchmark.sh --status-page the operator's status page over 10,000 documents in SQLite, over loopback HTTP
#   build/benchmark.sh --compare    the SDK against hand-written HttpClient, Refit and RestSharp: short job in three
#                                   processes of ten iterations, the run behind docs/benchmarks.md's current ratios
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release tests/Benchmarks
bench() { dotnet run -c Release --no-build --project tests/Benchmarks -- "$@"; }
case "${1:-}" in
  --status-page)
    bench --filter '*StatusPage*'
    exit 0
    ;;
  --stores)
    # SQLite, and a throw-away PostgreSQL with fsync on (honest commit latency).
    TOTVS_PG_FSYNC=on build/with-postgres.sh dotnet run -c Release --no-build --project tests/Benchmarks -- --filter '*SyncStore*' --job short
    exit 0
    ;;
  --prefetch)
    bench prefetch 100 200 100
    exit 0
    ;;
  --job)
    bench job 2000 200 8 100 200 100
    exit 0
    ;;
  --orders)
    bench orders 2000 200 8 4
    exit 0
    ;;
  --peak)
    for size in 10000 100000 1000000; do
      for prefetch in 0 1 4; do
        bench peak "$size" "$prefetch"
      done
    done
    exit 0
    ;;
  --compare)
    bench --filter '*ClientComparison*' --job short --launchCount 3 --iterationCount 10
    exit 0
    ;;
esac
for size in 1 10000 100000; do
  bench peak "$size"
done
if [ "${1:-}" = "--short" ]; then
  bench --filter '*' --job short
else
  bench --filter '*'
fi
