using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// PDF and Word files, made here in a few lines each: told apart by their bytes, read into paragraphs with their
/// footnotes, page furniture taken out; and bad ones refused with a clear message and nothing written.
/// </summary>
[TestClass]
public sealed class DocumentImportTests
{
    private static readonly string[] s_resolution =
    [
        "79/500. Cooperation in testing",
        "The General Assembly,",
        "Recalling its resolution 78/1,",
        "1. Decides to test the import of documents;",
        "2. Requests a report on it.",
        "99th plenary meeting",
        "2 May 2025",
    ];

    [TestMethod]
    public void A_pdf_is_read_in_paragraphs_with_its_footnotes_and_without_its_page_furniture()
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        double y = 760;
        page.AddText("A/RES/79/500 Cooperation in testing", 8, new PdfPoint(72, y), font); // running head, smaller than the text
        foreach (string line in s_resolution)
        {
            y -= 24;
            page.AddText(line, 10, new PdfPoint(72, y), font);
            if (line.StartsWith("Recalling", System.StringComparison.Ordinal))
            {
                // A paragraph set on two rows, and a superscript marker raised above its line.
                page.AddText("1", 6, new PdfPoint(72 + 140, y + 4), font);
                y -= 12;
                page.AddText("and of the second row,", 10, new PdfPoint(72, y), font);
            }
        }

        page.AddText("__________________", 10, new PdfPoint(72, 120), font);
        page.AddText("1", 6, new PdfPoint(80, 112), font);
        page.AddText("Resolution 78/1.", 8, new PdfPoint(88, 108), font);
        page.AddText("25-00001 (E) 020525", 10, new PdfPoint(72, 40), font);
        PdfPageBuilder second = builder.AddPage(PageSize.A4);
        second.AddText("A/RES/79/500", 8, new PdfPoint(72, 760), font);

