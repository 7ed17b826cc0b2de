extern alias gen;

using System.Collections.Generic;
using System.IO;
using System.Linq;
using gen::ResolutionCorpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Resolutions;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests;

/// <summary>The bundled corpus (the record and the seeds), as compiled into the ResolutionCorpus library and its parts, against its YAML files.</summary>
[TestClass]
public sealed class GeneratedCorpusTests
{
    [TestMethod]
    public void Every_file_of_the_record_and_the_seeds_is_a_compiled_resolution()
    {
        IReadOnlyDictionary<string, string> files = PackagedFiles();
        Assert.IsGreaterThan(3000, files.Count, "corpus/record and corpus/resolutions hold the record and the seeds");
        CollectionAssert.AreEqual(files.Keys.Order(System.StringComparer.Ordinal).ToArray(), Corpus.Symbols.ToArray());
        Assert.HasCount(files.Count, Corpus.All);
    }

    [TestMethod]
    public void Every_text_equals_the_yaml_text()
    {
        foreach (string file in PackagedFiles().Values)
        {
            var parsed = Parsing.Parse(File.ReadAllText(file), file);
            Assert.IsFalse(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
            ResolutionModel model = parsed.Resolution!;
            Resolution resolution = Corpus.Find(model.Symbol)!;

            Assert.AreEqual(model.Title, resolution.Title, file);
            Assert.AreEqual(model.Meeting, resolution.Meeting, file);
            Assert.AreEqual(model.AgendaItem, resolution.AgendaItem, file);
            Assert.AreEqual(model.Draft, resolution.Draft, file);
            Assert.AreEqual(new System.DateTime(model.Adopted.Year, model.Adopted.Month, model.Adopted.Day), resolution.Adopted, file);
            CollectionAssert.AreEqual(model.Notes.ToArray(), resolution.Notes.ToArray(), file);
            AssertParagraphs(model.Preamble, resolution.Preamble);
            AssertParagraphs(model.Intro, resolution.Intro);
            AssertParagraphs(model.Operative, resolution.Operative);
            Assert.HasCount(model.Divisions.Count, resolution.Divisions, file);
            for (int i = 0; i < model.Divisions.Count; i++)
            {
                AssertDivision(model.Divisions[i], resolution.Divisions[i]);
            }

            CollectionAssert.AreEqual(
                model.Footnotes.Select(f => f.Marker + " " + f.Text).ToArray(),
                resolution.Footnotes.Select(f => f.Marker + " " + f.Text).ToArray(),
                file);
        }
    }

    [TestMethod]
    public void Every_paragraph_class_reads_the_text_of_its_paragraph()
    {
        // A class's Text is decoded straight from its resolution's UTF-8 block by offset; Paragraph is built with the
        // whole resolution. Both must give the same words, in every class of every assembly of the corpus.
        int classes = 0;
        foreach (System.Reflection.Assembly assembly in Compiler.CorpusReferences.Select(r => System.Reflection.Assembly.LoadFrom(((PortableExecutableReference)r).FilePath!)))
        {
            foreach (System.Type type in assembly.GetTypes().Where(t => t.IsNested && t.GetProperty("Text") is not null && t.GetProperty("Paragraph") is not null))
            {
                string text = (string)type.GetProperty("Text")!.GetValue(null)!;
                var paragraph = (Paragraph)type.GetProperty("Paragraph")!.GetValue(null)!;
                Assert.AreEqual(paragraph.Text, text, type.FullName);
                Assert.AreEqual(paragraph.Citation, type.GetField("Citation")!.GetValue(null), type.FullName);
                classes++;
            }
        }

        Assert.IsGreaterThan(100_000, classes, "a class per paragraph of the record");
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
        Assert.AreEqual("10", E_RES_2004_33.Operative.P8.Paragraph.Footnotes.Single().Footnote.Marker);
        Assert.AreEqual("E/RES/2004/33, preambular para. 3", E_RES_2004_33.Preamble.P3.Citation);
    }

    /// <summary>The files the package compiles: every file of the record, and each seed whose symbol the record does not hold.</summary>
    private static IReadOnlyDictionary<string, string> PackagedFiles()
    {
        var files = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (string file in RepositoryFiles.CorpusResolutions().Concat(RepositoryFiles.RecordResolutions()))
        {
            files[Parsing.Parse(File.ReadAllText(file), file).Resolution!.Symbol] = file;
        }

        return files;
    }

    private static void AssertDivision(DivisionModel expected, Division actual)
    {
        Assert.AreEqual(expected.Label, actual.Label);
        Assert.AreEqual(expected.Heading?.Plain, actual.Heading);
        AssertParagraphs(expected.Preamble, actual.Preamble);
        AssertParagraphs(expected.Intro, actual.Intro);
        AssertParagraphs(expected.Paragraphs, actual.Paragraphs);
        Assert.HasCount(expected.Sections.Count, actual.Sections);
        for (int i = 0; i < expected.Sections.Count; i++)
        {
            AssertDivision(expected.Sections[i], actual.Sections[i]);
        }
    }

    private static void AssertParagraphs(EquatableArray<ParagraphModel> expected, System.Collections.Generic.IReadOnlyList<Paragraph> actual)
    {
        Assert.HasCount(expected.Count, actual);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.AreEqual(expected[i].Text.Markup, actual[i].MarkedText, actual[i].Citation);
            Assert.AreEqual(System.Text.RegularExpressions.Regex.Replace(expected[i].Text.Markup, @"\[\^[^\]]+\]", ""), actual[i].Text, actual[i].Citation);
            Assert.AreEqual(expected[i].Phrase, actual[i].Phrase, actual[i].Citation);
            Assert.AreEqual(expected[i].Number, actual[i].Number);
            Assert.HasCount(expected[i].SubParagraphs.Count, actual[i].SubParagraphs);
            for (int s = 0; s < expected[i].SubParagraphs.Count; s++)
            {
                Assert.AreEqual(expected[i].SubParagraphs[s].Label, actual[i].SubParagraphs[s].Label);
                Assert.AreEqual(expected[i].SubParagraphs[s].Text.Markup, actual[i].SubParagraphs[s].MarkedText);
            }
        }
    }
}
