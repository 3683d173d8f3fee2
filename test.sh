#!/usr/bin/env bash
# Builds and tests SqlConn from a fresh clone: restores the npm and NuGet packages, builds the
# solution with warnings as errors, runs every test, then runs the README's quick-start command.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s\n' "$*"; }

step "npm packages (antlr-ng, the parser generator; the SARIF Multitool, which the CLI tests validate with)"
# npm writes node_modules/.package-lock.json; a package-lock.json newer than it means stale tools.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
else
    echo "node_modules is up to date"
fi

step "NuGet packages"
dotnet restore LangServer.sln

step "Build (warnings are errors)"
dotnet build LangServer.sln --no-restore -warnaserror

step "Tests"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test LangServer.sln --no-build 2>&1 | tee "$log" || status=$?
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{ sum += $2 } END { print sum + 0 }')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{ sum += $2 } END { print sum + 0 }')
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
    echo "$passed passed, $failed failed"
    exit 1
fi

step "Quick start: sqlconn lint examples/ (the README says: exit code 0)"
lint_status=0
dotnet run --project server/SqlConn.Cli -- lint examples/ || lint_status=$?
if [ "$lint_status" -ne 0 ]; then
    echo "sqlconn lint examples/ exited with $lint_status, expected 0"
    exit 1
fi

echo
echo "$passed passed, $failed failed"
