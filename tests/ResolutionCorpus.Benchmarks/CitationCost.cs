extern alias gen;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using AddressLookup = gen::ResolutionCorpus.Citations.AddressLookup;
using AddressMatch = gen::ResolutionCorpus.Citations.AddressMatch;
using AddressOutline = gen::ResolutionCorpus.Citations.AddressOutline;
using CitationAnalyzer = gen::ResolutionCorpus.Generator.Analyze.CitationAnalyzer;
using DivisionModel = gen::ResolutionCorpus.Generator.Model.DivisionModel;
using ModelOutline = gen::ResolutionCorpus.Generator.Model.ModelOutline;
using ParagraphModel = gen::ResolutionCorpus.Generator.Model.ParagraphModel;
using ReferenceExtractor = gen::ResolutionCorpus.Generator.Extract.ReferenceExtractor;
using ReferenceModel = gen::ResolutionCorpus.Generator.Model.ReferenceModel;
using ResolutionModel = gen::ResolutionCorpus.Generator.Model.ResolutionModel;
using ResolutionParser = gen::ResolutionCorpus.Generator.Parse.ResolutionParser;
using Organ = gen::ResolutionCorpus.UnBody;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// The citations of the record, measured on the committed YAML: how fast references are extracted from its texts, how
/// many resolve to a corpus resolution and to the address they name, and what the <c>[Cites]</c> analyzer costs a
/// consumer that references the whole compiled record. Writes the "Citations" section of BENCHMARKS.md.
/// </summary>
internal static class CitationCost
{
    private const int Rounds = 5;
    private const int CitesCount = 200;

    /// <param name="root">The repository root.</param>
    /// <param name="compiled">The folder of the compiled entry and parts (<c>corpus/bin/Release/netstandard2.0</c>).</param>
    public static void Run(string root, string compiled)
    {
        List<ResolutionModel> corpus = [.. Directory.EnumerateFiles(Path.Combine(root, "corpus", "record"), "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "corpus", "resolutions"), "*.yaml"))
            .Order(StringComparer.Ordinal)
            .Select(path => ResolutionParser.Parse(path, File.ReadAllText(path)).Resolution)
            .OfType<ResolutionModel>()
            .DistinctBy(r => r.Symbol)];

        // Extraction: every paragraph's and footnote's plain text, as the parser hands it over.
        List<(string Text, Organ Body)> texts = [.. corpus.SelectMany(r => Paragraphs(r).Select(p => (p.Text.Plain, r.Body)).Concat(r.Footnotes.Select(f => (f.Text, r.Body))))];
        double megabytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t.Text)) / 1e6;
        var seconds = new List<double>();
        for (int round = 0; round < Rounds; round++)
        {
            long start = Stopwatch.GetTimestamp();
            foreach ((string text, Organ body) in texts)
            {
                ReferenceExtractor.Find(text, body);
            }

            seconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        // Resolution: the references as shipped (the parser's), against the corpus's outlines.
        Dictionary<string, AddressOutline> outlines = corpus.ToDictionary(r => r.Symbol, ModelOutline.Of, StringComparer.Ordinal);
        List<ReferenceModel> references = [.. corpus.SelectMany(r => Paragraphs(r).SelectMany(p => p.References).Concat(r.Footnotes.SelectMany(f => f.References)))];
        List<ReferenceModel> toResolutions = [.. references.Where(r => r.Cited is not null)];
        List<ReferenceModel> inCorpus = [.. toResolutions.Where(r => outlines.ContainsKey(r.Resolution!))];
        List<ReferenceModel> addresses = [.. inCorpus.Where(r => r.IsWithinResolution)];
        List<AddressMatch> matches = [.. addresses.Select(r => AddressLookup.Locate(outlines[r.Resolution!], r.Cited!))];
        int resolved = matches.Count(m => m.Exists);
        int elsewhere = matches.Count(m => m is { Exists: false, Elsewhere: true });

        (List<double> analyzer, List<double> compile, int cited) = Analyzer(corpus, compiled);

        string section = $"""
            <!-- citations: written by tests/ResolutionCorpus.Benchmarks (citations command, run by measure-record-build.sh) -->
            ## Citations in the record

            Measured on {DateTime.UtcNow:yyyy-MM-dd} over the committed YAML of the record and the seeds ({corpus.Count:N0} resolutions).

            | figure | value |
            |---|---|
            | text the references are read from (paragraphs, points and footnotes) | {megabytes:N1} MB in {texts.Count:N0} texts |
            | extraction throughput (`ReferenceExtractor`, median of {Rounds} rounds, one thread) | **{megabytes / Median(seconds):N1} MB/s** |
            | references found | {references.Count:N0} |
            | … to a resolution | {toResolutions.Count:N0} |
            | … to a resolution in the corpus | **{inCorpus.Count:N0}** ({100.0 * inCorpus.Count / toResolutions.Count:N1} %) |
            | … naming something inside it (a paragraph, point, part, section or annex) | {addresses.Count:N0} |
            | … of which the cited resolution has it | **{resolved:N0}** ({100.0 * resolved / Math.Max(1, addresses.Count):N1} %) |
            | … of which it has the same paragraph in a division (a loose citation, not reported) | {elsewhere:N0} |
            | … of which it lacks (RC2005; `KnownReferenceProblems.txt` says why) | {addresses.Count - resolved - elsewhere:N0} |

            The `[Cites]` analyzer in a consumer that references the whole compiled record (the entry and every part, {cited}
            string citations of existing paragraphs, points and divisions, each checked and given its typed constant). The
            first compilation reads the assemblies' metadata: **{analyzer[0] * 1000:N0} ms** of analysis (the analyzer finds
            each cited resolution's class by its name and reads that class's outline alone) against
            **{compile[0] * 1000:N0} ms** to bind and check the consumer's own code. Later
            compilations over the same references, as in an editor or the compiler server, which keep the metadata:
            **{Median(analyzer.Skip(1)) * 1000:N0} ms** against **{Median(compile.Skip(1)) * 1000:N0} ms** (medians of {Rounds - 1}).
            <!-- /citations -->
            """;
        string path = Path.Combine(root, "BENCHMARKS.md");
        string document = File.ReadAllText(path);
        int sectionStart = document.IndexOf("<!-- citations", StringComparison.Ordinal);
        int sectionEnd = document.IndexOf("<!-- /citations -->", StringComparison.Ordinal);
        document = sectionStart >= 0 && sectionEnd > sectionStart
            ? document[..sectionStart] + section + document[(sectionEnd + "<!-- /citations -->".Length)..]
            : document.TrimEnd('\n') + "\n\n" + section + "\n";
        File.WriteAllText(path, document);
        Console.WriteLine(section);
    }

