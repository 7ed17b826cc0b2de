using Microsoft.CodeAnalysis;

namespace ResolutionCorpus.Generator.Diagnose;

/// <summary>Every diagnostic the generator reports. Ids are stable; the README's table lists them.</summary>
internal static class Diagnostics
{
    private const string Category = "ResolutionCorpus";

    public static readonly DiagnosticDescriptor InvalidYaml = Error(
        "RC1001", "Resolution file is not valid YAML",
        "The file is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor MissingField = Error(
        "RC1002", "Required field is missing",
        "{1} has no '{0}' field, which is required; add it");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "RC1003", "Field has an invalid value",
        "'{0}' is not a valid value for '{1}': {2}");

    public static readonly DiagnosticDescriptor UnknownField = Warning(
        "RC1004", "Unknown field",
        "Unknown field '{0}' is ignored; the fields allowed here are {1}");

    public static readonly DiagnosticDescriptor DuplicateSymbol = Error(
        "RC1005", "Two files define the same resolution",
        "Resolution {0} is also defined in '{1}'; keep one file per resolution");

    public static readonly DiagnosticDescriptor OperativeNumbering = Error(
        "RC1006", "Operative paragraph numbers skip or repeat",
        "Operative paragraph numbered {0} where {1} was expected: numbers must run 1, 2, 3 … with no gap or repeat");

    public static readonly DiagnosticDescriptor UnknownFootnoteMarker = Error(
        "RC1007", "Footnote marker without a footnote",
        "Footnote marker [^{0}] has no footnote; add a footnote with marker '{0}' or remove the marker");

    public static readonly DiagnosticDescriptor UnreferencedFootnote = Warning(
        "RC1008", "Footnote never referenced",
        "Footnote '{0}' is never referenced; write [^{0}] in the text where its marker stands");

    public static readonly DiagnosticDescriptor InvalidSymbol = Error(
        "RC1009", "Not a valid document symbol",
        "'{0}' is not a United Nations resolution symbol; expected a form such as A/RES/79/284, E/RES/2005/17, S/RES/2504 (2020), A/RES/ES-11/5, A/HRC/RES/55/1 or 2200 A (XXI)");

    public static readonly DiagnosticDescriptor ClassNameCollision = Error(
        "RC1010", "Two symbols make the same class name",
        "Symbol {0} makes the class name '{1}', which {2} in '{3}' already uses; one of the two symbols is mistyped");

    public static readonly DiagnosticDescriptor UnsupportedSchema = Error(
        "RC1011", "Unsupported schema version",
        "Schema version '{0}' is not supported; this generator reads 'schema: 1'");

    public static readonly DiagnosticDescriptor InvalidCharacter = Error(
        "RC1012", "Text contains a character that cannot be kept",
        "'{0}' contains {1} at offset {2}; remove it (text must be valid Unicode without NUL)");

    public static readonly DiagnosticDescriptor DuplicateField = Error(
        "RC1013", "Field appears twice",
        "Field '{0}' appears more than once in the same mapping; keep one");

    public static readonly DiagnosticDescriptor DuplicateLabel = Error(
        "RC1014", "Sub-paragraph label repeats",
        "Sub-paragraph label '{0}' repeats in operative paragraph {1}; labels must be unique");

    public static readonly DiagnosticDescriptor DuplicateFootnote = Error(
        "RC1015", "Footnote marker defined more often than it stands",
        "Footnote marker '{0}' is defined {1} times but stands {2} times; a marker printed for several notes (\"*\" on each page) is defined once per note, and each [^{0}] names the next of them");

    public static readonly DiagnosticDescriptor BodyMismatch = Error(
        "RC1016", "Body does not match the symbol",
        "Body '{0}' does not match symbol {1}, which is a {2} symbol");

    public static readonly DiagnosticDescriptor UnsupportedYaml = Error(
        "RC1017", "YAML feature not supported in resolution files",
        "{0}");

    public static readonly DiagnosticDescriptor TooLarge = Error(
        "RC1018", "Resolution file too large",
        "{0}; split the file or check that it is a single resolution");

    public static readonly DiagnosticDescriptor DuplicateDivision = Error(
        "RC1019", "Two parts, sections or annexes have the same name",
        "{0} '{1}' repeats: its paragraphs would have the same class, id and citation as the earlier one's; give each a distinct label");

    public static readonly DiagnosticDescriptor InvalidProperty = Error(
        "RC1020", "Generator property has an invalid value",
        "The MSBuild property {0} is '{1}', which is not {2}; {3}");

    public static readonly DiagnosticDescriptor MalformedCitation = Error(
        "RC2001", "Malformed citation",
        "{0}");

    public static readonly DiagnosticDescriptor UnknownResolution = Error(
        "RC2002", "Cited resolution not in the corpus",
        "{0} is not in the corpus this project can see ({1}); {2}");

    public static readonly DiagnosticDescriptor MissingParagraph = Error(
        "RC2003", "Cited paragraph does not exist",
        "{0} does not exist: {1}");

    public static readonly DiagnosticDescriptor UseTypedCitation = new DiagnosticDescriptor(
        "RC2004", "Use the typed citation constant",
        "Cite {0} with the constant {1}", Category, DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor CitationInText = new DiagnosticDescriptor(
        "RC2006", "Text spells a citation of the corpus",
        "This {0} spells {1}; the typed {2} is checked at build time", Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ReferenceToMissingParagraph = Warning(
        "RC2005", "Text cites a paragraph that does not exist",
        "The text cites {0}, which does not exist: {1}");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "RC1099", "The generator could not process a file",
        "The generator could not process this file ({0}); please report it with the file attached");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
