using System;

namespace ResolutionCorpus.Citations;

/// <summary>English ordinal words, "first" to "ninety-ninth", as citations write paragraph positions.</summary>
static class OrdinalWords
{
    private static readonly string[] s_units = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth" };
    private static readonly string[] s_teens = { "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth" };
    private static readonly string[] s_tens = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    public static bool TryParse(string word, out int value)
    {
        value = 0;
        string text = word.Trim().ToLowerInvariant();
        int unit = Array.IndexOf(s_units, text);
        if (unit >= 0)
        {
            value = unit + 1;
            return true;
        }

        int teen = Array.IndexOf(s_teens, text);
        if (teen >= 0)
        {
            value = teen + 10;
            return true;
        }

        for (int i = 0; i < s_tens.Length; i++)
        {
            string tens = s_tens[i];
            if (text == tens.Substring(0, tens.Length - 1) + "ieth")
            {
                value = (i + 2) * 10;
                return true;
            }

            if (text.StartsWith(tens + "-", StringComparison.Ordinal) && (unit = Array.IndexOf(s_units, text.Substring(tens.Length + 1))) >= 0)
            {
                value = ((i + 2) * 10) + unit + 1;
                return true;
            }
        }

        return false;
    }
}
