using System.Collections.Generic;
using System.Globalization;
using ResolutionCorpus.Tool.Yaml;

namespace ResolutionCorpus.Tool.Import.Akn;

/// <summary>Writes an imported AKN4UN resolution as a schema-1 resolution file, parts, sections and annexes included.</summary>
internal static class AknYamlWriter
{
    public static string Write(AknResolution r, string? sourceFileName)
    {
        var yaml = new YamlWriter();
        yaml.Comment(sourceFileName is null ? $"{r.Symbol}, imported by resolution-corpus." : $"{r.Symbol}, imported from {sourceFileName} by resolution-corpus.");
        yaml.Integer("schema", 1);
        yaml.String("symbol", r.Symbol);
        yaml.Plain("body", "GeneralAssembly");
        yaml.Integer("session", r.Session);
        yaml.String("title", r.Title);
        yaml.Plain("adopted", r.Adopted);
        Optional(yaml, "meeting", r.Meeting);
        Optional(yaml, "agendaItem", r.AgendaItem);
        Optional(yaml, "draft", r.Draft);
        Texts(yaml, "notes", r.Notes);
        if (r.Work is not null || r.AgendaTitle is not null || r.Sponsors.Count > 0 || r.WithoutVote is not null || r.Votes is not null || r.Subjects.Count > 0)
        {
            yaml.StartBlock("metadata");
            Optional(yaml, "work", r.Work);
            Optional(yaml, "agendaTitle", r.AgendaTitle);
            Texts(yaml, "sponsors", r.Sponsors);
            if (r.WithoutVote == true)
            {
                yaml.StartBlock("vote");
                yaml.Plain("withoutVote", "true");
                yaml.EndBlock();
            }
            else if (r.Votes is (int inFavour, int against, int abstaining))
            {
                yaml.StartBlock("vote");
                yaml.Integer("inFavour", inFavour);
                yaml.Integer("against", against);
                yaml.Integer("abstaining", abstaining);
                yaml.EndBlock();
            }

            Texts(yaml, "subjects", r.Subjects);
            yaml.EndBlock();
        }

        DivisionBody(yaml, r.Main);
        if (r.Parts.Count > 0)
        {
            yaml.StartBlock("parts");
            foreach (AknDivision part in r.Parts)
            {
                yaml.StartMappingItem();
                yaml.String("label", part.Label ?? string.Empty);
                Optional(yaml, "title", part.Heading);
                Optional(yaml, "meeting", part.Meeting);
                if (part.Adopted is not null)
                {
                    yaml.Plain("adopted", part.Adopted);
                }

                DivisionBody(yaml, part);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }

        if (r.Annexes.Count > 0)
        {
            yaml.StartBlock("annexes");
            foreach (AknAnnex annex in r.Annexes)
            {
                yaml.StartMappingItem();
                Optional(yaml, "label", annex.Label);
                Optional(yaml, "title", annex.Title);
                yaml.StartBlock("paragraphs");
                foreach (AknParagraph paragraph in annex.Paragraphs)
                {
                    Paragraph(yaml, paragraph, operative: false);
                }

                yaml.EndBlock();
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }

        if (r.Footnotes.Count > 0)
        {
            yaml.StartBlock("footnotes");
            foreach ((string marker, string text) in r.Footnotes)
            {
                yaml.StartMappingItem();
                yaml.String("marker", marker);
                yaml.String("text", text);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }

        return yaml.ToString();
    }

    private static void DivisionBody(YamlWriter yaml, AknDivision division)
    {
        if (division.Preamble.Count > 0)
        {
            yaml.StartBlock("preamble");
            foreach (AknParagraph paragraph in division.Preamble)
            {
                yaml.StartMappingItem();
                Optional(yaml, "phrase", paragraph.Phrase);
                yaml.String("text", paragraph.Text);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }

        Texts(yaml, "intro", division.Intro.ConvertAll(p => p.Text));
        if (division.Operative.Count > 0)
        {
            yaml.StartBlock("operative");
            foreach (AknParagraph paragraph in division.Operative)
            {
                Paragraph(yaml, paragraph, operative: true);
            }

            yaml.EndBlock();
        }

        if (division.Sections.Count > 0)
        {
            yaml.StartBlock("sections");
            foreach (AknDivision section in division.Sections)
            {
                yaml.StartMappingItem();
                Optional(yaml, "number", section.Label);
                Optional(yaml, "heading", section.Heading);
                DivisionBody(yaml, section);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }
    }

    /// <summary>An operative paragraph (number, phrase, text, points) or an annex paragraph (number as printed, text, points).</summary>
    private static void Paragraph(YamlWriter yaml, AknParagraph paragraph, bool operative)
    {
        yaml.StartMappingItem();
        if (paragraph.Number is not null && operative)
        {
            yaml.Plain("number", paragraph.Number);
        }
        else if (paragraph.Number is not null)
        {
            yaml.String("number", paragraph.Number);
        }

        if (operative)
        {
            Optional(yaml, "phrase", paragraph.Phrase);
        }

        yaml.String("text", paragraph.Text);
        Points(yaml, paragraph.Points);
        yaml.EndMappingItem();
    }

    private static void Points(YamlWriter yaml, List<AknParagraph> points)
    {
        if (points.Count == 0)
        {
            return;
        }

        yaml.StartBlock("subparagraphs");
        foreach (AknParagraph point in points)
        {
            yaml.StartMappingItem();
            yaml.String("label", point.Number ?? string.Empty);
            yaml.String("text", point.Text);
            Points(yaml, point.Points);
            yaml.EndMappingItem();
        }

        yaml.EndBlock();
    }

    private static void Texts(YamlWriter yaml, string key, List<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        yaml.StartBlock(key);
        foreach (string value in values)
        {
            yaml.StringItem(value);
        }

        yaml.EndBlock();
    }

    private static void Optional(YamlWriter yaml, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            yaml.String(key, value);
        }
    }
}
