using System;
using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionCorpus;

/// <summary>
/// A United Nations resolution symbol such as <c>A/RES/79/284</c>, <c>E/RES/2005/17</c>,
/// <c>S/RES/2504 (2020)</c>, <c>A/RES/ES-11/5</c>, <c>A/HRC/RES/55/1</c> or <c>2200 A (XXI)</c>.
/// </summary>
/// <remarks>Compiled into both the runtime library and the generator, so both agree on every symbol.</remarks>
readonly partial struct DocumentSymbol : IEquatable<DocumentSymbol>
{
    // Session: a number, or ES-n (emergency special) or S-n (special). Number: digits, maybe a part letter or range.
    private static readonly Regex s_assembly = new Regex(
        @"^A/(?<hrc>HRC/)?RES/(?<session>\d{1,3}|ES-\d{1,2}|S-\d{1,2})/(?<number>\d{1,4})(?: ?(?<part>[A-Z](?:-[A-Z])?))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex s_council = new Regex(
        @"^E/RES/(?<session>(?:19|20)\d\d)/(?<number>\d{1,4})(?: ?(?<part>[A-Z](?:-[A-Z])?))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex s_security = new Regex(
        @"^S/RES/(?<number>\d{1,5}) ?\((?<session>(?:19|20)\d\d)\)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex s_roman = new Regex(
        @"^(?<number>\d{1,4})(?: (?<part>[A-Z](?:-[A-Z])?))? ?\((?<session>[IVXLC]{1,8}|ES-[IVX]{1,5}|S-[IVX]{1,5})\)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private DocumentSymbol(string value, UnBody body, string session, string number, string className)
    {
        Value = value;
        Body = body;
        Session = session;
        Number = number;
        ClassName = className;
    }

    /// <summary>The symbol in its canonical form, e.g. <c>A/RES/79/284</c>.</summary>
    public string Value { get; }

    /// <summary>The organ whose symbol series this is.</summary>
    public UnBody Body { get; }

    /// <summary>The session part of the symbol: <c>79</c>, <c>ES-11</c>, <c>2005</c> (a year) or <c>XXI</c>.</summary>
    public string Session { get; }

    /// <summary>The resolution number, with its part letter when it has one: <c>284</c>, <c>2200 A</c>.</summary>
    public string Number { get; }

    /// <summary>The C# class name generated for this symbol: <c>A_RES_79_284</c>, <c>S_RES_2504_2020</c>, <c>A_RES_2200A_XXI</c>.</summary>
    public string ClassName { get; }

    /// <summary>Reads a symbol; white space is trimmed and letters are upper-cased.</summary>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a resolution symbol this library knows.</returns>
    public static bool TryParse(string? text, out DocumentSymbol symbol)
    {
        symbol = default;
        if (text is null)
        {
            return false;
        }

        string candidate = CollapseSpaces(text).ToUpperInvariant();
        Match match;
        if ((match = s_assembly.Match(candidate)).Success)
        {
            bool hrc = match.Groups["hrc"].Success;
            string series = hrc ? "A/HRC/RES/" : "A/RES/";
            symbol = Create(series, hrc ? UnBody.HumanRightsCouncil : UnBody.GeneralAssembly, match, numberFirst: false);
            return true;
        }

        if ((match = s_council.Match(candidate)).Success)
        {
            symbol = Create("E/RES/", UnBody.EconomicAndSocialCouncil, match, numberFirst: false);
            return true;
        }

        if ((match = s_security.Match(candidate)).Success)
        {
            string number = match.Groups["number"].Value;
            string year = match.Groups["session"].Value;
            symbol = new DocumentSymbol($"S/RES/{number} ({year})", UnBody.SecurityCouncil, year, number, $"S_RES_{number}_{year}");
            return true;
        }

        if ((match = s_roman.Match(candidate)).Success)
        {
            symbol = Create(string.Empty, UnBody.GeneralAssembly, match, numberFirst: true);
            return true;
        }

        return false;
    }

    /// <summary>Reads a symbol, or throws <see cref="FormatException"/> naming the forms that are accepted.</summary>
    public static DocumentSymbol Parse(string text)
    {
        if (TryParse(text, out DocumentSymbol symbol))
        {
            return symbol;
        }

        throw new FormatException($"'{text}' is not a United Nations resolution symbol. Expected a form such as A/RES/79/284, E/RES/2005/17, S/RES/2504 (2020), A/RES/ES-11/5, A/HRC/RES/55/1 or 2200 A (XXI).");
    }

    private static DocumentSymbol Create(string series, UnBody body, Match match, bool numberFirst)
    {
        string session = match.Groups["session"].Value;
        string number = match.Groups["number"].Value;
        string part = match.Groups["part"].Value;
        string numberWithPart = part.Length == 0 ? number : number + " " + part;
        string value = numberFirst ? $"{numberWithPart} ({session})" : $"{series}{session}/{numberWithPart}";
        string classSeries = series.Length == 0 ? "A_RES_" : series.Replace('/', '_');
        string classNumber = number + part.Replace("-", string.Empty);
        string className = numberFirst
            ? $"{classSeries}{classNumber}_{Identifier(session)}"
            : $"{classSeries}{Identifier(session)}_{classNumber}";
        return new DocumentSymbol(value, body, session, numberWithPart, className);
    }

    private static string Identifier(string part) => part.Replace("-", string.Empty);

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(DocumentSymbol other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DocumentSymbol other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The canonical symbol.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Compares two symbols by their canonical form.</summary>
    public static bool operator ==(DocumentSymbol left, DocumentSymbol right) => left.Equals(right);

    /// <summary>Compares two symbols by their canonical form.</summary>
    public static bool operator !=(DocumentSymbol left, DocumentSymbol right) => !left.Equals(right);
}
