using System.Xml;
using System.Xml.Linq;

namespace ResolutionCorpus.Tool.Import.Akn;

/// <summary>
/// A problem found in an Akoma Ntoso file, at the line and column of the element it concerns (0 when it concerns the
/// whole file, or an element the reader made itself). An error means the file is not imported; a warning says what the
/// import read in a way the markup alone does not say, so that nothing changes without a word.
/// </summary>
internal sealed record AknProblem(int Line, int Column, string Message, bool IsError)
{
    /// <summary>A problem located at <paramref name="at"/>, when the document was read with line information.</summary>
    public static AknProblem At(XObject? at, string message, bool isError) =>
        at is IXmlLineInfo info && info.HasLineInfo()
            ? new AknProblem(info.LineNumber, info.LinePosition, message, isError)
            : new AknProblem(0, 0, message, isError);

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
