using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ResolutionCorpus.Tool.Import.Model;
using F = ResolutionCorpus.Generator.Parse.SchemaFields;

namespace ResolutionCorpus.Tool.Yaml;

/// <summary>
/// Writes an <see cref="ImportedResolution"/>, from raw text or AKN4UN alike, as a schema-1 resolution file: keys in
/// the schema's order (<c>schema</c> first) with the parser's own names, optional keys left out when empty, every free
/// text double-quoted.
/// </summary>
internal static class ResolutionYamlWriter
{
    /// <summary>The YAML text; <paramref name="sourceFileName"/> names the source in the first comment line.</summary>
    public static string Write(ImportedResolution r, string? sourceFileName)
    {
        var yaml = new YamlWriter();
        yaml.Comment(sourceFileName is null ? $"{r.Symbol}, imported by resolution-corpus." : $"{r.Symbol}, imported from {sourceFileName} by resolution-corpus.");
        yaml.Integer(F.Schema, 1);
        yaml.String(F.Symbol, r.Symbol);
        yaml.Plain(F.Body, r.Body.ToString());
        yaml.Integer(F.Session, r.Session);
        Optional(yaml, F.Title, r.Title);
        Date(yaml, F.Adopted, r.Adopted);
        Optional(yaml, F.Meeting, r.Meeting);
        Optional(yaml, F.AgendaItem, r.AgendaItem);
        Optional(yaml, F.Draft, r.Draft);
        Optional(yaml, F.Source, r.Source);
        Texts(yaml, F.Notes, r.Notes);
        Metadata(yaml, r.Metadata);
        DivisionBody(yaml, r.Main);
        if (r.Parts.Count > 0)
        {
            yaml.StartBlock(F.Parts);
            foreach (ImportedDivision part in r.Parts)
            {
                yaml.StartMappingItem();
                yaml.String(F.Label, part.Label ?? string.Empty);
                Optional(yaml, F.Title, part.Heading);
                Optional(yaml, F.Meeting, part.Meeting);
                Date(yaml, F.Adopted, part.Adopted);
                DivisionBody(yaml, part);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }

        if (r.Quotations.Count > 0)
        {
            yaml.StartBlock(F.Quotations);
            foreach (ImportedDivision quotation in r.Quotations)
            {
                yaml.StartMappingItem();
                Optional(yaml, F.Formula, quotation.Heading);
                DivisionBody(yaml, quotation);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }

        if (r.Annexes.Count > 0)
        {
            yaml.StartBlock(F.Annexes);
            foreach (ImportedAnnex annex in r.Annexes)
            {
                yaml.StartMappingItem();
                Optional(yaml, F.Label, annex.Label);
                Optional(yaml, F.Title, annex.Title);
                yaml.StartBlock(F.Paragraphs);
                foreach (ImportedParagraph paragraph in annex.Paragraphs)
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
            yaml.StartBlock(F.Footnotes);
            foreach (ImportedFootnote footnote in r.Footnotes)
            {
                yaml.StartMappingItem();
                yaml.String(F.Marker, footnote.Marker);
                yaml.String(F.Text, footnote.Text);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }

        return yaml.ToString();
    }

    /// <summary>The file name for a symbol: <c>A/RES/79/284</c> → <c>A_RES_79_284.yaml</c>, <c>S/RES/2504 (2020)</c> → <c>S_RES_2504_2020.yaml</c>.</summary>
    public static string FileName(string symbol)
    {
        var builder = new System.Text.StringBuilder(symbol.Length + 5);
        foreach (char c in symbol)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        string name = builder.ToString().TrimEnd('_');
        return (name.Length == 0 ? "resolution" : name) + ".yaml";
    }

    /// <summary>
    /// What makes two imports the same document: the YAML without its first comment (the source's name) and without
    /// its metadata block (copies filed twice by the publisher differ in their classification).
    /// </summary>
    public static string Wording(string yaml)
    {
        var kept = new System.Text.StringBuilder(yaml.Length);
        bool inMetadata = false;
        foreach (string line in yaml.Split('\n').Skip(1))
        {
            if (line.Length > 0 && line[0] != ' ')
            {
                inMetadata = line.StartsWith(F.Metadata + ":", System.StringComparison.Ordinal);
            }

            if (!inMetadata)
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString();
    }

    /// <summary>The bytes of a YAML file: UTF-8 without a byte order mark.</summary>
    public static byte[] Encode(string text) => new System.Text.UTF8Encoding(false).GetBytes(text);

    private static void Metadata(YamlWriter yaml, ImportedMetadata m)
    {
        if (m.IsEmpty)
        {
            return;
        }

        yaml.StartBlock(F.Metadata);
        Optional(yaml, F.Work, m.Work);
        Optional(yaml, F.AgendaTitle, m.AgendaTitle);
        Optional(yaml, F.CatalogueTitle, m.CatalogueTitle);
        Optional(yaml, F.Committee, m.Committee);
        Optional(yaml, F.Report, m.Report);
        Optional(yaml, F.ReportParagraph, m.ReportParagraph);
        if (m.ChapterVii is bool chapterVii)
        {
            yaml.Plain(F.ChapterVii, chapterVii ? "true" : "false");
        }

        Texts(yaml, F.Sponsors, m.Sponsors);
        Texts(yaml, F.AdditionalSponsors, m.AdditionalSponsors);
        if (m.Vote is ImportedVote vote)
        {
            Vote(yaml, vote);
        }

        if (m.Subjects.Count > 0)
        {
            yaml.StartBlock(F.Subjects);
            foreach (ImportedSubject subject in m.Subjects)
            {
                yaml.StartMappingItem();
                yaml.String(F.Term, subject.Term);
                Optional(yaml, F.Thesaurus, subject.Thesaurus);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }

        if (m.Sdgs.Count > 0)
        {
            yaml.Plain(F.Sdgs, "[" + string.Join(", ", m.Sdgs.Select(YamlScalar.DoubleQuoted)) + "]");
        }

        yaml.EndBlock();
    }

    private static void Vote(YamlWriter yaml, ImportedVote vote)
    {
        yaml.StartBlock(F.Vote);
        switch (vote.Kind)
        {
            case ImportedVoteKind.WithoutVote:
                yaml.Plain(F.WithoutVote, "true");
                break;
            case ImportedVoteKind.Acclamation:
                yaml.Plain(F.Acclamation, "true");
                break;
            default:
                yaml.Integer(F.InFavour, vote.InFavour);
                yaml.Integer(F.Against, vote.Against);
                yaml.Integer(F.Abstaining, vote.Abstaining);
                if (vote.StatesInFavour.Count + vote.StatesAgainst.Count + vote.StatesAbstaining.Count > 0)
                {
                    yaml.StartBlock(F.States);
                    Texts(yaml, F.InFavour, vote.StatesInFavour);
                    Texts(yaml, F.Against, vote.StatesAgainst);
                    Texts(yaml, F.Abstaining, vote.StatesAbstaining);
                    yaml.EndBlock();
                }

                break;
        }

        yaml.EndBlock();
    }

    private static void DivisionBody(YamlWriter yaml, ImportedDivision division)
    {
        if (division.Preamble.Count > 0)
        {
            yaml.StartBlock(F.Preamble);
            foreach (ImportedParagraph paragraph in division.Preamble)
            {
                yaml.StartMappingItem();
                Optional(yaml, F.Phrase, paragraph.Phrase);
                yaml.String(F.Text, paragraph.Text);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }

        Texts(yaml, F.Intro, division.Intro.ConvertAll(p => p.Text));
        if (division.Operative.Count > 0)
        {
            yaml.StartBlock(F.Operative);
            foreach (ImportedParagraph paragraph in division.Operative)
            {
                Paragraph(yaml, paragraph, operative: true);
            }

            yaml.EndBlock();
        }

        if (division.Sections.Count > 0)
        {
            yaml.StartBlock(F.Sections);
            foreach (ImportedDivision section in division.Sections)
            {
                yaml.StartMappingItem();
                Optional(yaml, F.Number, section.Label);
                Optional(yaml, F.Heading, section.Heading);
                DivisionBody(yaml, section);
                yaml.EndMappingItem();
            }

            yaml.EndBlock();
        }
    }

    /// <summary>An operative paragraph (number, phrase, text, points) or an annex paragraph (number as printed, text, points).</summary>
    private static void Paragraph(YamlWriter yaml, ImportedParagraph paragraph, bool operative)
    {
        yaml.StartMappingItem();
        if (paragraph.Number is not null && operative)
        {
            yaml.Plain(F.Number, paragraph.Number);
        }
        else if (paragraph.Number is not null)
        {
            yaml.String(F.Number, paragraph.Number);
        }

        if (operative)
        {
            Optional(yaml, F.Phrase, paragraph.Phrase);
        }

        yaml.String(F.Text, paragraph.Text);
        Points(yaml, paragraph.Points);
        yaml.EndMappingItem();
    }

    private static void Points(YamlWriter yaml, List<ImportedParagraph> points)
    {
        if (points.Count == 0)
        {
            return;
        }

        yaml.StartBlock(F.Subparagraphs);
        foreach (ImportedParagraph point in points)
        {
            yaml.StartMappingItem();
            yaml.String(F.Label, point.Number ?? string.Empty);
            yaml.String(F.Text, point.Text);
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

    private static void Date(YamlWriter yaml, string key, System.DateOnly? date)
    {
        if (date is System.DateOnly value)
        {
            yaml.Plain(key, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static void Optional(YamlWriter yaml, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            yaml.String(key, value);
        }
    }
}
