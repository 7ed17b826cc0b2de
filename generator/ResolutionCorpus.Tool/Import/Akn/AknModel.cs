using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Akn;

/// <summary>A paragraph read from AKN4UN: text with footnote markers as <c>[^n]</c>, and its points.</summary>
internal sealed class AknParagraph
{
    public string? Number { get; set; }

    public string Phrase { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public List<AknParagraph> Points { get; } = [];
}

/// <summary>A resolution, a part of one, or a section: its own preamble, operative paragraphs and sections.</summary>
internal sealed class AknDivision
{
    public string? Label { get; set; }

    public string? Heading { get; set; }

    public string? Meeting { get; set; }

    public string? Adopted { get; set; }

    public List<AknParagraph> Preamble { get; } = [];

    /// <summary>Unnumbered paragraphs before the numbered ones ("Resolves that, for 2021:").</summary>
    public List<AknParagraph> Intro { get; } = [];

    public List<AknParagraph> Operative { get; } = [];

    public List<AknDivision> Sections { get; } = [];
}

/// <summary>An annex or other attachment.</summary>
internal sealed class AknAnnex
{
    public string? Label { get; set; }

    public string? Title { get; set; }

    public List<AknParagraph> Paragraphs { get; } = [];
}

/// <summary>A whole AKN4UN document, read.</summary>
internal sealed class AknResolution
{
    public string Symbol { get; set; } = string.Empty;

    public int Session { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Adopted { get; set; } = string.Empty;

    public string? Meeting { get; set; }

    public string? AgendaItem { get; set; }

    public string? Draft { get; set; }

    /// <summary>Notes on the document itself, printed as footnotes to its symbol (a part's letter).</summary>
    public List<string> Notes { get; } = [];

    public string? Work { get; set; }

    public string? AgendaTitle { get; set; }

    public List<string> Sponsors { get; } = [];

    public bool? WithoutVote { get; set; }

    public (int InFavour, int Against, int Abstaining)? Votes { get; set; }

    public List<string> Subjects { get; } = [];

    public AknDivision Main { get; } = new();

    public List<AknDivision> Parts { get; } = [];

    public List<AknAnnex> Annexes { get; } = [];

    public List<(string Marker, string Text)> Footnotes { get; } = [];

    /// <summary>Counts by feature, for import reports.</summary>
    public Dictionary<string, int> Features { get; } = new(System.StringComparer.Ordinal);
}
