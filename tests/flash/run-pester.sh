#!/usr/bin/env bash
# Runs the Pester tests of flash.ps1 (tests/flash/*.Tests.ps1) and ends with exactly one line
# "N passed, N failed" taken from Pester's result object; exit status 0 only when nothing failed.
# Installs what is missing, from NuGet only (this machine reaches NuGet but not the PowerShell
# Gallery): PowerShell 7.6.9 as a dotnet tool, and Pester 5.7.1 from its .nupkg, fetched by a
# throwaway restore of a project that only downloads it. Both go to a cache folder that later
# runs reuse: $ESPATNANO_TOOLS, default ~/.cache/espatnano-tools.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="${ESPATNANO_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/espatnano-tools}"
pwsh_version="7.6.9"
pester_version="5.7.1"
pwsh_dir="$tools/pwsh-$pwsh_version"
pester_dir="$tools/pester-$pester_version"

fail() { echo "run-pester: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

mkdir -p "$tools" || fail "cannot create $tools"

# PowerShell: a pwsh 7.6.9 already on PATH is used as is; otherwise the dotnet tool in the cache.
pwsh=""
if command -v pwsh >/dev/null 2>&1 && pwsh -NoLogo -NoProfile -Command '$PSVersionTable.PSVersion.ToString()' 2>/dev/null | grep -qx "$pwsh_version"; then
  pwsh="$(command -v pwsh)"
elif [[ -x "$pwsh_dir/pwsh" ]]; then
  pwsh="$pwsh_dir/pwsh"
else
  echo "run-pester: installing PowerShell $pwsh_version (dotnet tool) into $pwsh_dir" >&2
  dotnet tool install --tool-path "$pwsh_dir" PowerShell --version "$pwsh_version" >"$tools/pwsh-install.log" 2>&1 \
    || { cat "$tools/pwsh-install.log" >&2; fail "PowerShell $pwsh_version could not be installed"; }
  pwsh="$pwsh_dir/pwsh"
fi

# Pester: a restore with PackageDownload puts the package, already extracted, under the restore's
# package folder.
if [[ ! -f "$pester_dir/Pester.psd1" ]]; then
  echo "run-pester: fetching Pester $pester_version from NuGet into $pester_dir" >&2
  scratch="$(mktemp -d "${TMPDIR:-/tmp}/pester-fetch.XXXXXX")"
  trap 'rm -rf "$scratch"' EXIT
  cat >"$scratch/fetch.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="Pester" Version="[$pester_version]" /></ItemGroup>
</Project>
PROJ
  dotnet restore "$scratch/fetch.csproj" --packages "$scratch/packages" >"$tools/pester-fetch.log" 2>&1 \
    || { cat "$tools/pester-fetch.log" >&2; fail "Pester $pester_version could not be fetched"; }
  # The NuGet package keeps the module under tools/.
  src="$scratch/packages/pester/$pester_version/tools"
  [[ -f "$src/Pester.psd1" ]] || fail "Pester.psd1 not found in the downloaded package ($src)"
  rm -rf "$pester_dir.part" && cp -r "$src" "$pester_dir.part" && mv "$pester_dir.part" "$pester_dir" \
    || fail "cannot copy Pester to $pester_dir"
fi

# Pester's own summary goes to the console; the one counted line is printed last. The tests start
# flash.ps1 in a child PowerShell: this one.
export ESPATNANO_PWSH="$pwsh"
render="Plaintext"
[[ -t 1 ]] && render="Auto"
log="$(mktemp "${TMPDIR:-/tmp}/pester-run.XXXXXX")"
"$pwsh" -NoLogo -NoProfile -NonInteractive -Command "
  \$ErrorActionPreference = 'Stop'
  Import-Module '$pester_dir/Pester.psd1' -Force
  \$config = New-PesterConfiguration
  \$config.Run.Path = '$here'
  \$config.Run.PassThru = \$true
  \$config.Output.Verbosity = 'Detailed'
  \$config.Output.RenderMode = '$render'
  \$result = Invoke-Pester -Configuration \$config
  \$failed = \$result.FailedCount + \$result.FailedBlocksCount + \$result.FailedContainersCount
  Write-Host ('{0} passed, {1} failed' -f \$result.PassedCount, \$failed)
  if (\$failed -gt 0 -or \$result.PassedCount -eq 0) { exit 1 }
  exit 0
" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# PowerShell or Pester may die before the count: then this line is the result.
if ! tail -n 1 "$log" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
  echo "run-pester: Pester gave no result (exit status $status)" >&2
  echo "0 passed, 1 failed"
  status=1
fi
rm -f "$log"
exit "$status"
