using System;
using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Model;

/// <summary>
/// A resolution as an importer read it, from raw text or from AKN4UN alike, ready for the one YAML writer
/// (<see cref="Yaml.ResolutionYamlWriter"/>).
/// </summary>
internal sealed class ImportedResolution
{
    /// <summary>Document symbol in its canonical form, e.g. <c>A/RES/79/284</c>, <c>S/RES/2334 (2016)</c>.</summary>
    public string Symbol { get; set; } = string.Empty;

    /// <summary>The organ that adopted it.</summary>
    public UnBody Body { get; set; }

    /// <summary>The session (General Assembly, Human Rights Council) or the year (ECOSOC, Security Council).</summary>
    public int Session { get; set; }

    /// <summary>The printed title; null when the document prints none (Security Council resolutions).</summary>
    public string? Title { get; set; }

    /// <summary>Adoption date; null until found.</summary>
    public DateOnly? Adopted { get; set; }

    /// <summary>e.g. <c>64th plenary meeting</c>.</summary>
    public string? Meeting { get; set; }

    /// <summary>e.g. <c>125 (l)</c>.</summary>
    public string? AgendaItem { get; set; }

    /// <summary>Draft symbol, e.g. <c>A/79/L.75</c>.</summary>
    public string? Draft { get; set; }

    /// <summary>Path of the source, relative to the YAML file, with forward slashes; or its file name.</summary>
    public string? Source { get; set; }

    /// <summary>Notes on the document itself, such as <c>Reissued for technical reasons on 15 July 2013.</c></summary>
    public List<string> Notes { get; } = [];

    /// <summary>What the publisher records about the resolution beyond its text.</summary>
    public ImportedMetadata Metadata { get; } = new();

    /// <summary>The resolution's own preamble, introductory and operative paragraphs and sections.</summary>
    public ImportedDivision Main { get; } = new();

    /// <summary>Parts of a resolution adopted in parts (<c>A</c>, <c>B</c>), each with its own paragraphs.</summary>
    public List<ImportedDivision> Parts { get; } = [];

    /// <summary>
    /// Texts the resolution sets out whole, each with its own preamble and numbering (a draft resolution it recommends
    /// for adoption); <see cref="ImportedDivision.Heading"/> holds the formula each opens with ("The General Assembly,").
    /// </summary>
    public List<ImportedDivision> Quotations { get; } = [];

    /// <summary>Annexes, in order.</summary>
    public List<ImportedAnnex> Annexes { get; } = [];

    /// <summary>Footnotes, in marker order.</summary>
    public List<ImportedFootnote> Footnotes { get; } = [];

    /// <summary>Counts by feature, for import reports.</summary>
    public Dictionary<string, int> Features { get; } = new(StringComparer.Ordinal);
}
