#!/usr/bin/env bash
# Reruns every benchmark and writes BENCHMARKS.md and docs/benchmarks/generator-time.svg from the results.
#
#   tests/ResolutionCorpus.Benchmarks/run-benchmarks.sh
#
# Environment:
#   RESOLUTIONCORPUS_UNXML=<folder>              the AKN4UN files (default ../shared/unxml beside the repository); their
#                                                General Assembly resolutions are imported as the real corpus
#   RESOLUTIONCORPUS_REAL_YAML=<folder>          the real resolutions as YAML files already imported (instead of importing)
#   RESOLUTIONCORPUS_BUILD_CORPORA="1000 5000"   the synthetic sizes of the build benchmark (the real corpus is added when set)
#   RESOLUTIONCORPUS_START_RUNS=20               process starts per run-time app
#   RESOLUTIONCORPUS_BENCHMARK_QUICK=1           one iteration per benchmark, to check that everything runs (numbers not worth keeping)
#   RESOLUTIONCORPUS_BENCHMARK_RESULTS=<folder>  where the raw results go (default: a new folder under /tmp)
#   RESOLUTIONCORPUS_BENCHMARK_FILTER='*'        BenchmarkDotNet's --filter
#   RESOLUTIONCORPUS_REPORT_ONLY=1               only rewrite BENCHMARKS.md from RESOLUTIONCORPUS_BENCHMARK_RESULTS
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
project="$root/tests/ResolutionCorpus.Benchmarks"
results="${RESOLUTIONCORPUS_BENCHMARK_RESULTS:-$(mktemp -d /tmp/resolutioncorpus-benchmarks.XXXXXX)}"
mkdir -p "$results"
real="${RESOLUTIONCORPUS_REAL_YAML:-}"
if [[ -n "$real" && ! -d "$real" ]]; then
  echo "RESOLUTIONCORPUS_REAL_YAML=$real is not a folder; the real corpus is left out" >&2
  real=""
fi

# The real corpus: the General Assembly's AKN4UN files imported as YAML. The few files the generator rejects are
# left out (AknCorpusTests lists them with their reasons), so that the corpus builds.
unxml="${RESOLUTIONCORPUS_UNXML:-$root/../shared/unxml}"
if [[ -z "$real" && "${RESOLUTIONCORPUS_REPORT_ONLY:-}" == "1" && -d "$results/real-yaml" ]]; then
  real="$results/real-yaml"
elif [[ -z "$real" && -d "$unxml/ga" ]]; then
  real="$results/real-yaml"
  rm -rf "$real"
  echo "== Importing the real corpus from $unxml/ga"
  tool=(dotnet run --project "$root/generator/ResolutionCorpus.Tool" -c Release --)
  "${tool[@]}" import "$unxml"/ga/*/*.xml -o "$real" > "$results/real-import.log" 2>&1 || true
  "${tool[@]}" check "$real" > "$results/real-check.log" 2>&1 || true
  sed -n 's/^\(.*\.yaml\)([0-9]*,[0-9]*): error .*/\1/p' "$results/real-check.log" | sort -u | while read -r rejected; do rm -f "$rejected"; done
  echo "   $(find "$real" -name '*.yaml' | wc -l) files kept ($(tail -1 "$results/real-import.log"))"
fi
export RESOLUTIONCORPUS_REAL_YAML="$real"

echo "== Building the benchmarks (Release); results in $results"
dotnet build "$project" -c Release -v q -nologo > "$results/benchmarks-build.log"
bench=(dotnet "$project/bin/Release/net10.0/ResolutionCorpus.Benchmarks.dll")

