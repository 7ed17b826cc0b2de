using System.Text;

namespace ResolutionCorpus.Tool.Import;

/// <summary>Superscript digits, as PDF conversion leaves footnote markers (<c>¹⁰</c> is marker 10).</summary>
internal static class FootnoteMarkers
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>True for ⁰ to ⁹.</summary>
    public static bool IsSuperscriptDigit(char c) => Superscripts.IndexOf(c) >= 0;

    /// <summary>The ASCII digit a superscript digit stands for.</summary>
    public static char ToDigit(char c) => (char)('0' + Superscripts.IndexOf(c));

    /// <summary>The superscript form of an ASCII digit string (used to quote a marker back in messages).</summary>
    public static string ToSuperscript(string digits)
    {
        var builder = new StringBuilder(digits.Length);
        foreach (char c in digits)
        {
            builder.Append(c is >= '0' and <= '9' ? Superscripts[c - '0'] : c);
        }

        return builder.ToString();
    }

    /// <summary>The anchor the schema uses for a marker: <c>[^12]</c>.</summary>
    public static string Anchor(string marker) => "[^" + marker + "]";
}
