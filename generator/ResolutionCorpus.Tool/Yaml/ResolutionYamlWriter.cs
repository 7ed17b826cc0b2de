using System.Collections.Generic;
using System.Globalization;
using ResolutionCorpus.Tool.Import;

namespace ResolutionCorpus.Tool.Yaml;

/// <summary>
/// Writes an <see cref="ImportedResolution"/> as a schema-1 YAML file, keys in the schema's order
/// (<c>schema</c> first), optional keys left out when empty, every free text double-quoted.
/// </summary>
internal static class ResolutionYamlWriter
{
    /// <summary>The YAML text; <paramref name="sourceFileName"/> names the source in the first comment line.</summary>
    public static string Write(ImportedResolution resolution, string? sourceFileName)
    {
        var yaml = new YamlWriter();
        yaml.Comment(sourceFileName is null
            ? $"{resolution.Symbol}, imported by resolution-corpus."
            : $"{resolution.Symbol}, imported from {sourceFileName} by resolution-corpus.");
        yaml.Integer("schema", 1);
        yaml.String("symbol", resolution.Symbol);
        yaml.Plain("body", resolution.Body.ToString());
        yaml.Integer("session", resolution.Session);
        yaml.String("title", resolution.Title);
        yaml.Plain("adopted", resolution.Adopted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        OptionalString(yaml, "meeting", resolution.Meeting);
        OptionalString(yaml, "agendaItem", resolution.AgendaItem);
        OptionalString(yaml, "draft", resolution.Draft);
        OptionalString(yaml, "source", resolution.Source);
        if (resolution.Notes.Count > 0)
        {
            yaml.StartBlock("notes");
            foreach (string note in resolution.Notes)
            {
                yaml.StringItem(note);
            }

            yaml.EndBlock();
        }

        Paragraphs(yaml, "preamble", resolution.Preamble);
        Paragraphs(yaml, "operative", resolution.Operative);
        if (resolution.Footnotes.Count > 0)
        {
            yaml.StartBlock("footnotes");
            foreach (ImportedFootnote footnote in resolution.Footnotes)
            {
                yaml.StartMappingItem();
                yaml.String("marker", footnote.Marker);
                yaml.String("text", footnote.Text);
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

    private static void OptionalString(YamlWriter yaml, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            yaml.String(key, value);
        }
    }

    private static void Paragraphs(YamlWriter yaml, string key, IReadOnlyList<ImportedParagraph> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return;
        }

        yaml.StartBlock(key);
        foreach (ImportedParagraph paragraph in paragraphs)
        {
            yaml.StartMappingItem();
            if (paragraph.Number > 0)
            {
                yaml.Integer("number", paragraph.Number);
            }

            OptionalString(yaml, "phrase", paragraph.Phrase);
            yaml.String("text", paragraph.Text);
            if (paragraph.Subparagraphs.Count > 0)
            {
                yaml.StartBlock("subparagraphs");
                foreach (ImportedParagraph sub in paragraph.Subparagraphs)
                {
                    yaml.StartMappingItem();
                    yaml.String("label", sub.Label ?? string.Empty);
                    yaml.String("text", sub.Text);
                    yaml.EndMappingItem();
                }

                yaml.EndBlock();
            }

            yaml.EndMappingItem();
        }

        yaml.EndBlock();
    }

    /// <summary>The bytes of a YAML file: UTF-8 without a byte order mark.</summary>
    public static byte[] Encode(string text) => new System.Text.UTF8Encoding(false).GetBytes(text);
}
