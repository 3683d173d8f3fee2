#!/usr/bin/env bash
# Builds and tests SqlConn from a fresh clone: restores the npm and NuGet packages, builds the
# solution with warnings as errors, runs every test, then runs the README's quick-start command.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s\n' "$*"; }

step "npm packages (antlr-ng, the parser generator; the SARIF Multitool, which the CLI tests validate with; the VS Code extension's build and test tools)"
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

step "Neovim (the LanguageServer tests drive it as a real client; they skip it when it is missing)"
if command -v nvim >/dev/null; then
    echo "nvim is installed"
elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim) >/dev/null 2>&1; then
        echo "installed nvim"
    else
        echo "could not install neovim with apt-get: the Neovim test will be skipped"
    fi
else
    echo "nvim is missing and cannot be installed here (root and apt-get needed): the Neovim test will be skipped"
fi

step "Tests"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test LangServer.sln --no-build 2>&1 | tee "$log" || status=$?
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{ sum += $2 } END { print sum + 0 }')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{ sum += $2 } END { print sum + 0 }')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{ sum += $2 } END { print sum + 0 }')
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
    exit 1
fi

step "Quick start: sqlconn lint examples/ (the README says: exit code 0)"
lint_status=0
dotnet run --project server/SqlConn.Cli -- lint examples/ || lint_status=$?
if [ "$lint_status" -ne 0 ]; then
    echo "sqlconn lint examples/ exited with $lint_status, expected 0"
    exit 1
fi

step "VS Code extension: type check, client bundle, server publish, .vsix (npm run package)"
npm run package

step "VS Code extension: grammar snapshots of both dialects"
npm run test:grammar --workspace vscode-extension

step "VS Code extension tests: preview rendering, server resolution, the real sqlconn serve, the .vsix contents"
extension_status=0
npm test --workspace vscode-extension 2>&1 | tee "$log" || extension_status=$?
extension_passed=$(grep -Eo '^# pass [0-9]+' "$log" | awk '{ sum += $3 } END { print sum + 0 }')
extension_failed=$(grep -Eo '^# (fail|cancelled) [0-9]+' "$log" | awk '{ sum += $3 } END { print sum + 0 }')
# A skipped test says why in the output above (the real-server tests, before the CLI serves LSP).
extension_skipped=$(grep -Eo '^# skipped [0-9]+' "$log" | awk '{ sum += $3 } END { print sum + 0 }')
passed=$((passed + extension_passed))
failed=$((failed + extension_failed))
skipped=$((skipped + extension_skipped))
if [ "$extension_status" -ne 0 ] || [ "$extension_failed" -ne 0 ] || [ "$extension_passed" -eq 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
    exit 1
fi

echo
if [ "$extension_skipped" -ne 0 ]; then
    grep -E '# SKIP' "$log" | sed -E 's/^ *ok [0-9]+ - /skipped: /'
fi
echo "$passed passed, $failed failed, $skipped skipped"
