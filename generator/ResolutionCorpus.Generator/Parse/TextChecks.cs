using System.Collections.Generic;
using System.Globalization;
using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>Characters text cannot hold: NUL, and surrogates that do not pair (they have no UTF-8 form).</summary>
internal static class TextChecks
{
    public static bool Validate(YamlScalar scalar, string field, List<DiagnosticInfo> diagnostics)
    {
        string text = scalar.Value;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? problem = null;
            if (c == '\0')
            {
                problem = "a NUL character (U+0000)";
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                problem = "an unpaired surrogate (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")";
            }
            else if (char.IsLowSurrogate(c))
            {
                problem = "an unpaired surrogate (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")";
            }

            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidCharacter, scalar.Location, field, problem, i.ToString(CultureInfo.InvariantCulture)));
                return false;
            }
        }

        return true;
    }
}
