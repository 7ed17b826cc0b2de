using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import;

/// <summary>One line of the normalized source, with its 1-based line number in the original file.</summary>
/// <param name="Number">1-based line number, for diagnostics.</param>
/// <param name="Text">The line with white space normalized and trimmed (tabs become spaces, runs collapse).</param>
internal sealed record SourceLine(int Number, string Text)
{
    /// <summary>For a row of a table, its cells, left to right, each normalized as a line is; null for a line of text.</summary>
    public IReadOnlyList<string>? Cells { get; init; }

    /// <summary>True when the line holds nothing but white space.</summary>
    public bool IsBlank => Text.Length == 0;
}
