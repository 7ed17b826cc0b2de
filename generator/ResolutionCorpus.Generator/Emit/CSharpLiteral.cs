using System.Globalization;
using System.Text;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>
/// C# string literals that hold any text exactly and can never end early or smuggle code in.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>A regular string literal: <c>"…"</c>.</summary>
    public static string String(string value) => Quote(value, suffix: string.Empty);

    /// <summary>A UTF-8 string literal: <c>"…"u8</c>.</summary>
    public static string Utf8(string value) => Quote(value, suffix: "u8");

    private static string Quote(string value, string suffix)
    {
        var builder = new StringBuilder(value.Length + 8).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        int codePoint = char.ConvertToUtf32(c, value[++i]);
                        builder.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
                    }
                    else if (IsPlain(c))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').Append(suffix).ToString();
    }

    /// <summary>
    /// Characters written as themselves: printable ASCII, Latin letters and the usual typographic
    /// punctuation. Everything else (controls, line and paragraph separators, bidirectional and
    /// invisible formatting) is escaped; the set is fixed, not taken from the host's Unicode tables,
    /// so every machine writes the same bytes.
    /// </summary>
    internal static bool IsPlain(char c) =>
        (c >= ' ' && c < '\u007F')
        || (c >= '\u00A1' && c <= '\u024F' && c != '\u00AD')
        || (c >= '\u2010' && c <= '\u2027');
}
