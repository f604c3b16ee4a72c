#!/usr/bin/env bash
# Builds everything and runs every test, as CI does:  build/test.sh [dotnet test options]
# Installs what the tests need and is missing (headless Chromium for the status page's browser tests), then runs them
# with a throw-away PostgreSQL cluster (build/with-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
build/ensure-chromium.sh
exec build/with-postgres.sh dotnet test Sdk.sln "$@"
