using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import;

/// <summary>The governing body, named as the schema names it.</summary>
internal enum ResolutionBody
{
    /// <summary>The General Assembly (<c>A/RES/…</c>).</summary>
    GeneralAssembly,

    /// <summary>The Security Council (<c>S/RES/…</c>).</summary>
    SecurityCouncil,

    /// <summary>The Economic and Social Council (<c>E/RES/…</c>).</summary>
    EconomicAndSocialCouncil,

    /// <summary>The Human Rights Council (<c>A/HRC/RES/…</c>).</summary>
    HumanRightsCouncil,
}

/// <summary>A resolution as the importer read it, ready to be written as schema-1 YAML.</summary>
internal sealed class ImportedResolution
{
    /// <summary>Document symbol, e.g. <c>A/RES/79/284</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>The body that adopted it.</summary>
    public required ResolutionBody Body { get; init; }

    /// <summary>General Assembly session number; ECOSOC and the Security Council use the year.</summary>
    public required int Session { get; init; }

    /// <summary>The title, exact wording.</summary>
    public required string Title { get; init; }

    /// <summary>Adoption date.</summary>
    public required System.DateOnly Adopted { get; init; }

    /// <summary>e.g. <c>64th plenary meeting</c>.</summary>
    public string? Meeting { get; init; }

    /// <summary>e.g. <c>125 (l)</c>.</summary>
    public string? AgendaItem { get; init; }

    /// <summary>Draft symbol, e.g. <c>A/79/L.75</c>.</summary>
    public string? Draft { get; init; }

    /// <summary>Path of the source text, relative to the YAML file, with forward slashes.</summary>
    public string? Source { get; init; }

    /// <summary>Notes such as <c>Reissued for technical reasons on 15 July 2013.</c></summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Preambular paragraphs, in order.</summary>
    public required IReadOnlyList<ImportedParagraph> Preamble { get; init; }

    /// <summary>Operative paragraphs, numbered from 1.</summary>
    public required IReadOnlyList<ImportedParagraph> Operative { get; init; }

    /// <summary>Footnotes, in marker order.</summary>
    public required IReadOnlyList<ImportedFootnote> Footnotes { get; init; }
}

/// <summary>A preambular or operative paragraph, or a sub-paragraph.</summary>
/// <param name="Number">Operative number; 0 for preambular paragraphs and sub-paragraphs.</param>
/// <param name="Label">Sub-paragraph label (<c>a</c>, <c>ii</c>), or null.</param>
/// <param name="Phrase">The opening phrase from the lexicon, or null when none matched.</param>
/// <param name="Text">The whole exact wording, footnote anchors included.</param>
/// <param name="Subparagraphs">Sub-paragraphs, empty when there are none.</param>
internal sealed record ImportedParagraph(int Number, string? Label, string? Phrase, string Text, IReadOnlyList<ImportedParagraph> Subparagraphs);

/// <summary>A footnote: its marker as written (<c>"1"</c>) and its exact wording.</summary>
internal sealed record ImportedFootnote(string Marker, string Text);
