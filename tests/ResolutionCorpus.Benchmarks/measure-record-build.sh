#!/usr/bin/env bash
# Measures a cold build of the whole record (corpus/ResolutionCorpus.csproj and its parts, Release) and the size of
# what it makes, then rewrites the "Whole record build" section of BENCHMARKS.md. Needs python3 for the sizes.
# Takes about 8 minutes on 2 cores. The compiler runs in its own processes (UseSharedCompilation=false), so the
# peak below is the largest single process of the build: a compiler's.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Only the Release outputs: a developer's Debug build of the record stays.
rm -rf corpus/obj/Release corpus/bin/Release corpus/parts/*/obj/Release corpus/parts/*/bin/Release
log=$(mktemp)
/usr/bin/time -v dotnet build corpus/ResolutionCorpus.csproj -c Release -p:UseSharedCompilation=false -nodeReuse:false \
  -p:EmitCompilerGeneratedFiles=true >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
wall=$(grep -oP 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): \K.*' "$log")
peak_kb=$(grep -oP 'Maximum resident set size \(kbytes\): \K[0-9]+' "$log")

python3 - "$wall" "$peak_kb" <<'PY'
import glob, os, re, sys, datetime
wall, peak_kb = sys.argv[1], int(sys.argv[2])
literal = re.compile(r'Bytes => "((?:[^"\\]|\\.)*)"u8')
escape = re.compile(r'\\(U[0-9A-F]{8}|u[0-9A-F]{4}|.)')
simple = {'n': '\n', 'r': '\r', 't': '\t', '"': '"', '\\': '\\'}
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
            text += len(unescape(m.group(1)).encode('utf-8'))
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
<!-- /record-build -->"""
path = 'BENCHMARKS.md'
doc = open(path, encoding='utf-8').read()
start, end = doc.find('<!-- record-build'), doc.find('<!-- /record-build -->')
doc = doc[:start] + section + doc[end + len('<!-- /record-build -->'):] if start >= 0 else doc.rstrip('\n') + '\n\n' + section + '\n'
open(path, 'w', encoding='utf-8').write(doc)
print(section)
PY
