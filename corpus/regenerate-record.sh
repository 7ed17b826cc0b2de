#!/usr/bin/env bash
# Regenerates corpus/record, the YAML of the UN's published record, from the publisher's AKN4UN files:
# ../shared/unxml beside the repository, or the folder named by RESOLUTIONCORPUS_UNXML.
# Files the importer refuses are listed on standard error (and in tests/ResolutionCorpus.Tool.Tests/KnownAknProblems.txt).
set -uo pipefail
cd "$(dirname "$0")/.."
unxml=${RESOLUTIONCORPUS_UNXML:-../shared/unxml}
if [ ! -d "$unxml/ga" ]; then
  echo "No AKN4UN files at $unxml: set RESOLUTIONCORPUS_UNXML to a folder holding ga/, sc/, ecosoc/ and hrc/." >&2
  exit 2
fi

rm -rf corpus/record
dotnet run --project generator/ResolutionCorpus.Tool -c Release -- \
  import "$unxml/ga" "$unxml/sc" "$unxml/ecosoc" "$unxml/hrc" -o corpus/record --by-session
status=$?
# Exit code 1 means some files were refused (each said why above); anything else is a failure of the run.
[ "$status" -le 1 ] || exit "$status"
echo "corpus/record: $(find corpus/record -name '*.yaml' | wc -l) resolutions."
