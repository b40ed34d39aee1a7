#!/usr/bin/env bash
# nano gate: proves the portable engine sources build against nanoFramework mscorlib 1.17.11
# alone and use no construct the nanoFramework runtime lacks (generics, other assemblies).
# usage: tools/NanoGate/run-gate.sh [ENGINE_DIR]   (default: <repo>/AtFirmware.Engine)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
engine_arg="${1:-$here/../../AtFirmware.Engine}"

if [[ ! -d "$engine_arg" ]]; then
  echo "nano-gate: engine dir not found: $engine_arg" >&2
  exit 2
fi
engine="$(cd "$engine_arg" && pwd)"

# A gate that compiles zero files would pass while proving nothing.
if [[ -z "$(find "$engine" \( -name bin -o -name obj \) -prune -o -name '*.cs' -type f -print -quit)" ]]; then
  echo "nano-gate: no *.cs files under $engine (outside bin/ and obj/)" >&2
  exit 2
fi

# Each run builds into its own scratch dir: no stale assembly can be checked, runs on
# different engine dirs cannot collide, and every run is a clean-clone build.
scratch="$(mktemp -d "${TMPDIR:-/tmp}/nano-gate.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

if ! dotnet build "$here/NanoGate.csproj" -c Release -nologo -v:q \
      "-p:EngineDir=$engine" \
      "-p:BaseIntermediateOutputPath=$scratch/obj/" \
      "-p:OutputPath=$scratch/bin/" >"$scratch/build.log" 2>&1; then
  # -v:q repeats each error in its summary; the project suffix is the same on every line.
  errors="$(grep -E ': error [A-Z]*[0-9]*|error :' "$scratch/build.log" \
    | sed -E 's# \[[^]]*NanoGate\.csproj[^]]*\]$##' | awk '!seen[$0]++' || true)"
  if grep -q ': error CS' <<<"$errors"; then
    echo "nano-gate: the engine does not compile against nanoFramework mscorlib 1.17.11"
  else
    echo "nano-gate: the gate build failed before compiling the engine"
  fi
  if [[ -n "$errors" ]]; then
    echo "$errors"
  else
    cat "$scratch/build.log"
  fi
  exit 1
fi

checker_dir="$here/MetadataCheck"
checker="$checker_dir/bin/Release/net10.0/MetadataCheck.dll"
# A no-op dotnet build still costs seconds, so rebuild only when a checker input is newer.
if [[ ! -f "$checker" ]] || [[ -n "$(find "$checker_dir" "$here"/Directory.Build.* \
      \( -name bin -o -name obj \) -prune -o -type f -newer "$checker" -print -quit)" ]]; then
  if ! dotnet build "$checker_dir/MetadataCheck.csproj" -c Release -nologo -v:q >"$scratch/checker-build.log" 2>&1; then
    echo "nano-gate: could not build the metadata checker" >&2
    cat "$scratch/checker-build.log" >&2
    exit 2
  fi
fi

dotnet "$checker" "$scratch/bin/EspAtNano.Engine.Gate.dll"
