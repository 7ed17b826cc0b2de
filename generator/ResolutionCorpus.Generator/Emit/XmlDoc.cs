using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>Text made safe for an XML doc comment, and wrapped into <c>///</c> lines.</summary>
internal static class XmlDoc
{
    private const int LineWidth = 100;

    /// <summary>Escapes text for XML and for a single-line comment: no character can end the comment.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (CSharpLiteral.IsPlain(c) || char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }
                    else if (c is '\t' or '\r' or '\n')
                    {
                        builder.Append(' ');
                    }
                    else if (c < ' ' || c == '\uFFFE' || c == '\uFFFF')
                    {
                        // Not allowed in XML, even as a reference: shown as a replacement character.
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes <c>&lt;summary&gt;</c> with the text, escaped and wrapped.</summary>
    public static void Summary(SourceWriter writer, string text)
    {
        writer.Line("/// <summary>");
        foreach (string line in Wrap(Escape(text)))
        {
            writer.Line("/// " + line);
        }

        writer.Line("/// </summary>");
    }

    /// <summary>
    /// Writes <c>&lt;summary&gt;</c> on one line: a paragraph's text, however long, costs no more than itself,
    /// and an editor shows it wrapped anyway.
    /// </summary>
    public static void OneLineSummary(SourceWriter writer, string text) =>
        writer.Line("/// <summary>" + Escape(text) + "</summary>");

    private static IEnumerable<string> Wrap(string text)
    {
        int start = 0;
        while (text.Length - start > LineWidth)
        {
            int cut = text.LastIndexOf(' ', start + LineWidth, LineWidth);
            if (cut <= start)
            {
                cut = text.IndexOf(' ', start + LineWidth);
                if (cut < 0)
                {
                    break;
                }
            }

            yield return text.Substring(start, cut - start);
            start = cut + 1;
        }

        yield return text.Substring(start);
    }
}
