using System.Collections.Generic;

namespace ResolutionCorpus.Citations;

/// <summary>An operative paragraph in an <see cref="AddressOutline"/>: its number and its points.</summary>
sealed class OutlineParagraph
{
    public OutlineParagraph(int number, IReadOnlyList<OutlinePoint> points)
    {
        Number = number;
        Points = points;
    }

    /// <summary>Its number (an annex's unnumbered paragraph: its position).</summary>
    public int Number { get; }

    /// <summary>Its points, in order.</summary>
    public IReadOnlyList<OutlinePoint> Points { get; }
}
