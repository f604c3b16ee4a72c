#!/usr/bin/env bash
# Packs every NuGet package (with symbols) into artifacts/packages:  build/pack.sh [version]
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-}"
args=(-c Release -o artifacts/packages)
[ -n "$version" ] && args+=("-p:Version=$version")
dotnet pack src/Totvs.Ecommerce.Sdk/Totvs.Ecommerce.Sdk.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.Testing/Totvs.Ecommerce.Sdk.Testing.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.Sqlite/Totvs.Ecommerce.Sdk.Sqlite.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.PostgreSql/Totvs.Ecommerce.Sdk.PostgreSql.csproj "${args[@]}"
ls -1 artifacts/packages
