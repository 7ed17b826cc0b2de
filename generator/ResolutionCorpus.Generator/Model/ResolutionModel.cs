using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model;

/// <summary>One resolution file, parsed and validated: everything the emitter needs, and nothing of the compiler.</summary>
/// <param name="FilePath">The YAML file's path.</param>
/// <param name="Symbol">The canonical document symbol.</param>
/// <param name="ClassName">The generated class's name.</param>
/// <param name="SymbolLocation">Where the symbol stands in the file, for diagnostics that compare files.</param>
/// <param name="Divisions">Parts, sections and annexes, in document order (after the top-level paragraphs).</param>
/// <param name="Metadata">The publisher's metadata, when the file has it.</param>
/// <param name="Intro">Unnumbered paragraphs printed before the numbered operative paragraphs ("Resolves that, for 2021:").</param>
internal sealed record ResolutionModel(
    string FilePath,
    string Symbol,
    string ClassName,
    LocationInfo SymbolLocation,
    UnBody Body,
    int Session,
    string? Title,
    CalendarDate Adopted,
    string? Meeting,
    string? AgendaItem,
    string? Draft,
    EquatableArray<string> Notes,
    EquatableArray<ParagraphModel> Preamble,
    EquatableArray<ParagraphModel> Operative,
    EquatableArray<FootnoteModel> Footnotes,
    EquatableArray<DivisionModel> Divisions = default,
    MetadataModel? Metadata = null,
    EquatableArray<ParagraphModel> Intro = default);
