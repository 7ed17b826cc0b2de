extern alias runtime;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Generator;
using ResolutionCorpus.Tests.Infrastructure;
using ResolutionCorpus.Tool.Import.Akn;
using Division = runtime::ResolutionCorpus.Division;
using Paragraph = runtime::ResolutionCorpus.Paragraph;
using Resolution = runtime::ResolutionCorpus.Resolution;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// The typed corpus generated from every imported resolution of the record compiles (a session or year at a time),
/// and what the generated API reads equals the XML.
/// </summary>
[TestClass]
public sealed class AknScaleTests
{
    private const string Namespace = "ResolutionCorpus.Resolutions";

    public TestContext TestContext { get; set; } = null!;

    /// <summary>
    /// The most resolutions compiled into one assembly here: a session or year at a time, packed up to this many, keeps
    /// the test's memory bounded whatever the size of the record (one compilation of all of it needs tens of GB).
    /// </summary>
    private const int BatchSize = 400;

    [TestMethod]
    [TestCategory("Long")]
    [Timeout(1_800_000, CooperativeCancellation = true)]
    public void The_whole_record_compiles_and_reads_back_as_the_xml()
    {
        if (AknCorpus.Missing is string missing)
        {
            Assert.Inconclusive(missing);
        }

        // Files whose import is known to differ from their XML are counted once, in KnownAknProblems.txt.
        IReadOnlySet<string> known = KnownProblems.Akn.Files();
        List<(string File, string Yaml)> files = [.. AknCorpus.Report.Imported.Select(i => (i.File, i.Yaml))
            .Where(i => !known.Contains(Path.GetRelativePath(RepoPaths.UnXml, i.File).Replace('\\', '/')))];
        Assert.IsGreaterThan(3_000, files.Count, "Too few files imported to call this the whole record.");

        var problems = new List<string>();
        int paragraphs = 0, typed = 0;
        long bytes = 0;
        List<List<(string File, string Yaml)>> batches = Batches(files);
        foreach (List<(string File, string Yaml)> batch in batches)
        {
            byte[] assembly = Compile(batch);
            bytes += assembly.Length;
            var context = new AssemblyLoadContext("akn-scale", isCollectible: true);
            try
            {
                (int read, int classes) = Check(context.LoadFromStream(new MemoryStream(assembly)), batch, problems);
                paragraphs += read;
                typed += classes;
            }
            finally
            {
                context.Unload();
            }
        }

        TestContext.WriteLine($"{files.Count} resolutions in {batches.Count} assemblies, {paragraphs} paragraphs read through the API, {typed} paragraph classes, {bytes:N0} bytes.");
        problems.Sort(StringComparer.Ordinal);
        KnownProblems.Scale.AssertEqual(problems);
    }

    /// <summary>The files grouped by their session or year folder, groups packed in order up to <see cref="BatchSize"/>.</summary>
    private static List<List<(string File, string Yaml)>> Batches(List<(string File, string Yaml)> files)
    {
        var batches = new List<List<(string File, string Yaml)>>();
        foreach (var folder in files.GroupBy(f => Path.GetDirectoryName(f.File)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var chunk in folder.Chunk(BatchSize))
            {
                if (batches.Count == 0 || batches[^1].Count + chunk.Length > BatchSize)
                {
                    batches.Add([]);
                }

                batches[^1].AddRange(chunk);
            }
        }

        return batches;
    }

    /// <summary>Reads every resolution of one assembly through the API and compares it with its XML; the paragraphs and classes seen.</summary>
    private static (int Paragraphs, int Classes) Check(Assembly generated, List<(string File, string Yaml)> files, List<string> problems)
    {
        Type corpus = generated.GetType(Namespace + ".Corpus", throwOnError: true)!;
        var find = corpus.GetMethod("Find")!.CreateDelegate<Func<string, Resolution?>>();
        var resolve = corpus.GetMethod("Resolve")!;
        int paragraphs = 0, typed = 0;
        foreach ((string file, string yaml) in files)
        {
            string symbol = Regex.Match(yaml, "^symbol: \"([^\"]+)\"", RegexOptions.Multiline).Groups[1].Value;
            Resolution? resolution = find(symbol);
            if (resolution is null)
            {
                problems.Add($"{symbol}: Corpus.Find does not find it");
                continue;
            }

            List<Paragraph> all = [.. Walk(resolution)];
            paragraphs += all.Count;
            problems.AddRange(CompareWithXml(file, resolution).Select(p => $"{Path.GetFileName(file)}: {p}"));

            // Every paragraph's citation resolves, through Corpus.Resolve, to that very paragraph.
            foreach (Paragraph paragraph in all)
            {
                object result = resolve.Invoke(null, [paragraph.Citation])!;
                object? found = result.GetType().GetProperty("Paragraph")!.GetValue(result);
                if (!ReferenceEquals(found, paragraph))
                {
                    problems.Add($"{paragraph.Citation} does not resolve to its paragraph ({result.GetType().GetProperty("Error")!.GetValue(result)})");
                }
            }
        }

        // The typed classes: each paragraph class's constants name the paragraph its property returns.
        foreach (Type type in generated.GetTypes().Where(t => t.GetProperty("Paragraph", BindingFlags.Public | BindingFlags.Static) is not null))
        {
            var paragraph = (Paragraph)type.GetProperty("Paragraph")!.GetValue(null)!;
            string id = (string)type.GetField("Id")!.GetValue(null)!;
            string text = (string)type.GetProperty("Text")!.GetValue(null)!;
            if (id != paragraph.Id || text != paragraph.Text)
            {
                problems.Add($"{type.FullName}: its Id or Text is not its paragraph's ({id} against {paragraph.Id})");
            }

            typed++;
        }

        return (paragraphs, typed);
    }

