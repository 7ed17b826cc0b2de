using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Citations;

/// <summary>
/// A citation of a resolution, of one of its paragraphs, or of one of its annexes.
/// </summary>
/// <remarks>
/// <para>Reads the ways resolutions are cited: <c>A/RES/79/284, para. 41</c>, <c>A/RES/79/284 op 5(a)</c>,
/// <c>resolution 79/284, paragraph 41</c>, <c>General Assembly resolution 55/25, annex I</c>,
/// <c>the third preambular paragraph of resolution 79/284</c>, <c>S/RES/2504 (2020)</c>, <c>2200 A (XXI)</c>,
/// and Akoma Ntoso references such as <c>/akn/un/statement/deliberation/unga/2025-04-16/79-284/!main#para_41</c>.</para>
/// <para>Writes one canonical form, the one every generated <c>Citation</c> constant uses:
/// <c>A/RES/79/284, para. 41 (a)</c>, <c>A/RES/79/284, preambular para. 3</c>, <c>A/RES/55/25, annex I</c>,
/// <c>A/RES/75/254, introductory para. 1</c> (unnumbered words before paragraph 1).</para>
/// Compiled into both the runtime library and the generator, so build-time checks read citations exactly as run time does.
/// </remarks>
sealed partial class Citation : IEquatable<Citation>
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex s_ordinalForm = new Regex(
        @"^the (?<ordinal>[a-z-]+) (?<kind>preambular |operative )?paragraph of (?<rest>.+)$", Options);

    private static readonly Regex s_withLocator = new Regex(
        @"^(?<resolution>.+?)(?:,\s*|\s+)(?<locator>(?:preambular\s+|introductory\s+)?(?:paragraphs?|paras?\.?|op\.?|operative\s+paragraph)\s*\S.*|(?:part|section)\s+\S.*|annex\b.*|quotation\b.*)$", Options);

    private static readonly Regex s_paragraph = new Regex(
        @"^(?:(?<preambular>preambular\s+)|(?<introductory>introductory\s+))?(?:paragraph|para\.?|op\.?|operative\s+paragraph)\s*(?<number>\d{1,4})\s*(?:\((?<label>[a-z0-9]{1,8})\)\s*(?:\((?<nested>[a-z0-9]{1,8})\))?)?$", Options);

    private static readonly Regex s_division = new Regex(
        @"^(?<kind>part|section|annex|quotation)(?:\s+(?<label>[A-Z]{1,6}|\d{1,3}))?(?:\s*,\s*(?<rest>.+))?$", Options);

    private static readonly Regex s_annex = new Regex(@"^annex(?:\s+(?<annex>[IVXLC]{1,6}|[A-Z]))?$", Options);

    private static readonly Regex s_shorthand = new Regex(
        @"^(?:(?<organ>the\s+)?(?<body>General Assembly|Economic and Social Council|ECOSOC|Security Council|Human Rights Council)\s+)?resolutions?\s+(?<reference>\S.*)$", Options);

    private static readonly Regex s_akn = new Regex(
        @"^/akn/un/(?:[a-z]+/)*?(?<organ>unga|ecosoc|unsc|unhrc)/\d{4}-\d{2}-\d{2}/(?<session>(?:ES-|S-)?\d{1,4})-(?<number>\d{1,5})(?:/[^#]*)?(?:#(?<fragment>\S+))?$", Options);

    private static readonly Regex s_fragment = new Regex(
        @"^(?:(?<rec>rec)_(?<ordinal>\d{1,4})|para_(?<number>\d{1,4})(?:__point_(?<label>[a-z0-9]{1,8}))?)$", RegexOptions.CultureInvariant);

    private Citation(DocumentSymbol symbol, ParagraphKind? kind, int number, string? label, string? annex, string within = "", string? nestedLabel = null)
    {
        Symbol = symbol;
        Kind = kind;
        Number = number;
        Label = label;
        Annex = annex;
        Within = within;
        NestedLabel = nestedLabel;
    }

    /// <summary>The cited resolution.</summary>
    public DocumentSymbol Symbol { get; }

    /// <summary>The kind of the cited paragraph; <see langword="null"/> when a whole resolution or an annex is cited.</summary>
    public ParagraphKind? Kind { get; }

    /// <summary>The operative paragraph's number or the preambular paragraph's position; 0 when no paragraph is cited.</summary>
    public int Number { get; }

    /// <summary>The sub-paragraph label (<c>a</c>), or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>The label of a point inside the sub-paragraph (<c>i</c> of <c>(a) (i)</c>), or <see langword="null"/>.</summary>
    public string? NestedLabel { get; }

    /// <summary>
    /// The parts, sections or annex the cited paragraph is in, as a citation names them (<c>part B, section I</c>,
    /// <c>annex</c>); empty for a paragraph of the resolution itself.
    /// </summary>
    public string Within { get; }

    /// <summary>The cited annex: <c>I</c>, or an empty string for a resolution's only annex; <see langword="null"/> when no annex is cited.</summary>
    public string? Annex { get; }

    /// <summary>Reads a citation.</summary>
    /// <param name="text">The citation, e.g. <c>E/RES/2004/33, para. 8</c>.</param>
    /// <param name="citation">The citation read, when the text is one.</param>
    /// <param name="error">Why the text is not a citation, when it is not.</param>
    public static bool TryParse(string? text, out Citation? citation, out string? error)
    {
        citation = null;
        string input = Collapse(text ?? string.Empty);
        if (input.Length == 0)
        {
            error = "An empty text is not a citation; expected a form such as 'A/RES/79/284, para. 41'.";
            return false;
        }

        if (input.StartsWith("/akn/", StringComparison.OrdinalIgnoreCase))
        {
            return TryParseAkn(input, out citation, out error);
        }

        Match ordinal = s_ordinalForm.Match(input);
        if (ordinal.Success)
        {
            if (!OrdinalWords.TryParse(ordinal.Groups["ordinal"].Value, out int position))
            {
                error = $"'{ordinal.Groups["ordinal"].Value}' is not an ordinal such as 'third' or 'twenty-first'.";
                return false;
            }

            if (!TryParseResolution(ordinal.Groups["rest"].Value, out DocumentSymbol symbol, out error))
            {
                return false;
            }

            bool preambular = ordinal.Groups["kind"].Value.Trim().Equals("preambular", StringComparison.OrdinalIgnoreCase);
            citation = new Citation(symbol, preambular ? ParagraphKind.Preambular : ParagraphKind.Operative, position, null, null);
            return true;
        }

        Match located = s_withLocator.Match(input);
        string resolutionPart = located.Success ? located.Groups["resolution"].Value : input;
        if (!TryParseResolution(resolutionPart, out DocumentSymbol cited, out error))
        {
            return false;
        }

        if (!located.Success)
        {
            citation = new Citation(cited, null, 0, null, null);
            return true;
        }

        return TryParseLocator(cited, located.Groups["locator"].Value, text!, out citation, out error);
    }

    /// <summary>Reads a citation, or throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static Citation Parse(string text) =>
        TryParse(text, out Citation? citation, out string? error) ? citation! : throw new FormatException(error);

    /// <summary>A citation of a whole resolution.</summary>
    public static Citation Of(DocumentSymbol symbol) => new Citation(symbol, null, 0, null, null);

    /// <summary>A citation of an operative paragraph or sub-paragraph, from its parts.</summary>
    public static Citation Operative(DocumentSymbol symbol, int number, string? label = null) =>
        new Citation(symbol, label is null ? ParagraphKind.Operative : ParagraphKind.SubParagraph, number, label?.ToLowerInvariant(), null);

    /// <summary>The canonical form: <c>A/RES/79/284, para. 5 (a)</c>.</summary>
    public override string ToString()
    {
        string within = Within.Length == 0 ? Symbol.Value : Symbol.Value + ", " + Within;
        if (Annex is not null)
        {
            return within + ", annex" + (Annex.Length == 0 ? string.Empty : " " + Annex);
        }

        return Kind switch
        {
            null => within,
            ParagraphKind.Preambular => ParagraphAddress.PreambularCitation(within, Number),
            ParagraphKind.Introductory => ParagraphAddress.IntroductoryCitation(within, Number),
            ParagraphKind.SubParagraph when NestedLabel is not null => ParagraphAddress.PointCitation(ParagraphAddress.SubParagraphCitation(within, Number, Label!), NestedLabel),
            ParagraphKind.SubParagraph => ParagraphAddress.SubParagraphCitation(within, Number, Label!),
            _ => ParagraphAddress.OperativeCitation(within, Number),
        };
    }

    /// <inheritdoc/>
    public bool Equals(Citation? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Citation);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    private static bool TryParseLocator(DocumentSymbol symbol, string locator, string original, out Citation? citation, out string? error)
    {
        citation = null;
        error = null;

        // Parts, sections and annexes come first, outermost first: "part B, section I, para. 3".
        string within = string.Empty;
        for (Match division = s_division.Match(locator); division.Success; division = s_division.Match(locator))
        {
            string divisionKind = division.Groups["kind"].Value.ToLowerInvariant();
            bool last = !division.Groups["rest"].Success;
            if (divisionKind == "annex" && last)
            {
                break;
            }

            // An annex or a quotation may stand alone, unlabelled; parts and sections are cited by their labels.
            if (divisionKind != "annex" && divisionKind != "quotation" && !division.Groups["label"].Success)
            {
                error = $"'{original}': a {divisionKind} is cited by its label, as in '{divisionKind} A'.";
                return false;
            }

            string divisionLabel = division.Groups["label"].Success ? " " + division.Groups["label"].Value.ToUpperInvariant() : string.Empty;
            within += (within.Length == 0 ? string.Empty : ", ") + divisionKind + divisionLabel;
            if (last)
            {
                citation = new Citation(symbol, null, 0, null, null, within);
                return true;
            }

            locator = division.Groups["rest"].Value;
        }

        Match annex = s_annex.Match(locator);
        if (annex.Success)
        {
            citation = new Citation(symbol, null, 0, null, annex.Groups["annex"].Value.ToUpperInvariant(), within);
            return true;
        }

        Match paragraph = s_paragraph.Match(locator);
        if (!paragraph.Success)
        {
            error = $"'{original}': after {symbol.Value}, expected 'para. 41', 'para. 5 (a)', 'preambular para. 3' or 'annex I', not '{locator}'"
                + (Regex.IsMatch(locator, @"\d") ? "." : "; write paragraph numbers in digits.");
            return false;
        }

        int number = int.Parse(paragraph.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        bool preambular = paragraph.Groups["preambular"].Success;
        bool introductory = paragraph.Groups["introductory"].Success;
        string? label = paragraph.Groups["label"].Success ? paragraph.Groups["label"].Value.ToLowerInvariant() : null;
        if (number == 0)
        {
            error = $"'{original}' cites paragraph 0; paragraphs are numbered from 1.";
            return false;
        }

        if ((preambular || introductory) && label is not null)
        {
            error = $"'{original}' cites a sub-paragraph of {(preambular ? "a preambular" : "an introductory")} paragraph; only operative paragraphs have sub-paragraphs.";
            return false;
        }

        ParagraphKind kind = preambular ? ParagraphKind.Preambular : introductory ? ParagraphKind.Introductory : label is null ? ParagraphKind.Operative : ParagraphKind.SubParagraph;
        string? nested = paragraph.Groups["nested"].Success ? paragraph.Groups["nested"].Value.ToLowerInvariant() : null;
        citation = new Citation(symbol, kind, number, label, null, within, nested);
        return true;
    }

    private static bool TryParseResolution(string text, out DocumentSymbol symbol, out string? error)
    {
        error = null;
        if (DocumentSymbol.TryParse(text, out symbol))
        {
            return true;
        }

        Match shorthand = s_shorthand.Match(text);
        if (shorthand.Success)
        {
            string reference = shorthand.Groups["reference"].Value;
            string body = shorthand.Groups["body"].Value.ToUpperInvariant();
            string series = body switch
            {
                "ECOSOC" or "ECONOMIC AND SOCIAL COUNCIL" => "E/RES/",
                "SECURITY COUNCIL" => "S/RES/",
                "HUMAN RIGHTS COUNCIL" => "A/HRC/RES/",
                _ => "A/RES/",
            };
            if (DocumentSymbol.TryParse(series + reference, out symbol) || DocumentSymbol.TryParse(reference, out symbol))
            {
                return true;
            }
        }

        error = $"'{text}' is not a United Nations resolution; expected a symbol such as A/RES/79/284, E/RES/2005/17, S/RES/2504 (2020) or 2200 A (XXI), or a reference such as 'resolution 79/284'.";
        return false;
    }

    private static bool TryParseAkn(string input, out Citation? citation, out string? error)
    {
        citation = null;
        error = null;
        Match akn = s_akn.Match(input);
        string symbolText = !akn.Success ? string.Empty : akn.Groups["organ"].Value.ToLowerInvariant() switch
        {
            "ecosoc" => $"E/RES/{akn.Groups["session"].Value}/{akn.Groups["number"].Value}",
            "unsc" => $"S/RES/{akn.Groups["number"].Value} ({akn.Groups["session"].Value})",
            "unhrc" => $"A/HRC/RES/{akn.Groups["session"].Value}/{akn.Groups["number"].Value}",
            _ => $"A/RES/{akn.Groups["session"].Value}/{akn.Groups["number"].Value}",
        };
        if (!akn.Success || !DocumentSymbol.TryParse(symbolText, out DocumentSymbol symbol))
        {
            error = $"'{input}' is not an Akoma Ntoso reference to a resolution; expected a form such as /akn/un/statement/deliberation/unga/2025-04-16/79-284/!main#para_41.";
            return false;
        }

        if (!akn.Groups["fragment"].Success)
        {
            citation = new Citation(symbol, null, 0, null, null);
            return true;
        }

        Match fragment = s_fragment.Match(akn.Groups["fragment"].Value);
        if (!fragment.Success)
        {
            error = $"'{akn.Groups["fragment"].Value}' is not a paragraph id; expected para_41, para_5__point_a or rec_3.";
            return false;
        }

        citation = fragment.Groups["rec"].Success
            ? new Citation(symbol, ParagraphKind.Preambular, int.Parse(fragment.Groups["ordinal"].Value, CultureInfo.InvariantCulture), null, null)
            : Operative(symbol, int.Parse(fragment.Groups["number"].Value, CultureInfo.InvariantCulture), fragment.Groups["label"].Success ? fragment.Groups["label"].Value : null);
        return true;
    }

    private static string Collapse(string text) => Regex.Replace(text.Trim(), @"\s+", " ");
}
