using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Model;

/// <summary>A paragraph or a point: its printed number or label, opening phrase, text and points.</summary>
internal sealed class ImportedParagraph
{
    /// <summary>As printed, without punctuation: an operative number (<c>8</c>), a point's label (<c>a</c>, <c>ii</c>).</summary>
    public string? Number { get; set; }

    /// <summary>The opening phrase (<c>Also requests</c>); empty when none is known.</summary>
    public string Phrase { get; set; } = string.Empty;

    /// <summary>The exact wording, footnote markers as <c>[^n]</c>.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Whether the markup says it is words before paragraph 1 (<c>hcontainer name="intro"</c>), so no rule of form may make it preambular.</summary>
    public bool MarkedIntroductory { get; set; }

    /// <summary>Points, in order.</summary>
    public List<ImportedParagraph> Points { get; } = [];
}
