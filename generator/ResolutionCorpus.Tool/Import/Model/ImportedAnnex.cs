using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Model;

/// <summary>An annex: its label, title and paragraphs.</summary>
internal sealed class ImportedAnnex
{
    /// <summary>The printed label (<c>I</c>); null for a lone annex.</summary>
    public string? Label { get; set; }

    /// <summary>The annex's title, when printed.</summary>
    public string? Title { get; set; }

    /// <summary>Paragraphs, in order.</summary>
    public List<ImportedParagraph> Paragraphs { get; } = [];
}
