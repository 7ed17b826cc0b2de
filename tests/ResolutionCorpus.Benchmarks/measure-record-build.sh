#!/usr/bin/env bash
# Measures a cold build of the whole record (corpus/ResolutionCorpus.csproj and its parts, Release) and the size of
# what it makes, times an editor's first hover and a consumer's build against it, then rewrites the "Whole record
# build" section of BENCHMARKS.md; then measures the record's citations and the [Cites] analyzer against the compiled
# record, which rewrites the "Citations in the record" section. Needs python3 and bc. Takes about 9 minutes on 2 cores. The compiler runs in its own
# processes (UseSharedCompilation=false), so the peak below is the largest single process of the build: a compiler's.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Only the Release outputs: a developer's Debug build of the record stays.
rm -rf corpus/obj/Release corpus/bin/Release corpus/parts/*/obj/Release corpus/parts/*/bin/Release
log=$(mktemp)
/usr/bin/time -v dotnet build corpus/ResolutionCorpus.csproj -c Release -p:UseSharedCompilation=false -nodeReuse:false \
  -p:EmitCompilerGeneratedFiles=true >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
wall=$(grep -oP 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): \K.*' "$log")
peak_kb=$(grep -oP 'Maximum resident set size \(kbytes\): \K[0-9]+' "$log")