    /// <summary>Times the analyzer and the consumer's own compilation against every compiled assembly, in fresh compilations.</summary>
    private static (List<double> Analyzer, List<double> Compile, int Cited) Analyzer(List<ResolutionModel> corpus, string compiled)
    {
        // Every 20th paragraph or point of the corpus, in a stable order: a mix of every kind of address.
        List<string> citations = [.. corpus.SelectMany(r => Citable(r)).Where((_, i) => i % 20 == 0).Take(CitesCount)];
        var source = new StringBuilder("using ResolutionCorpus;\n\npublic static class Mandate\n{\n");
        for (int i = 0; i < citations.Count; i++)
        {
            source.Append(CultureInfo.InvariantCulture, $"    [Cites(\"{citations[i]}\")]\n    public static void M{i}() {{ }}\n");
        }

        source.Append("}\n");
        string[] framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        MetadataReference[] references = [.. framework.Select(p => MetadataReference.CreateFromFile(p)), .. Directory.GetFiles(compiled, "*.dll").Order(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p))];
        var analyzerTimes = new List<double>();
        var compileTimes = new List<double>();
        for (int round = 0; round < Rounds; round++)
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Consumer" + round.ToString(CultureInfo.InvariantCulture),
                [CSharpSyntaxTree.ParseText(source.ToString())],
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            long start = Stopwatch.GetTimestamp();
            ImmutableArray<Diagnostic> errors = [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
            compileTimes.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            if (errors.Length > 0)
            {
                throw new InvalidOperationException(string.Join("\n", errors.Take(5)));
            }

            start = Stopwatch.GetTimestamp();
            ImmutableArray<Diagnostic> found = compilation.WithAnalyzers([new CitationAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            analyzerTimes.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            if (found.Any(d => d.Severity == DiagnosticSeverity.Error) || found.Count(d => d.Id == "RC2004") != citations.Count)
            {
                throw new InvalidOperationException($"Expected one RC2004 per citation ({citations.Count}), found: " + string.Join("\n", found.Take(5)));
            }
        }

        return (analyzerTimes, compileTimes, citations.Count);
    }

    /// <summary>The canonical citation of every paragraph and point of a resolution, divisions included.</summary>
    private static IEnumerable<string> Citable(ResolutionModel r)
    {
        IEnumerable<string> Of(ParagraphModel paragraph, string citation)
        {
            yield return citation;
            foreach (ParagraphModel point in paragraph.SubParagraphs)
            {
                if (citation.Count(c => c == '(') < 2)
                {
                    foreach (string inner in Of(point, citation + " (" + point.Label + ")"))
                    {
                        yield return inner;
                    }
                }
            }
        }

        IEnumerable<string> Within(string scope, IEnumerable<ParagraphModel> preamble, IEnumerable<ParagraphModel> operative, IEnumerable<DivisionModel> divisions)
        {
            foreach (ParagraphModel p in preamble)
            {
                yield return scope + ", preambular para. " + p.Number.ToString(CultureInfo.InvariantCulture);
            }

            foreach (ParagraphModel p in operative)
            {
                foreach (string citation in Of(p, scope + ", para. " + p.Number.ToString(CultureInfo.InvariantCulture)))
                {
                    yield return citation;
                }
            }

            foreach (DivisionModel d in divisions)
            {
                // Sections printed without a label are cited as the division around them, where numbers may repeat: skipped.
                string name = gen::ResolutionCorpus.ParagraphAddress.DivisionName(d.Kind, d.CitationLabel);
                if (name.Length > 0)
                {
                    yield return scope + ", " + name;
                    foreach (string citation in Within(scope + ", " + name, d.Preamble, d.Paragraphs, d.Sections))
                    {
                        yield return citation;
                    }
                }
            }
        }

        AddressOutline outline = ModelOutline.Of(r);
        return Within(r.Symbol, r.Preamble, r.Operative, r.Divisions)
            .Where(c => gen::ResolutionCorpus.Citations.Citation.TryParse(c, out var citation, out _) && AddressLookup.Locate(outline, citation!).Exists);
    }

    private static IEnumerable<ParagraphModel> Paragraphs(ResolutionModel r)
    {
        IEnumerable<ParagraphModel> All(IEnumerable<ParagraphModel> paragraphs) =>
            paragraphs.SelectMany(p => new[] { p }.Concat(All(p.SubParagraphs)));

        IEnumerable<ParagraphModel> Divisions(IEnumerable<DivisionModel> divisions) =>
            divisions.SelectMany(d => All(d.Preamble).Concat(All(d.Intro)).Concat(All(d.Paragraphs)).Concat(Divisions(d.Sections)));

        return All(r.Preamble).Concat(All(r.Intro)).Concat(All(r.Operative)).Concat(Divisions(r.Divisions));
    }

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
}
