using System.Globalization;

namespace ResolutionCorpus.Tool.Import.Documents;

/// <summary>How a Word list writes its numbers: the formats the UN's documents use.</summary>
internal enum ListNumberFormat
{
    /// <summary><c>1</c>, <c>2</c>, <c>3</c>.</summary>
    Decimal,

    /// <summary><c>a</c>, <c>b</c>, … <c>z</c>, <c>aa</c>.</summary>
    LowerLetter,

    /// <summary><c>A</c>, <c>B</c>, … <c>Z</c>, <c>AA</c>.</summary>
    UpperLetter,

    /// <summary><c>i</c>, <c>ii</c>, <c>iii</c>.</summary>
    LowerRoman,

    /// <summary><c>I</c>, <c>II</c>, <c>III</c>.</summary>
    UpperRoman,

    /// <summary>No number: a bullet, or nothing, is the level's text.</summary>
    None,
}

/// <summary>Writes a list's numbers as Word prints them.</summary>
internal static class ListNumberFormats
{
    /// <summary><paramref name="value"/> written in <paramref name="format"/>.</summary>
    public static string Write(this ListNumberFormat format, int value) => format switch
    {
        ListNumberFormat.LowerLetter => Letters(value),
        ListNumberFormat.UpperLetter => Letters(value).ToUpperInvariant(),
        ListNumberFormat.LowerRoman => RomanNumerals.Format(value).ToLowerInvariant(),
        ListNumberFormat.UpperRoman => RomanNumerals.Format(value),
        ListNumberFormat.None => string.Empty,
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Word's letters run a … z, aa … zz.
    private static string Letters(int value) => value < 1 ? string.Empty : new string((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1);
}
