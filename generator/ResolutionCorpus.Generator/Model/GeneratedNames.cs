using System.Globalization;

namespace ResolutionCorpus.Generator.Model;

/// <summary>
/// The names of the classes generated inside a resolution's class, decided here and nowhere else: the parser checks
/// divisions' names for clashes with them, the emitter writes them, and the analyzer spells typed constants with them.
/// A resolution's own class name comes from its symbol (<see cref="DocumentSymbol.ClassName"/>).
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The class holding paragraphs of a kind: <c>Preamble</c>, <c>Intro</c>, <c>Operative</c>.</summary>
    public static string ParagraphList(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Preambular => "Preamble",
        ParagraphKind.Introductory => "Intro",
        _ => "Operative",
    };

    /// <summary>A paragraph's class: <c>P5</c>.</summary>
    public static string Paragraph(int number) => "P" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A point's class: its label in capitals (<c>A</c>, <c>II</c>), a digit-first label after an underscore, and an
    /// underscore after when it would take the name of the class it is nested in (C# forbids that).
    /// </summary>
    public static string Point(string label, string parentClass)
    {
        string upper = label.ToUpperInvariant();
        return Nested(char.IsDigit(upper[0]) ? "_" + upper : upper, parentClass);
    }

    /// <summary>
    /// A nested class's name, with an underscore after when it would take the name of the class it is nested in (C#
    /// forbids that): section I inside section I is <c>SectionI.SectionI_</c>.
    /// </summary>
    public static string Nested(string name, string enclosingClass) => name == enclosingClass ? name + "_" : name;

    /// <summary>
    /// A part's, section's, annex's or quotation's class: <c>PartA</c>, <c>SectionII</c>, <c>Section2</c> (unnumbered, by position),
    /// <c>AnnexI</c>, <c>Annex2</c> (unlabelled, by position), <c>Annex</c> (a lone unlabelled annex), <c>Quotation</c>, <c>Quotation2</c>.
    /// </summary>
    /// <param name="kind">Part, section, annex or quotation.</param>
    /// <param name="key">Its printed label, or its position when it has none.</param>
    /// <param name="lone">Whether it is an unlabelled annex (or a quotation) with no other of its kind beside it.</param>
    public static string Division(DivisionKind kind, string key, bool lone) => kind switch
    {
        DivisionKind.Part => "Part" + key,
        DivisionKind.Section => "Section" + key,
        DivisionKind.Quotation => lone ? "Quotation" : "Quotation" + key,
        _ => lone ? "Annex" : "Annex" + key,
    };
}
