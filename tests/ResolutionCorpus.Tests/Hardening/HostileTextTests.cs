using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests.Hardening;

/// <summary>
/// Text that could end a literal or a comment, start a directive or reorder what a reader sees either comes
/// back exactly through the generated API, or is refused with a diagnostic. No text can add code.
/// </summary>
[TestClass]
public sealed class HostileTextTests
{
    public static System.Collections.Generic.IEnumerable<object[]> Texts =>
    [
        ["quotes \" ' and \\\" backslashes \\ \\\\"],
        ["*/ /* </summary> <summary> <see cref=\"X\"/> &amp; & < >"],
        ["#if DEBUG\n#error injected\n#endif"],
        ["\"; } class Injected { static string X = \""],
        ["\\u0022 \\U00000022 \\x22 literal escapes"],
        ["line\nfeed carriage\rreturn both\r\n next\u0085line sep\u2028para\u2029end"],
        ["bidi \u202Eevil\u202C \u2066isolate\u2069 zero\u200Bwidth bom\uFEFF"],
        ["emoji \U0001F30D and combining e\u0301 and Arabic \u0627\u0644\u0623\u0645\u0645"],
        ["controls \u0001\u0007\u001B\u007F\u0085\u009F tab\t"],
        [new string('x', 100_000) + " very long line"],
    ];

    [TestMethod]
    [DynamicData(nameof(Texts))]
    public void Hostile_text_round_trips_exactly_through_the_generated_api(string hostile)
    {
        string q = YamlText.Quote(hostile);
        string yaml = $"""
            schema: 1
            symbol: A/RES/79/284
            body: GeneralAssembly
            session: 79
            title: {q}
            adopted: 2025-04-16
            meeting: {q}
            notes:
              - {q}
            preamble:
              - phrase: {q}
                text: {q}
            operative:
              - number: 1
                text: {YamlText.Quote(hostile + "[^1]")}
                subparagraphs:
                  - label: a
                    text: {q}
            footnotes:
              - marker: "1"
                text: {q}
            """;

        var (run, output) = Compiler.Run(("/corpus/hostile.yaml", yaml));
        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.IsTrue(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));

        var context = new AssemblyLoadContext("hostile", isCollectible: true);
        try
        {
            stream.Position = 0;
            Assembly assembly = context.LoadFromStream(stream);
            Assert.HasCount(2, assembly.GetTypes().Where(t => t.Namespace == "ResolutionCorpus.Resolutions" && !t.IsNested), "no extra type was injected");
            var resolution = (Resolution)assembly.GetType("ResolutionCorpus.Resolutions.A_RES_79_284")!.GetProperty("Resolution")!.GetValue(null)!;
            Assert.AreEqual(hostile, resolution.Title);
            Assert.AreEqual(hostile, resolution.Meeting);
            Assert.AreEqual(hostile, resolution.Notes.Single());
            Assert.AreEqual(hostile, resolution.Preamble[0].Phrase);
            Assert.AreEqual(hostile, resolution.Preamble[0].Text);
            Assert.AreEqual(hostile, resolution.Operative[0].Text);
            Assert.AreEqual(hostile.Length, resolution.Operative[0].Footnotes.Single().Position);
            Assert.AreEqual(hostile, resolution.Operative[0].SubParagraphs[0].Text);
            Assert.AreEqual(hostile, resolution.Footnotes[0].Text);

            Type p1 = assembly.GetType("ResolutionCorpus.Resolutions.A_RES_79_284+Preamble+P1")!;
            Assert.AreEqual(hostile, p1.GetField("Phrase")!.GetRawConstantValue());
        }
        finally
        {
            context.Unload();
        }
    }

    [TestMethod]
    public void Text_that_has_no_faithful_form_is_refused()
    {
        // Attribute arguments cannot carry unpaired surrogates, so the cases live here.
        foreach (string content in new[] { "\\0", "\uD800", "\uDC00 low", "high \uDBFF" })
        {
            string yaml = SampleYaml.Full.Replace("text: Resolution 70/1.", $"text: \"Resolution {content} 70/1.\"");
            var (run, _) = Compiler.Run(("/corpus/bad.yaml", yaml));
            Assert.AreEqual("RC1012", run.Diagnostics.Single().Id, content);
            Assert.AreEqual("/corpus/bad.yaml", run.Diagnostics.Single().Location.GetLineSpan().Path);
        }
    }
}
