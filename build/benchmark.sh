#!/usr/bin/env bash
# Runs the benchmark suite (BenchmarkDotNet) and the peak-memory probe for each catalog size.
#   build/benchmark.sh            full BenchmarkDotNet run (minutes)
#   build/benchmark.sh --short    BenchmarkDotNet's short job (fewer iterations)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release tests/Benchmarks
for size in 10000 100000; do
  dotnet run -c Release --no-build --project tests/Benchmarks -- peak "$size"
done
if [ "${1:-}" = "--short" ]; then
  dotnet run -c Release --no-build --project tests/Benchmarks -- --filter '*' --job short
else
  dotnet run -c Release --no-build --project tests/Benchmarks -- --filter '*'
fi
