extern alias gen;

using System.Collections.Generic;
using System.Linq;
using gen::ResolutionCorpus.Generator.Diagnose;
using gen::ResolutionCorpus.Generator.Parse;

namespace ResolutionCorpus.Tests.Infrastructure;

/// <summary>Parses YAML with the generator's parser, for tests that look at diagnostics.</summary>
internal static class Parsing
{
    public static ParseResult Parse(string yaml, string path = "/corpus/test.yaml") => ResolutionParser.Parse(path, yaml);

    /// <summary>The diagnostics as <c>id@line:column</c> (1-based), as an editor shows them.</summary>
    public static List<string> Located(string yaml) =>
        Parse(yaml).Diagnostics.Select(Format).ToList();

    public static string Format(DiagnosticInfo diagnostic) =>
        $"{diagnostic.Descriptor.Id}@{diagnostic.Location.LineSpan.Start.Line + 1}:{diagnostic.Location.LineSpan.Start.Character + 1}";
}
