using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ResolutionCorpus.Generator.Diagnose
{
    /// <summary>A place in a resolution file, as plain values the pipeline can compare and cache.</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        /// <summary>The start of a file, for problems that belong to the whole file.</summary>
        public static LocationInfo FileStart(string filePath) =>
            new LocationInfo(filePath, new TextSpan(0, 0), new LinePositionSpan(default, default));

        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        /// <summary>1-based line and column, as editors and command lines show them.</summary>
        public override string ToString() =>
            $"{FilePath}({LineSpan.Start.Line + 1},{LineSpan.Start.Character + 1})";
    }
}
