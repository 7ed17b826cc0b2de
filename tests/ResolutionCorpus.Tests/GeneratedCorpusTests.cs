extern alias gen;

using System.IO;
using System.Linq;
using gen::ResolutionCorpus.Generator.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Resolutions;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests;

/// <summary>The bundled corpus, as compiled into the ResolutionCorpus library, against its YAML files.</summary>
[TestClass]
public sealed class GeneratedCorpusTests
{
    [TestMethod]
    public void Every_file_in_the_corpus_is_a_compiled_resolution()
    {
        string[] files = RepositoryFiles.CorpusResolutions();
        Assert.IsNotEmpty(files, "corpus/resolutions holds no YAML files");
        var symbols = files.Select(f => Parsing.Parse(File.ReadAllText(f), f).Resolution!.Symbol).OrderBy(s => s, System.StringComparer.Ordinal);
        CollectionAssert.AreEqual(symbols.ToArray(), Corpus.Symbols.ToArray());
        Assert.HasCount(files.Length, Corpus.All);
    }

    [TestMethod]
    public void Every_text_equals_the_yaml_text()
    {
        foreach (string file in RepositoryFiles.CorpusResolutions())
        {
            var parsed = Parsing.Parse(File.ReadAllText(file), file);
            Assert.IsFalse(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
            ResolutionModel model = parsed.Resolution!;
            Resolution resolution = Corpus.Find(model.Symbol)!;

            Assert.AreEqual(model.Title, resolution.Title);
            Assert.AreEqual(model.Meeting, resolution.Meeting);
            Assert.AreEqual(model.AgendaItem, resolution.AgendaItem);
            Assert.AreEqual(model.Draft, resolution.Draft);
            Assert.AreEqual(new System.DateTime(model.AdoptedYear, model.AdoptedMonth, model.AdoptedDay), resolution.Adopted);
            CollectionAssert.AreEqual(model.Notes.ToArray(), resolution.Notes.ToArray());
            AssertParagraphs(model.Preamble, resolution.Preamble);
            AssertParagraphs(model.Operative, resolution.Operative);
            CollectionAssert.AreEqual(
                model.Footnotes.Select(f => f.Marker + " " + f.Text).ToArray(),
                resolution.Footnotes.Select(f => f.Marker + " " + f.Text).ToArray());
        }
    }

    [TestMethod]
    public void The_corpus_compiles_with_warnings_as_errors_and_doc_comments_checked()
    {
        var files = RepositoryFiles.CorpusResolutions().Select(f => (f, File.ReadAllText(f))).ToArray();
        var (run, output) = Compiler.Run(files);
        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        var errors = Compiler.EmitErrors(output);
        Assert.IsEmpty(errors, string.Join("\n", errors.Take(5)));
    }

    [TestMethod]
    public void Typed_paragraph_classes_read_the_same_paragraph()
    {
        Assert.AreEqual("E/RES/2004/33, para. 8", E_RES_2004_33.Operative.P8.Citation);
        Assert.AreEqual("para_8", E_RES_2004_33.Operative.P8.Id);
        Assert.AreEqual("Requests", E_RES_2004_33.Operative.P8.Phrase);
        Assert.AreSame(E_RES_2004_33.Resolution.Operative[7], E_RES_2004_33.Operative.P8.Paragraph);
        Assert.AreEqual(E_RES_2004_33.Operative.P8.Paragraph.Text, E_RES_2004_33.Operative.P8.Text);
        Assert.AreEqual("10", E_RES_2004_33.Operative.P8.Footnotes.Single().Footnote.Marker);
        Assert.AreEqual("E/RES/2004/33, preambular para. 3", E_RES_2004_33.Preamble.P3.Citation);
    }

    private static void AssertParagraphs(EquatableArray<ParagraphModel> expected, System.Collections.Generic.IReadOnlyList<Paragraph> actual)
    {
        Assert.HasCount(expected.Count, actual);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.AreEqual(expected[i].MarkedText, actual[i].MarkedText, actual[i].Citation);
            Assert.AreEqual(System.Text.RegularExpressions.Regex.Replace(expected[i].MarkedText, @"\[\^[^\]]+\]", ""), actual[i].Text, actual[i].Citation);
            Assert.AreEqual(expected[i].Phrase, actual[i].Phrase, actual[i].Citation);
            Assert.AreEqual(expected[i].Number, actual[i].Number);
            Assert.HasCount(expected[i].SubParagraphs.Count, actual[i].SubParagraphs);
            for (int s = 0; s < expected[i].SubParagraphs.Count; s++)
            {
                Assert.AreEqual(expected[i].SubParagraphs[s].Label, actual[i].SubParagraphs[s].Label);
                Assert.AreEqual(expected[i].SubParagraphs[s].MarkedText, actual[i].SubParagraphs[s].MarkedText);
            }
        }
    }
}