    /// <summary>Runs the generator over the files and compiles its output, warnings as errors; the assembly's bytes.</summary>
    private static byte[] Compile(List<(string File, string Yaml)> files)
    {
        var compilation = CSharpCompilation.Create(
            "RealCorpus",
            [],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new ResolutionGenerator())
            .AddAdditionalTexts([.. files.Select(f => (AdditionalText)new InMemoryAdditionalText(Path.ChangeExtension(f.File, ".yaml"), f.Yaml))])
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);

        // Citations of what a cited resolution's import lacks (RC2005) are the document's, not this build's: the check of
        // the whole record lists them (CheckCommandTests, KnownReferenceProblems.txt).
        Diagnostic[] generatorDiagnostics = [.. diagnostics.Where(d => d.Id != "RC2005")];
        Assert.IsEmpty(generatorDiagnostics, string.Join("\n", generatorDiagnostics.Take(20)));

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.IsEmpty(errors, $"{errors.Count} compile error(s), first:\n" + string.Join("\n", errors.Take(20)));
        return stream.ToArray();
    }

    private static List<MetadataReference> References()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = trusted.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(Resolution).Assembly.Location));
        return references;
    }

    /// <summary>Every paragraph and sub-paragraph, in document order.</summary>
    private static IEnumerable<Paragraph> Walk(Resolution resolution)
    {
        IEnumerable<Paragraph> Deep(IEnumerable<Paragraph> paragraphs) =>
            paragraphs.SelectMany(p => new[] { p }.Concat(Deep(p.SubParagraphs)));
        IEnumerable<Paragraph> InDivision(Division d) =>
            Deep(d.Preamble).Concat(Deep(d.Intro)).Concat(Deep(d.Paragraphs)).Concat(d.Sections.SelectMany(InDivision));

        return Deep(resolution.Preamble).Concat(Deep(resolution.Intro)).Concat(Deep(resolution.Operative)).Concat(resolution.Divisions.SelectMany(InDivision));
    }

    /// <summary>
    /// Every text the API returns, headings of divisions included, in document order; only those of its quotations, or
    /// only the others.
    /// </summary>
    private static string Texts(Resolution resolution, bool quotations)
    {
        IEnumerable<string> Deep(IEnumerable<Paragraph> paragraphs) =>
            paragraphs.SelectMany(p => new[] { p.Text }.Concat(Deep(p.SubParagraphs)));
        IEnumerable<string> InDivision(Division d) =>
            new[] { d.Label, d.Heading ?? string.Empty }.Concat(Deep(d.Preamble)).Concat(Deep(d.Intro)).Concat(Deep(d.Paragraphs)).Concat(d.Sections.SelectMany(InDivision));

        // The runtime's DivisionKind; the generator's, which this project also sees, is the same source.
        static bool IsQuotation(Division d) => (int)d.Kind == (int)DivisionKind.Quotation;
        IEnumerable<string> texts = quotations
            ? resolution.Divisions.Where(IsQuotation).SelectMany(InDivision)
            : Deep(resolution.Preamble).Concat(Deep(resolution.Intro)).Concat(Deep(resolution.Operative)).Concat(resolution.Divisions.Where(d => !IsQuotation(d)).SelectMany(InDivision));
        return string.Join("\n", texts.Select(t => Regex.Replace(t, @"[ \t\r\n]+", " ").Trim()));
    }

    /// <summary>Every <c>&lt;p&gt;</c>'s text is found, in order, in the texts the API returns (a quotation's in the quotations').</summary>
    private static IEnumerable<string> CompareWithXml(string file, Resolution resolution)
    {
        if (AknXmlText.FirstUnplaced(AknXmlText.Paragraphs(XDocument.Load(file)), Texts(resolution, quotations: false), Texts(resolution, quotations: true)) is string unplaced)
        {
            yield return $"the API's text lacks, or has out of order: '{AknReader.Shorten(unplaced)}'";
        }
    }
}
