using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests;

/// <summary>
/// Text lives in UTF-8 data, not string literals, so a corpus far past the compiler's 16 MB string heap
/// (CS8103) still compiles.
/// </summary>
[TestClass]
public sealed class ScaleTests
{
    [TestMethod]
    [TestCategory("Long")]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void A_corpus_of_twenty_million_characters_compiles_and_reads_back()
    {
        var files = SyntheticCorpus.Files(totalCharacters: 20_000_000, paragraphs: 100, paragraphLength: 1_000);
        long characters = files.Sum(f => (long)f.Yaml.Length);
        Assert.IsGreaterThan(20_000_000L, characters);

        var (run, output) = Compiler.Run([.. files]);
        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics.Take(5)));

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        Assert.IsTrue(emit.Success, string.Join("\n", errors));

        // Read one paragraph back through the generated API.
        var context = new AssemblyLoadContext("scale", isCollectible: true);
        try
        {
            stream.Position = 0;
            Assembly assembly = context.LoadFromStream(stream);
            Type paragraph = assembly.GetType("ResolutionCorpus.Resolutions.A_RES_70_150+Operative+P77")!;
            string text = (string)paragraph.GetProperty("Text")!.GetValue(null)!;
            string expected = ExpectedText(files[149].Yaml, 77);
            Assert.AreEqual(expected, text);
        }
        finally
        {
            context.Unload();
        }
    }

    private static string ExpectedText(string yaml, int number)
    {
        string start = $"  - number: {number}\n    phrase: Requests\n    text: \"";
        int from = yaml.IndexOf(start, System.StringComparison.Ordinal) + start.Length;
        return yaml[from..yaml.IndexOf('"', from)];
    }
}
