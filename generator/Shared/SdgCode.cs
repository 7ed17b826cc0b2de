using System.Text.RegularExpressions;

namespace ResolutionCorpus;

/// <summary>A Sustainable Development Goal (<c>1</c> to <c>17</c>) or one of its targets (<c>3.7</c>, <c>2.a</c>), as the publisher writes it.</summary>
internal static class SdgCode
{
    private static readonly Regex s_code = new Regex(@"^(?:[1-9]|1[0-7])(?:\.(?:[1-9][0-9]?|[a-z]))?$", RegexOptions.CultureInvariant);

    public static bool IsValid(string? code) => code is not null && s_code.IsMatch(code);
}
