#!/usr/bin/env bash
# Runs one afl-fuzz campaign on one target (fuzz/README.md).
#   fuzz/fuzz.sh TARGET [SECONDS] [-- more afl-fuzz options]
# TARGET is parse or json; SECONDS bounds the campaign (afl-fuzz -V; default 1800). Extra seed files can be put in
# fuzz/findings/in-TARGET beforehand: the committed regression corpus is added to them. Findings go to
# fuzz/findings/TARGET/default/{crashes,hangs,queue,fuzzer_stats}. Nothing under fuzz/findings/ is committed.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:?usage: fuzz/fuzz.sh parse|json [SECONDS] [-- afl-fuzz options]}"
seconds="${2:-1800}"
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = "--" ] && shift

case "$target" in parse|json) ;; *) echo "unknown target: $target (parse or json)" >&2; exit 2 ;; esac
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get install afl++" >&2; exit 1; }
sharpfuzz="$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")"
[ -x "$sharpfuzz" ] || { echo "sharpfuzz is missing: dotnet tool install --global SharpFuzz.CommandLine" >&2; exit 1; }

findings=fuzz/findings
bin="$findings/bin"
# A fresh Release publish, then NewsModel.dll (only the library under test) instrumented in place.
rm -rf "$bin"
dotnet publish fuzz/NewsModel.Fuzz -c Release -o "$bin" --nologo -v quiet
"$sharpfuzz" "$bin/NewsModel.dll"

inputs="$findings/in-$target"
mkdir -p "$inputs"
cp tests/NewsModel.Tests/Reliability/FuzzCorpus/"$target"/* "$inputs"/
rm -rf "${findings:?}/$target"

# The .NET fork server is not an instrumented native binary (AFL_SKIP_BIN_CHECK); a crash is an exception
# reported through the fork server, not a core dump (AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES).
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
exec afl-fuzz -i "$inputs" -o "$findings/$target" -t 5000 -m none -x "fuzz/dictionaries/$target.dict" -V "$seconds" "$@" \
    -- dotnet "$bin/NewsModel.Fuzz.dll" "$target"
