using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// Word 97–2003 files (<c>.doc</c>), written here by <see cref="Word97Writer"/>: read as a <c>.docx</c> is read, with
/// footnotes, tables and automatic numbers; the header listed as page furniture; and bad ones refused, nothing written.
/// </summary>
[TestClass]
public sealed class Word97ImportTests
{
    [TestMethod]
    public void A_word_97_file_is_read_in_paragraphs_with_its_footnotes_and_its_header_listed_as_furniture_and_read_as_masthead()
    {
        using var temp = new TempFolder();
        string input = temp.File("N1249600.DOC");
        Resolution(new Word97Writer()).Header("A/RES/79/500").Header("Agenda item 125 (b)").Header("25-00001 (E)").Save(input);

        string yaml = Imported(temp, input, out string report);
        StringAssert.Contains(yaml, "symbol: \"A/RES/79/500\"");
        StringAssert.Contains(yaml, "text: \"Recalling its resolution 78/1,[^1]\"");
        StringAssert.Contains(yaml, "marker: \"1\"\n    text: \"Resolution 78/1, annex.\"");
        StringAssert.Contains(yaml, "text: \"Requests a report on resolution 78/1[^1].\"", "a digit set superscript is a marker");
        Assert.DoesNotContain("25-00001", yaml, "the job number in the header is page furniture");
        StringAssert.Contains(report, "(Word header or footer): page furniture: 25-00001 (E)", "and it is listed");
        StringAssert.Contains(yaml, "agendaItem: \"125 (b)\"", "the header is the masthead, read for what the text does not state");
    }

    [TestMethod]
    public void One_byte_text_is_read_as_windows_1252()
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.doc");
        new Word97Writer { OneByte = true }
            .Opening()
            .Paragraph("Recalling the report entitled \u201CTesting\u201D, 2021\u20132030,")
            .Paragraph("1. Decides to test the import of documents.")
            .Closing()
            .Save(input);