# An editor's first hover on a paragraph class of the part with the largest XML file, measured as editors do it
# (Roslyn's XmlDocumentationProvider; see EditorHover.cs), the smallest part warming Roslyn first; five fresh processes.
dotnet build tests/ResolutionCorpus.Benchmarks -c Release -v q -nologo >/dev/null
bench=(dotnet tests/ResolutionCorpus.Benchmarks/bin/Release/net10.0/ResolutionCorpus.Benchmarks.dll)
parts=$(ls -S corpus/parts/*/bin/Release/netstandard2.0/ResolutionCorpus.Record.*.xml)
largest=$(echo "$parts" | head -1)
smallest=$(echo "$parts" | tail -1)
hover=$(mktemp)
for _ in 1 2 3 4 5; do "${bench[@]}" hover "${largest%.xml}.dll" "${smallest%.xml}.dll" >>"$hover"; done

# A consumer's build with the record referenced (and its analyzer checking a [Cites]) against the same app without
# it: the consumer's own build, dependencies already built, Program.cs touched so that it compiles; five builds each.
consumer=$(mktemp -d)
root=$(pwd)
consumer_times=$(mktemp)
for variant in with without; do
  mkdir -p "$consumer/$variant"
  if [[ $variant == with ]]; then
    references="<ProjectReference Include=\"$root/corpus/ResolutionCorpus.csproj\" />
    <ProjectReference Include=\"$root/generator/ResolutionCorpus.Generator/ResolutionCorpus.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
    program='using ResolutionCorpus;
using ResolutionCorpus.Resolutions;

System.Console.WriteLine(Report.Text());

static class Report
{
    [Cites("A/RES/79/284, para. 1")]
    public static string Text() => A_RES_79_284.Operative.P1.Text;
}'
  else
    references=""
    program='System.Console.WriteLine(Report.Text());

static class Report
{
    public static string Text() => "Decides.";
}'
  fi
  cat >"$consumer/$variant/Consumer.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    $references
  </ItemGroup>
</Project>
PROJ
  echo "$program" >"$consumer/$variant/Program.cs"
  dotnet build "$consumer/$variant/Consumer.csproj" -c Release -v q -nologo >"$consumer/$variant.log" 2>&1 || { tail -20 "$consumer/$variant.log"; exit 1; }
  for _ in 1 2 3 4 5; do
    touch "$consumer/$variant/Program.cs"
    start=$(date +%s.%N)
    dotnet build "$consumer/$variant/Consumer.csproj" -c Release --no-restore --no-dependencies -v q -nologo >/dev/null
    printf '%s\t%s\n' "$variant" "$(echo "$(date +%s.%N) - $start" | bc)" >>"$consumer_times"
  done
done
rm -rf "$consumer"

python3 - "$wall" "$peak_kb" "$hover" "$consumer_times" "$(basename "$largest" .xml)" <<'PY'
import glob, os, re, sys, datetime, statistics
wall, peak_kb = sys.argv[1], int(sys.argv[2])
hovers = [line.split('\t') for line in open(sys.argv[3]).read().split('\n') if line]
hover_ms, hover_mb = statistics.median(float(h[0]) for h in hovers), statistics.median(float(h[1]) for h in hovers)
builds = [line.split('\t') for line in open(sys.argv[4]).read().split('\n') if line]
with_s = statistics.median(float(b[1]) for b in builds if b[0] == 'with')
without_s = statistics.median(float(b[1]) for b in builds if b[0] == 'without')
hovered = sys.argv[5]
literal = re.compile(r'Bytes => "((?:[^"\\]|\\.)*)"u8')
escape = re.compile(r'\\(U[0-9A-F]{8}|u[0-9A-F]{4}|.)')
simple = {'n': '\n', 'r': '\r', 't': '\t', '0': '\0', '"': '"', '\\': '\\'}
def unescape(body):
    return escape.sub(lambda m: chr(int(m.group(1)[1:], 16)) if len(m.group(1)) > 1 else simple[m.group(1)], body)
rows, totals = [], [0, 0, 0, 0]
for project in sorted(glob.glob('corpus/parts/*/*.csproj')):
    name = os.path.basename(os.path.dirname(project))
    out = f'corpus/parts/{name}/bin/Release/netstandard2.0/ResolutionCorpus.Record.{name}'
    text = generated = 0
    for path in glob.glob(f'corpus/parts/{name}/obj/Release/netstandard2.0/generated/**/*.cs', recursive=True):
        source = open(path, encoding='utf-8').read()
        generated += len(source.encode('utf-8'))
        for m in literal.finditer(source):
            text += len(unescape(m.group(1)).rstrip('\0').encode('utf-8'))  # the NUL padding is not text
    dll, xml = os.path.getsize(out + '.dll'), os.path.getsize(out + '.xml')
    rows.append(f'| {name} | {text/1e6:.1f} MB | {generated/text:.2f} × | {dll/text:.2f} × | {xml/1e6:.1f} MB ({xml/text:.2f} ×) |')
    for i, v in enumerate((text, generated, dll, xml)):
        totals[i] += v
text, generated, dll, xml = totals
section = f"""<!-- record-build: written by tests/ResolutionCorpus.Benchmarks/measure-record-build.sh -->
## Whole record build

A cold `dotnet build corpus/ResolutionCorpus.csproj -c Release` (the entry and its {len(rows)} parts, two compilers at a
time, each in its own process), run on {datetime.date.today().isoformat()}: **{wall}** wall clock, largest process
**{peak_kb/1e6:.1f} GB**. Ratios are to the UTF-8 text each part carries (the bytes of its resolutions' text blocks).

| part | text | generated C# | assembly | XML documentation |
|---|---|---|---|---|
""" + "\n".join(rows) + f"""
| all parts | {text/1e6:.1f} MB | {generated/text:.2f} × | {dll/text:.2f} × | {xml/1e6:.1f} MB ({xml/text:.2f} ×) |

An editor's first hover on a paragraph class of `{hovered}`,
the part with the largest XML documentation file, the way editors read it (Roslyn's `XmlDocumentationProvider`
over the shipped file, which it loads whole on the first request; Roslyn's own code warmed on the smallest part
first; `EditorHover.cs`): **{hover_ms:.0f} ms**, median of {len(hovers)}
fresh processes, and the provider then keeps **{hover_mb:.1f} MB**.

A consumer's own build (`dotnet build -c Release --no-dependencies`, its `Program.cs` touched, the compiler server
warm), an app that reads one paragraph and cites one with `[Cites]`, against the same app without the record:
**{with_s:.2f} s** against **{without_s:.2f} s**, **{with_s/without_s:.2f} ×** (medians of five builds each).
<!-- /record-build -->"""
path = 'BENCHMARKS.md'
doc = open(path, encoding='utf-8').read()
start, end = doc.find('<!-- record-build'), doc.find('<!-- /record-build -->')
doc = doc[:start] + section + doc[end + len('<!-- /record-build -->'):] if start >= 0 else doc.rstrip('\n') + '\n\n' + section + '\n'
open(path, 'w', encoding='utf-8').write(doc)
print(section)
PY

"${bench[@]}" citations . corpus/bin/Release/netstandard2.0