if [[ "${RESOLUTIONCORPUS_REPORT_ONLY:-}" != "1" ]]; then
  # The machine, for the report.
  {
    printf 'cpu\t%s\n' "$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
    printf 'cores\t%s\n' "$(nproc)"
    printf 'memory\t%s GB\n' "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
    printf 'os\t%s\n' "$(. /etc/os-release && echo "$PRETTY_NAME")"
    printf 'sdk\t%s\n' "$(dotnet --version)"
    printf 'runtime\t%s\n' "$(dotnet --list-runtimes | sed -n 's/^Microsoft.NETCore.App \([^ ]*\).*/\1/p' | tail -1)"
    printf 'date\t%s\n' "$(date -u +%Y-%m-%d)"
    printf 'quick\t%s\n' "${RESOLUTIONCORPUS_BENCHMARK_QUICK:-0}"
  } > "$results/machine.tsv"

  echo "== BenchmarkDotNet: generator cold and incremental, run time in one process"
  (cd "$project" && "${bench[@]}" --filter "${RESOLUTIONCORPUS_BENCHMARK_FILTER:-*}" --artifacts "$results/bdn" --exporters json > "$results/bdn.log")

  echo "== Generator stages apart, 1,000 synthetic resolutions"
  "${bench[@]}" stages 1000 3 > "$results/stages.tsv"

  echo "== Run time in fresh processes: the corpus app, the parse-at-start-up app and the SQLite app"
  rm -rf "$results/apps"
  "${bench[@]}" apps "$results/apps" "$root"
  dotnet build "$results/apps/corpus/CorpusApp.csproj" -c Release -v q -nologo > "$results/apps-corpus-build.log"
  dotnet build "$results/apps/baseline/BaselineApp.csproj" -c Release -v q -nologo > "$results/apps-baseline-build.log"
  dotnet build "$results/apps/sqlite/SqliteApp.csproj" -c Release -v q -nologo > "$results/apps-sqlite-build.log"
  runs="${RESOLUTIONCORPUS_START_RUNS:-20}"
  {
    "${bench[@]}" start corpus "$results/apps/corpus/bin/Release/net10.0/CorpusApp.dll" "$runs"
    "${bench[@]}" start baseline "$results/apps/baseline/bin/Release/net10.0/BaselineApp.dll" "$runs"
    "${bench[@]}" start sqlite "$results/apps/sqlite/bin/Release/net10.0/SqliteApp.dll" "$runs"
  } > "$results/start.tsv"
  "${bench[@]}" steps "$results/apps/corpus/bin/Release/net10.0/CorpusApp.dll" "$runs" > "$results/steps.tsv"
  printf 'corpus\t%s\nbaseline\t%s\nsqlite\t%s\n' \
    "$(stat -c %s "$results/apps/corpus/bin/Release/net10.0/CorpusApp.dll")" \
    "$(stat -c %s "$results/apps/baseline/bin/Release/net10.0/BaselineApp.dll")" \
    "$(stat -c %s "$results/apps/sqlite/corpus.db")" > "$results/apps-size.tsv"
  rm -rf "$results/apps/corpus/obj" "$results/apps/baseline/obj" "$results/apps/sqlite/obj"

  echo "== Build: dotnet build of a corpus library, wall time and peak memory"
  corpora="${RESOLUTIONCORPUS_BUILD_CORPORA:-1000 5000}"
  if [[ -n "$real" ]]; then corpora="$corpora real"; fi
  : > "$results/build.tsv"
  for corpus in $corpora; do
    work="$(mktemp -d /tmp/resolutioncorpus-build.XXXXXX)"
    "${bench[@]}" export "$corpus" "$work/resolutions"
    cat > "$work/Corpus.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework><Nullable>enable</Nullable><LangVersion>latest</LangVersion>
  </PropertyGroup>
  <ItemGroup><AdditionalFiles Include="resolutions/*.yaml;resolutions/*.yml" /></ItemGroup>
  <ItemGroup>
    <ProjectReference Include="$root/generator/ResolutionCorpus.Runtime/ResolutionCorpus.Runtime.csproj" />
    <ProjectReference Include="$root/generator/ResolutionCorpus.Generator/ResolutionCorpus.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
PROJ
    files=$(find "$work/resolutions" -type f | wc -l)
    yaml=$(du -sb "$work/resolutions" | cut -f1)
    # The compiler needs about 4 GB per 1,000 resolutions; a build that cannot fit is recorded, not started.
    needed=$(( files * 4300 / 1000 + 1500 ))
    available=$(awk '/MemAvailable/ { printf "%d", $2 / 1024 }' /proc/meminfo)
    if (( available < needed )); then
      printf '%s\t%s\t%s\t%s\t%s\t0\tmemory\n' "$corpus" "$files" "$yaml" "$needed" "$available" >> "$results/build.tsv"
      rm -rf "$work"
      continue
    fi
    (cd "$work" && dotnet restore -v q > /dev/null)
    # The referenced projects are built first, unmeasured, so the measure is the corpus library alone.
    dotnet build "$root/generator/ResolutionCorpus.Generator/ResolutionCorpus.Generator.csproj" -c Release -v q -nologo > /dev/null
    dotnet build "$root/generator/ResolutionCorpus.Runtime/ResolutionCorpus.Runtime.csproj" -c Release -v q -nologo > /dev/null
    dotnet build-server shutdown > /dev/null 2>&1 || true
    status=0
    /usr/bin/time -v -o "$work/time.txt" dotnet build "$work/Corpus.csproj" -c Release --no-restore --no-dependencies -nodeReuse:false \
      -p:UseSharedCompilation=false -v q -nologo > "$work/build.log" 2>&1 || status=$?
    wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$work/time.txt" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    dll="$work/bin/Release/net8.0/Corpus.dll"
    size=$([[ -f "$dll" ]] && stat -c %s "$dll" || echo 0)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$corpus" "$files" "$yaml" "$wall" "$peak" "$size" "$status" >> "$results/build.tsv"
    if [[ $status -ne 0 ]]; then tail -20 "$work/build.log" > "$results/build-$corpus-failure.log"; fi
    rm -rf "$work"
  done
fi

echo "== Writing BENCHMARKS.md and docs/benchmarks/generator-time.svg"
"${bench[@]}" report "$results" "$root"
echo "Done. Raw results: $results"
