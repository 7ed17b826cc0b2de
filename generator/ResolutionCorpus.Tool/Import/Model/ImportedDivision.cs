using System;
using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Model;

/// <summary>A resolution's body, a part of one, or a section: its own preamble, operative paragraphs and sections.</summary>
internal sealed class ImportedDivision
{
    /// <summary>The printed label: a part's letter, a section's number (<c>I</c>, <c>A</c>); null when unlabelled.</summary>
    public string? Label { get; set; }

    /// <summary>The printed heading (a part's title, a section's heading).</summary>
    public string? Heading { get; set; }

    /// <summary>A part's own adoption meeting.</summary>
    public string? Meeting { get; set; }

    /// <summary>A part's own adoption date.</summary>
    public DateOnly? Adopted { get; set; }

    /// <summary>Preambular paragraphs, in order.</summary>
    public List<ImportedParagraph> Preamble { get; } = [];

    /// <summary>Unnumbered paragraphs before the numbered ones ("Resolves that, for 2021:").</summary>
    public List<ImportedParagraph> Intro { get; } = [];

    /// <summary>Operative paragraphs, in order.</summary>
    public List<ImportedParagraph> Operative { get; } = [];

    /// <summary>Sections, in order.</summary>
    public List<ImportedDivision> Sections { get; } = [];
}
