using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ResolutionCorpus.Generator.Diagnose;

/// <summary>A place in a resolution file, as plain values the pipeline can compare and cache.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The start of a file, for problems that belong to the whole file.</summary>
    public static LocationInfo FileStart(string filePath) =>
        new LocationInfo(filePath, new TextSpan(0, 0), new LinePositionSpan(default, default));

    /// <summary>No place in a file: for problems of the project, such as an MSBuild property.</summary>
    public static LocationInfo None { get; } = new LocationInfo(string.Empty, default, default);

    public Location ToLocation() => FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);

    /// <summary>1-based line and column, as editors and command lines show them.</summary>
    public override string ToString() =>
        $"{FilePath}({LineSpan.Start.Line + 1},{LineSpan.Start.Character + 1})";
}
