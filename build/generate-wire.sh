#!/usr/bin/env bash
# Writes the generated wire code (field-name constants, read-only sets) from docs/schemas:  build/generate-wire.sh
# Run it after changing a schema table; GeneratedWireCodeTests fails until the output is checked in.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project build/WireGen -- "$(pwd)"