        using var temp = new TempFolder();
        string input = temp.File("resolution.bin"); // the name says nothing: the bytes do
        File.WriteAllBytes(input, builder.Build());
        string yaml = Imported(temp, input);
        StringAssert.Contains(yaml, "symbol: \"A/RES/79/500\"");
        StringAssert.Contains(yaml, "text: \"Recalling its resolution 78/1,[^1] and of the second row,\"");
        StringAssert.Contains(yaml, "text: \"Resolution 78/1.\"");
        StringAssert.Contains(yaml, "text: \"Requests a report on it.\"");
        Assert.DoesNotContain("25-00001", yaml, "the job number is page furniture");
    }

    [TestMethod]
    public void Footnotes_under_a_drawn_rule_are_bound_as_under_a_printed_one()
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        double y = Write(page, font, s_resolution.Take(2));

        // A paragraph that runs on to the next page, its marker, and the note at the page's foot, over two rows, under
        // a rule drawn (as Word draws its footnote separator) rather than printed as underscores.
        double end = page.AddText("Recalling its resolution 78/1,", 10, new PdfPoint(72, y -= 24), font)[^1].EndBaseLine.X;
        end = page.AddText("1", 6, new PdfPoint(end + 0.5, y + 4), font)[^1].EndBaseLine.X;
        page.AddText("in which it decided to test the", 10, new PdfPoint(end + 3, y), font);
        page.DrawLine(new PdfPoint(72, 120), new PdfPoint(200, 120), 0.5);
        page.AddText("1", 6, new PdfPoint(80, 112), font);
        page.AddText("Resolution 78/1, adopted on 1 January 2024 and", 8, new PdfPoint(88, 108), font);
        page.AddText("annexed to it.", 8, new PdfPoint(88, 98), font);
        PdfPageBuilder second = builder.AddPage(PageSize.A4);
        Write(second, font, s_resolution.Skip(3).Prepend("import of documents,"));

        // The rule sets the note apart from the text, so the paragraph runs on across the page, the note after it.
        byte[] pdf = builder.Build();
        string[] lines = ResolutionCorpus.Tool.Import.Documents.Pdf.PdfTextExtractor.Extract(pdf).Document!.Text.Split('\n');
        CollectionAssert.Contains(lines, "Recalling its resolution 78/1,¹ in which it decided to test the import of documents,");
        CollectionAssert.Contains(lines, "¹ Resolution 78/1, adopted on 1 January 2024 and annexed to it.");

        using var temp = new TempFolder();
        string input = temp.File("drawn.pdf");
        File.WriteAllBytes(input, pdf);
        string yaml = Imported(temp, input);
        StringAssert.Contains(yaml, "text: \"Recalling its resolution 78/1,[^1] in which it decided to test the import of documents,\"\noperative:");
        StringAssert.Contains(yaml, "text: \"Resolution 78/1, adopted on 1 January 2024 and annexed to it.\"");
    }

    [TestMethod]
    public void A_pdfs_masthead_rows_set_at_line_spacing_are_lines_of_their_own_where_bold_turns_to_regular()
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        PdfDocumentBuilder.AddedFont bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        page.AddText("Seventy-ninth session", 10, new PdfPoint(60, 570), bold);
        page.AddText("Agenda item 125 (b)", 10, new PdfPoint(60, 558), font);
        page.AddText("Cooperation in testing", 10, new PdfPoint(60, 546), bold);
        Write(page, font, s_resolution, 520);

        StringAssert.Contains(ImportedPdf(builder), "agendaItem: \"125 (b)\"");
    }

    [TestMethod]
    public void A_pdf_range_broken_after_its_dash_is_one_word_and_a_space_drawn_over_a_letter_parts_nothing()
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        double y = Write(page, font, s_resolution.Take(2));

        // "2021–" ends its row and "2030" opens the next, with a space glyph drawn over its "2", as some producers set
        // one at a table cell's start.
        page.AddText("Recalling the decade 2021–", 10, new PdfPoint(72, y -= 24), font);
        page.AddText("2030 and the estimates of it,", 10, new PdfPoint(72, y -= 12), font);
        page.AddText(" ", 10, new PdfPoint(72, y), font);
        Write(page, font, s_resolution.Skip(3), y);

        StringAssert.Contains(ImportedPdf(builder), "text: \"Recalling the decade 2021–2030 and the estimates of it,\"");
    }

    [TestMethod]
    public void A_box_drawn_with_rules_is_a_table_whose_rows_are_where_its_rules_say()
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        double y = Write(page, font, s_resolution.Take(3).Append("1. Adopts the following strategy:"));

        // The box, in the text's own type: a label row and a text row, each with a rule on either side, and the text's
        // two lines set as close as the label's are to it.
        double top = y - 8;
        page.AddText("Model strategy No. 1", 10, new PdfPoint(80, y -= 20), font);
        page.AddText("States should make assessments that are culture-", 10, new PdfPoint(80, y -= 13), font);
        page.AddText("and gender-sensitive.", 10, new PdfPoint(80, y -= 13), font);
        double middle = y + 22, bottom = y - 6;
        foreach (double x in (double[])[76, 400])
        {
            page.DrawRectangle(new PdfPoint(x, middle), 0.5, top - middle, 0.5, fill: true);
            page.DrawRectangle(new PdfPoint(x, bottom), 0.5, middle - bottom, 0.5, fill: true);
        }

        Write(page, font, s_resolution.Skip(4), y);

        string yaml = ImportedPdf(builder);
        StringAssert.Contains(yaml, "text: \"Adopts the following strategy:\\nModel strategy No. 1\\nStates should make assessments that are culture- and gender-sensitive.\"");
        StringAssert.Contains(yaml, "text: \"Requests a report on it.\"");
    }

    [TestMethod]
    public void A_border_drawn_around_a_page_is_not_a_table()
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        Write(page, font, s_resolution);

        foreach (double x in (double[])[60, 540])
        {
            page.DrawRectangle(new PdfPoint(x, 60), 0.5, 720, 0.5, fill: true);
        }

        string yaml = ImportedPdf(builder);
        StringAssert.Contains(yaml, "- number: 2\n    phrase: \"Requests\"\n    text: \"Requests a report on it.\"");
    }

    [TestMethod]
    public void A_pdf_table_is_read_in_rows_and_cells_across_its_pages_under_its_caption()
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        double y = 760;
        foreach (string line in s_resolution.Take(3).Append("1. Decides that the scale of assessments shall be as follows:"))
        {
            y -= 24;
            page.AddText(line, 10, new PdfPoint(72, y), font);
        }

        // The table under its caption, set smaller than the text: a header row, a row a line, and a name over two
        // lines in its cell.
        page.AddText("A. Member States", 10, new PdfPoint(72, y -= 24), font);
        AddRow(page, font, y -= 30, 7, "Member State", "Percentage");
        AddRow(page, font, y -= 20, 8.5, "Afghanistan", "0.005");
        AddRow(page, font, y -= 14, 8.5, "Democratic People's Republic", "0.005");
        page.AddText("of Korea", 8.5, new PdfPoint(72, y -= 10), font);
        page.AddText("25-00001 (E) 020525", 10, new PdfPoint(72, 40), font);

        // The next page: its running head, the header row again, and the rest of the table with a note under it.
        PdfPageBuilder second = builder.AddPage(PageSize.A4);
        second.AddText("A/RES/79/500 Cooperation in testing", 8, new PdfPoint(72, 760), font);
        y = 730;
        AddRow(second, font, y, 7, "Member State", "Percentage");
        AddRow(second, font, y -= 20, 8.5, "Zimbabwe", "0.007");
        second.AddText("a Provisional.", 8.5, new PdfPoint(72, y -= 16), font);
        Write(second, font, s_resolution.Skip(4), y);

        string yaml = ImportedPdf(builder);
        StringAssert.Contains(yaml, "text: \"Decides that the scale of assessments shall be as follows:\\nA. Member States\\nMember State\\tPercentage\\n"
            + "Afghanistan\\t0.005\\nDemocratic People's Republic of Korea\\t0.005\\nZimbabwe\\t0.007\\na Provisional.\"");
        StringAssert.Contains(yaml, "text: \"Requests a report on it.\"");

        static void AddRow(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double y, double size, string name, string value)
        {
            page.AddText(name, size, new PdfPoint(72, y), font);
            page.AddText(value, size, new PdfPoint(400, y), font);
        }
    }

    [TestMethod]
    public void A_word_table_is_read_in_rows_and_cells()
    {
        using var temp = new TempFolder();
        string input = temp.File("table.docx");
        var table = new Table(
            Row("Member State", "Percentage"),
            Row("Afghanistan", "0.005"),
            new TableRow(new TableCell(Line("Democratic People's"), Line("Republic of Korea")), new TableCell(Line("0.005"))));
        WriteWord(input, [.. s_resolution.Take(3).Append("1. Decides that the scale of assessments shall be as follows:").Select(Line), table, .. s_resolution.Skip(4).Select(Line)]);

        string yaml = Imported(temp, input);
        StringAssert.Contains(yaml, "text: \"Decides that the scale of assessments shall be as follows:\\nMember State\\tPercentage\\n"
            + "Afghanistan\\t0.005\\nDemocratic People's Republic of Korea\\t0.005\"");
        StringAssert.Contains(yaml, "text: \"Requests a report on it.\"");

        static TableRow Row(string name, string value) => new(new TableCell(Line(name)), new TableCell(Line(value)));
    }

    [TestMethod]
    public void A_heading_in_a_word_file_is_a_paragraph_of_its_own_in_the_body_and_in_an_annex()
    {
        // A paragraph a line: "Assessments" is not the start of the paragraph under it, though it ends in no full stop.
        using var temp = new TempFolder();
        string input = temp.File("strategies.docx");
        WriteWord(input, [.. s_resolution.Take(3).Append("Peacekeeping").Append("Recalling also its resolution 78/2,").Concat(s_resolution.Skip(3))
            .Concat(["Annex", "Model strategies", "1. The strategies complement the standards.", "Assessments", "States should base their decisions on individual assessments."]).Select(Line)]);

        string yaml = Imported(temp, input);
        StringAssert.Contains(yaml, "  - text: \"Peacekeeping\"\n  - phrase: \"Recalling also\"\n    text: \"Recalling also its resolution 78/2,\"");
        StringAssert.Contains(yaml, "      - text: \"Assessments\"\n      - text: \"States should base their decisions on individual assessments.\"");
    }

    [TestMethod]
    public void An_annex_title_over_two_lines_the_first_ending_in_a_semicolon_is_one_title()
    {
        // A/RES/79/243: "United Nations Convention against Cybercrime;" / "Strengthening International Cooperation …".
        using var temp = new TempFolder();
        string input = temp.File("convention.docx");
        WriteWord(input, [.. s_resolution.Concat(["Annex", "United Nations Convention against Testing;", "Strengthening International Cooperation for Testing", "Preamble", "The States Parties to the present Convention,", "Have agreed as follows:"]).Select(Line)]);

        StringAssert.Contains(Imported(temp, input), "title: \"United Nations Convention against Testing; Strengthening International Cooperation for Testing\"\n    paragraphs:\n"
            + "      - text: \"Preamble\"\n      - text: \"The States Parties to the present Convention,\"\n      - text: \"Have agreed as follows:\"");
    }

    [TestMethod]
    public void A_word_file_named_doc_is_read_with_its_numbering_and_footnotes_and_superscript_digits_as_markers()
    {
        using var temp = new TempFolder();
        string input = temp.File("N2500001.DOC");
        using (WordprocessingDocument word = WordprocessingDocument.Create(input, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = word.AddMainDocumentPart();
            FootnotesPart notes = main.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new Text(" Resolution 78/1,") { Space = SpaceProcessingModeValues.Preserve }, new Break(), new Text("annex.")))) { Id = 1 });
            NumberingDefinitionsPart numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            var body = new Body();
            foreach (string line in s_resolution)
            {
                var paragraph = new Paragraph();
                string text = line;
                if (line.Length > 2 && char.IsAsciiDigit(line[0]) && line[1] == '.')
                {
                    // Word writes the number, not the text: an automatically numbered list.
                    paragraph.ParagraphProperties = new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
                    text = line[3..];
                }

                paragraph.AppendChild(new Run(new Text(text)));
                if (line.StartsWith("Recalling", System.StringComparison.Ordinal))
                {
                    paragraph.AppendChild(new Run(new FootnoteReference { Id = 1 }));
                }

                if (line.StartsWith("2.", System.StringComparison.Ordinal))
                {
                    // The note referenced again by a digit typed and set superscript, not by a reference.
                    paragraph.AppendChild(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new Text("1")));
                }

                body.AppendChild(paragraph);
            }

            main.Document = new Document(body);
        }

        string yaml = Imported(temp, input);
        StringAssert.Contains(yaml, "text: \"Recalling its resolution 78/1,[^1]\"");
        StringAssert.Contains(yaml, "number: 2");
        StringAssert.Contains(yaml, "text: \"Requests a report on it.[^1]\"");
        StringAssert.Contains(yaml, "text: \"Resolution 78/1, annex.\"", "a footnote is one line, whatever breaks it holds");
    }

    [TestMethod]
    public void A_word_paragraph_numbered_by_its_style_prints_its_number()
    {
        using var temp = new TempFolder();
        string input = temp.File("styled.docx");
        using (WordprocessingDocument word = WordprocessingDocument.Create(input, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = word.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });

            // "Operative" is based on "List Number", which carries the list.
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "List Number" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 }))) { Type = StyleValues.Paragraph, StyleId = "ListNumber" },
                new Style(new StyleName { Val = "Operative" }, new BasedOn { Val = "ListNumber" }) { Type = StyleValues.Paragraph, StyleId = "Operative" });
            var body = new Body();
            foreach (string line in s_resolution)
            {
                bool numbered = line.Length > 2 && char.IsAsciiDigit(line[0]) && line[1] == '.';
                Paragraph paragraph = Line(numbered ? line[3..] : line);
                if (numbered)
                {
                    paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = "Operative" }));
                }

                body.AppendChild(paragraph);
            }

            main.Document = new Document(body);
        }

        string yaml = Imported(temp, input);
        StringAssert.Contains(yaml, "- number: 2\n    phrase: \"Requests\"");
    }

    [TestMethod]
    public void A_word_files_endnotes_and_header_are_listed_not_lost_and_its_header_is_read_as_masthead()
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.docx");
        using (WordprocessingDocument word = WordprocessingDocument.Create(input, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = word.AddMainDocumentPart();
            main.Document = new Document(new Body([.. s_resolution.Select(Line)]));
            main.AddNewPart<HeaderPart>().Header = new Header(Line("Agenda item 125 (b)"), Line("25-00001 (E)"));
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(
                new Endnote(Line("-")) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Endnote(Line("An endnote on testing.")) { Id = 1 });
        }

        string output = temp.File("out");
        string report = temp.File("report.md");
        ToolRun run = ToolRun.Invoke("import", input, "-o", output, "--report", report);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(File.ReadAllText(Directory.GetFiles(output).Single()), "agendaItem: \"125 (b)\"", "the header is the masthead");
        string listed = File.ReadAllText(report);
        StringAssert.Contains(listed, "(Word header): page furniture: 25-00001 (E)");
        StringAssert.Contains(listed, "(Word endnote): an endnote, not placed in the text: An endnote on testing.");
        Assert.DoesNotContain("(Word endnote): an endnote, not placed in the text: -", listed, "the separator is not a note");
    }

    [TestMethod]
    public void A_pdf_without_a_text_layer_is_refused()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        using var temp = new TempFolder();
        string input = temp.File("scan.pdf");
        File.WriteAllBytes(input, builder.Build());
        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3041");
        StringAssert.Contains(run.Error, "no text layer");
    }

    [TestMethod]
    public void A_damaged_pdf_is_refused()
    {
        using var temp = new TempFolder();
        string input = temp.File("broken.pdf");
        File.WriteAllText(input, "%PDF-1.7\nthis is not a PDF body\n");
        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3041");
        StringAssert.Contains(run.Error, "damaged");
    }

    [TestMethod]
    public void A_rich_text_file_named_doc_is_refused_with_how_to_convert_it()
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.doc");
        File.WriteAllText(input, @"{\rtf1\ansi {\b 79/500.} Cooperation in testing\par The General Assembly,\par}");
        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3041");
        StringAssert.Contains(run.Error, "Rich Text Format");
        StringAssert.Contains(run.Error, "--convert-to docx");
    }

    [TestMethod]
    public void A_damaged_zip_is_refused()
    {
        using var temp = new TempFolder();
        string input = temp.File("broken.docx");
        File.WriteAllBytes(input, [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8]);
        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3041");
        StringAssert.Contains(run.Error, "not a Word document");
    }

    [TestMethod]
    public void An_empty_word_file_is_refused()
    {
        using var temp = new TempFolder();
        string input = temp.File("empty.docx");
        using (WordprocessingDocument word = WordprocessingDocument.Create(input, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Document(new Body(new Paragraph()));
        }

        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3041");
        StringAssert.Contains(run.Error, "The Word file is empty");
    }

    /// <summary>Sets <paramref name="lines"/> on <paramref name="page"/> in the text's type, a line every 24 points down from <paramref name="y"/>; returns where the last was set.</summary>
    private static double Write(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, IEnumerable<string> lines, double y = 760)
    {
        foreach (string line in lines)
        {
            page.AddText(line, 10, new PdfPoint(72, y -= 24), font);
        }

        return y;
    }

    /// <summary>Writes a Word file whose body holds <paramref name="blocks"/>, in order.</summary>
    private static void WriteWord(string path, OpenXmlElement[] blocks)
    {
        using WordprocessingDocument word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        word.AddMainDocumentPart().Document = new Document(new Body(blocks));
    }

    /// <summary>A Word paragraph of one run of text.</summary>
    private static Paragraph Line(string text) => new(new Run(new Text(text)));

    /// <summary>The YAML the tool writes for the PDF <paramref name="builder"/> holds.</summary>
    private static string ImportedPdf(PdfDocumentBuilder builder)
    {
        using var temp = new TempFolder();
        string input = temp.File("resolution.pdf");
        File.WriteAllBytes(input, builder.Build());
        return Imported(temp, input);
    }

    private static string Imported(TempFolder temp, string input)
    {
        string output = temp.File("out");
        ToolRun run = ToolRun.Invoke("import", input, "-o", output);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return File.ReadAllText(Directory.GetFiles(output).Single());
    }
}
