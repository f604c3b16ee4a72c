#!/usr/bin/env bash
# Packs every NuGet package (with symbols) into artifacts/packages:  build/pack.sh [version]
# The version comes from the latest git tag (MinVer: v0.2.0 packs 0.2.0); a version given here overrides it.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-}"
args=(-c Release -o artifacts/packages)
[ -n "$version" ] && args+=("-p:MinVerVersionOverride=$version")
dotnet pack src/Totvs.Ecommerce.Sdk/Totvs.Ecommerce.Sdk.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.Sync/Totvs.Ecommerce.Sdk.Sync.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.Vtex/Totvs.Ecommerce.Sdk.Vtex.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.Testing/Totvs.Ecommerce.Sdk.Testing.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.Sqlite/Totvs.Ecommerce.Sdk.Sqlite.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.PostgreSql/Totvs.Ecommerce.Sdk.PostgreSql.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.AspNetCore/Totvs.Ecommerce.Sdk.AspNetCore.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.Sdk.Templates/Totvs.Ecommerce.Sdk.Templates.csproj "${args[@]}"
dotnet pack src/Totvs.Ecommerce.FakeDatasul/Totvs.Ecommerce.FakeDatasul.csproj "${args[@]}"
ls -1 artifacts/packages
