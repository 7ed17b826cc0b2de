using System.Globalization;
using System.Text;

namespace ResolutionCorpus.Tool.Yaml;

/// <summary>
/// Writes YAML double-quoted scalars. Double quotes are the one style in which any string, whatever it holds
/// (<c>: </c>, <c> #</c>, quotes, a leading <c>*</c> or <c>[</c>, line separators), reads back exactly.
/// </summary>
internal static class YamlScalar
{
    /// <summary>The double-quoted form of <paramref name="value"/>.</summary>
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\0': builder.Append("\\0"); break;
                case '\u0085': builder.Append("\\N"); break;
                case '\u00A0': builder.Append("\\_"); break;
                case '\u2028': builder.Append("\\L"); break;
                case '\u2029': builder.Append("\\P"); break;
                case '\uFEFF': builder.Append("\\uFEFF"); break;
                default:
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
                    {
                        builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // A lone half cannot be UTF-8: escape it rather than write a replacement character.
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }
}
