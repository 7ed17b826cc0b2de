namespace ResolutionCorpus.Tool.Import;

/// <summary>Roman numerals as documents print them: section numbers (<c>XIV</c>) and Word's roman list numbers.</summary>
internal static class RomanNumerals
{
    /// <summary>The upper-case Roman numeral of <paramref name="value"/> (1 is <c>I</c>, 14 is <c>XIV</c>).</summary>
    public static string Format(int value)
    {
        var roman = new System.Text.StringBuilder();
        foreach ((int worth, string numeral) in s_numerals)
        {
            for (; value >= worth; value -= worth)
            {
                roman.Append(numeral);
            }
        }

        return roman.ToString();
    }

    /// <summary>The value of a Roman numeral in either case (<c>xiv</c> is 14), or null for text that is not one.</summary>
    public static int? Parse(string numeral)
    {
        int total = 0, previous = 0;
        for (int i = numeral.Length - 1; i >= 0; i--)
        {
            int value = char.ToUpperInvariant(numeral[i]) switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };
            if (value == 0)
            {
                return null;
            }

            total += value < previous ? -value : value;
            previous = System.Math.Max(previous, value);
        }

        return numeral.Length > 0 ? total : null;
    }

    private static readonly (int Worth, string Numeral)[] s_numerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
}
