#!/usr/bin/env bash
# Reruns every benchmark and writes the raw results next to BENCHMARKS.md (see its "How to rerun").
#   tests/ResolutionCorpus.Benchmarks/run-benchmarks.sh            # all of it (about half an hour on 2 cores)
#   RESOLUTIONCORPUS_BUILD_SIZES="1000" ...run-benchmarks.sh       # fewer build sizes
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/docs/benchmarks"
mkdir -p "$out"
project="$root/tests/ResolutionCorpus.Benchmarks"

echo "== BenchmarkDotNet (generator cold and incremental, run time)"
dotnet run -c Release --project "$project" -- --filter '*' --artifacts "$out/bdn" --exporters github

echo "== Build: dotnet build of a corpus library, wall time and peak memory"
sizes="${RESOLUTIONCORPUS_BUILD_SIZES:-1000 5000}"
table="$out/build.md"
echo "| resolutions | YAML (MB) | build (s) | peak memory (MB) | assembly (MB) |" > "$table"
echo "|---|---|---|---|---|" >> "$table"
for n in $sizes; do
  work=$(mktemp -d)
  dotnet run -c Release --project "$project" -- export "$n" "$work/resolutions" > /dev/null
  cat > "$work/Corpus.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework><Nullable>enable</Nullable><LangVersion>latest</LangVersion></PropertyGroup>
  <ItemGroup><AdditionalFiles Include="resolutions/*.yaml" /></ItemGroup>
  <ItemGroup>
    <ProjectReference Include="$root/generator/ResolutionCorpus.Runtime/ResolutionCorpus.Runtime.csproj" />
    <ProjectReference Include="$root/generator/ResolutionCorpus.Generator/ResolutionCorpus.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
PROJ
  (cd "$work" && dotnet restore -v q > /dev/null && dotnet build-server shutdown > /dev/null 2>&1 || true)
  /usr/bin/time -v -o "$work/time.txt" dotnet build "$work/Corpus.csproj" -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -v q > "$work/build.log"
  seconds=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  peak_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
  yaml_mb=$(du -sm "$work/resolutions" | cut -f1)
  dll_mb=$(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$work/bin/Release/net8.0/Corpus.dll")/1048576 }")
  echo "| $n | $yaml_mb | $seconds | $((peak_kb / 1024)) | $dll_mb |" >> "$table"
  rm -rf "$work"
done
cat "$table"
echo "Results in $out; copy the numbers into BENCHMARKS.md."