        StringAssert.Contains(Imported(temp, input, out _), "text: \"Recalling the report entitled \u201CTesting\u201D, 2021\u20132030,\"");
    }

    [TestMethod]
    public void A_fields_code_is_left_out_and_its_result_kept_and_a_cross_reference_to_a_footnote_is_its_marker()
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.doc");
        new Word97Writer()
            .Opening()
            .Paragraph("Recalling Agenda 21,\u0002 and the Programme for the Further Implementation of Agenda 21,\u0013 NOTEREF _Ref1 \\h \u00141\u0015")
            .Paragraph("1. Decides to meet in \u0013 DOCPROPERTY Year \u00142026\u0015.")
            .Closing()
            .Footnote("Report of the Conference, resolution 1, annex II.")
            .Save(input);

        string yaml = Imported(temp, input, out _);
        StringAssert.Contains(yaml, "text: \"Recalling Agenda 21,[^1] and the Programme for the Further Implementation of Agenda 21,[^1]\"");
        StringAssert.Contains(yaml, "text: \"Decides to meet in 2026.\"");
    }

    [TestMethod]
    public void Automatic_numbers_are_written_out_as_word_prints_them()
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.doc");
        new Word97Writer()
            .Opening()
            .Paragraph("Recalling its resolution 78/1,")
            .Numbered(0, "Decides to test the import of documents:")
            .Numbered(1, "By reading them;")
            .Numbered(1, "By checking them;")
            .Numbered(0, "Requests a report on it.")
            .Closing()
            .Save(input);

        string yaml = Imported(temp, input, out _);
        StringAssert.Contains(yaml, "- number: 2\n    phrase: \"Requests\"");
        StringAssert.Contains(yaml, "- label: \"b\"\n        text: \"By checking them;\"");
    }

    [TestMethod]
    public void A_paragraph_numbered_by_its_style_prints_its_number()
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.doc");
        new Word97Writer()
            .Opening()
            .Paragraph("Recalling its resolution 78/1,")
            .NumberedByStyle("Decides to test the import of documents;")
            .NumberedByStyle("Requests a report on it.")
            .Closing()
            .Save(input);

        StringAssert.Contains(Imported(temp, input, out _), "- number: 2\n    phrase: \"Requests\"");
    }

    [TestMethod]
    public void A_tables_rows_are_lines_of_cells_parted_by_tabs()
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.doc");
        new Word97Writer()
            .Opening()
            .Paragraph("Recalling its resolution 78/1,")
            .Paragraph("1. Decides on the following rates:")
            .Row("Member State", "Rate")
            .Row("Afghanistan", "0.005")
            .Paragraph("2. Requests a report on it.")
            .Closing()
            .Save(input);

        string yaml = Imported(temp, input, out _);
        StringAssert.Contains(yaml, "Member State\\tRate\\nAfghanistan\\t0.005");
        StringAssert.Contains(yaml, "- number: 2\n    phrase: \"Requests\"");
    }

    [TestMethod]
    public void A_password_protected_word_97_file_is_refused_with_why()
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.doc");
        Resolution(new Word97Writer { Encrypted = true }).Save(input);
        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3041");
        StringAssert.Contains(run.Error, "password-protected");
    }

    [TestMethod]
    public void A_word_95_file_is_refused_with_why()
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.doc");
        Resolution(new Word97Writer { Version = 0x0068 }).Save(input);
        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3041");
        StringAssert.Contains(run.Error, "Word 6.0 or Word 95");
    }

    [TestMethod]
    public void A_compound_file_that_is_not_a_word_document_is_refused_with_why()
    {
        using var temp = new TempFolder();
        string input = temp.File("book.doc");
        using (var root = OpenMcdf.RootStorage.Create(input))
        using (OpenMcdf.CfbStream stream = root.CreateStream("Workbook"))
        {
            stream.Write(new byte[64]);
        }

        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3041");
        StringAssert.Contains(run.Error, "not a Word document");
    }

    [TestMethod]
    public void A_damaged_compound_file_is_refused_with_why()
    {
        using var temp = new TempFolder();
        string input = temp.File("old.doc");
        File.WriteAllBytes(input, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0]);
        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3041");
        StringAssert.Contains(run.Error, "The Word file cannot be read");
    }

    [TestMethod]
    public void A_word_97_file_whose_structures_point_anywhere_is_imported_or_refused_never_crashed()
    {
        using var temp = new TempFolder();
        string valid = temp.File("valid.doc");
        Resolution(new Word97Writer()).Row("Afghanistan", "0.005").Numbered(0, "Decides.").Closing().Save(valid);
        byte[] document;
        using (var root = OpenMcdf.RootStorage.OpenRead(valid))
        using (OpenMcdf.CfbStream stream = root.OpenStream("WordDocument"))
        {
            document = new byte[stream.Length];
            stream.ReadExactly(document);
        }

        // Each story length of the information block, and the offset and length of each table it points to.
        const int Longs = 32 + 2 + 28 + 2, Pairs = Longs + 88 + 2;
        int[] fields = [Longs + 12, Longs + 16, Longs + 20, .. new[] { 1, 2, 3, 12, 13, 33, 73, 74 }.SelectMany(p => new[] { Pairs + (p * 8), Pairs + (p * 8) + 4 })];
        foreach (int field in fields)
        {
            foreach (int value in (int[])[-1, int.MaxValue, 0x7FFF0000, 7])
            {
                string input = temp.File($"bent-{field}-{value}.doc");
                byte[] bent = [.. document];
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bent.AsSpan(field), value);
                using (var root = OpenMcdf.RootStorage.Create(input))
                {
                    using (OpenMcdf.CfbStream stream = root.CreateStream("WordDocument"))
                    {
                        stream.Write(bent);
                    }

                    using var original = OpenMcdf.RootStorage.OpenRead(valid);
                    using OpenMcdf.CfbStream table = original.OpenStream("1Table");
                    using OpenMcdf.CfbStream copy = root.CreateStream("1Table");
                    table.CopyTo(copy);
                }

                ToolRun run = ToolRun.Invoke("import", input, "-o", temp.File($"out-{field}-{value}"));
                Assert.DoesNotContain("RC3099", run.ToString(), $"field at {field} set to {value}: {run}");
                Assert.IsTrue(run.ExitCode == 0 || run.Error.Contains("error RC30", StringComparison.Ordinal), $"field at {field} set to {value}: {run}");
            }
        }
    }

    private static Word97Writer Resolution(Word97Writer writer) => writer
        .Opening()
        .Paragraph("Recalling its resolution 78/1,\u0002")
        .Paragraph("1. Decides to test the import of documents;")
        .Paragraph("2. Requests a report on resolution 78/1{1}.")
        .Closing()
        .Footnote("Resolution 78/1, annex.");

    private static string Imported(TempFolder temp, string input, out string report)
    {
        string output = temp.File("out");
        string reportFile = temp.File("report.md");
        ToolRun run = ToolRun.Invoke("import", input, "-o", output, "--report", reportFile);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        report = File.ReadAllText(reportFile);
        return File.ReadAllText(Directory.GetFiles(output).Single());
    }
}
