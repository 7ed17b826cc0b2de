using System.Globalization;

namespace ResolutionCorpus;

/// <summary>
/// How a paragraph is named: its Akoma Ntoso id and its canonical citation.
/// </summary>
/// <remarks>
/// Compiled into both the runtime library and the generator, so the <c>const</c> ids and citations the
/// generator writes are the ones the runtime objects report.
/// </remarks>
static class ParagraphAddress
{
    /// <summary>Id of operative paragraph <paramref name="number"/>: <c>para_41</c>.</summary>
    public static string OperativeId(int number) => "para_" + Format(number);

    /// <summary>Id of a sub-paragraph: <c>para_5__point_a</c>.</summary>
    public static string SubParagraphId(int number, string label) => OperativeId(number) + "__point_" + label;

    /// <summary>Id of the preambular paragraph at <paramref name="ordinal"/> (preambular paragraphs are unnumbered): <c>rec_3</c>.</summary>
    public static string PreambularId(int ordinal) => "rec_" + Format(ordinal);

    /// <summary>Id of the introductory paragraph at <paramref name="ordinal"/> (unnumbered, before paragraph 1): <c>intro_1</c>.</summary>
    public static string IntroductoryId(int ordinal) => "intro_" + Format(ordinal);

    /// <summary>Citation of an introductory paragraph: <c>A/RES/75/254, introductory para. 1</c>.</summary>
    public static string IntroductoryCitation(string symbol, int ordinal) => symbol + ", introductory para. " + Format(ordinal);

    /// <summary>Id of a paragraph of the given kind (not a sub-paragraph): <c>rec_3</c>, <c>intro_1</c>, <c>para_41</c>.</summary>
    public static string Id(ParagraphKind kind, int number) =>
        kind == ParagraphKind.Preambular ? PreambularId(number) : kind == ParagraphKind.Introductory ? IntroductoryId(number) : OperativeId(number);

    /// <summary>Citation of a paragraph of the given kind (not a sub-paragraph).</summary>
    public static string Citation(ParagraphKind kind, string symbol, int number) =>
        kind == ParagraphKind.Preambular ? PreambularCitation(symbol, number)
            : kind == ParagraphKind.Introductory ? IntroductoryCitation(symbol, number)
            : OperativeCitation(symbol, number);

    /// <summary>Citation of an operative paragraph: <c>A/RES/79/284, para. 41</c>.</summary>
    public static string OperativeCitation(string symbol, int number) => symbol + ", para. " + Format(number);

    /// <summary>Citation of a sub-paragraph: <c>A/RES/79/284, para. 5 (a)</c>.</summary>
    public static string SubParagraphCitation(string symbol, int number, string label) =>
        OperativeCitation(symbol, number) + " (" + label + ")";

    /// <summary>Citation of a preambular paragraph: <c>A/RES/79/284, preambular para. 3</c>.</summary>
    public static string PreambularCitation(string symbol, int ordinal) => symbol + ", preambular para. " + Format(ordinal);

    /// <summary>Id of a point (sub-paragraph) at any depth: <c>para_5__point_a__point_i</c>.</summary>
    public static string PointId(string parentId, string label) => parentId + "__point_" + label;

    /// <summary>Citation of a point at any depth: <c>A/RES/79/284, para. 5 (a) (i)</c>.</summary>
    public static string PointCitation(string parentCitation, string label) => parentCitation + " (" + label + ")";

    /// <summary>An id inside a part, section, annex or quotation: <c>sec_B__para_3</c>; the id itself at the top level.</summary>
    public static string Within(string divisionId, string id) => divisionId.Length == 0 ? id : divisionId + "__" + id;

    /// <summary>Id segment of a part, section, annex or quotation, from its printed label or, when none is printed, its position: <c>part_A</c>, <c>sec_II</c>, <c>annex_1</c>, <c>qstr_1</c>.</summary>
    public static string DivisionSegment(DivisionKind kind, string label) => kind switch
    {
        DivisionKind.Part => "part_",
        DivisionKind.Section => "sec_",
        DivisionKind.Quotation => "qstr_",
        _ => "annex_",
    } + label;

    /// <summary>
    /// What a part, section, annex or quotation adds to a citation: <c>, part A</c>, <c>, section II</c>, <c>, annex I</c>, <c>, annex</c>;
    /// nothing for a section printed without a label, whose paragraphs are cited as the resolution's own.
    /// </summary>
    public static string DivisionCitation(DivisionKind kind, string label) =>
        DivisionName(kind, label) is { Length: > 0 } name ? ", " + name : string.Empty;

    /// <summary>
    /// How a part, section, annex or quotation is named within its resolution: <c>part A</c>, <c>section II</c>, <c>annex I</c>,
    /// <c>annex</c>; empty for a section printed without a label.
    /// </summary>
    public static string DivisionName(DivisionKind kind, string label) =>
        kind == DivisionKind.Section && label.Length == 0 ? string.Empty
            : KindName(kind) + (label.Length == 0 ? string.Empty : " " + label);

    /// <summary>The word a citation names a kind of division by: <c>part</c>, <c>section</c>, <c>annex</c>, <c>quotation</c>.</summary>
    public static string KindName(DivisionKind kind) => kind switch
    {
        DivisionKind.Part => "part",
        DivisionKind.Section => "section",
        DivisionKind.Quotation => "quotation",
        _ => "annex",
    };

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
