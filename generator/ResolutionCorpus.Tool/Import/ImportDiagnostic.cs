using System.Globalization;

namespace ResolutionCorpus.Tool.Import;

/// <summary>How serious an import problem is: an error means no YAML is written for the file.</summary>
internal enum ImportSeverity
{
    /// <summary>The file was imported, but something in it deserves a look.</summary>
    Warning,

    /// <summary>The file was not imported.</summary>
    Error,
}

/// <summary>
/// One problem found while importing, located in the source file. It prints the way compilers do, so editors
/// and build logs can jump to it: <c>path(line,col): error RC3001: message</c>.
/// </summary>
/// <param name="Path">The file, as the user named it.</param>
/// <param name="Line">1-based line, or 0 when the problem belongs to the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Id">Stable id, <c>RC3001</c> to <c>RC3099</c>; the tool's README lists them.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Place">
/// Where in a PDF or Word file (<c>page 3</c>, <c>paragraph 41</c>), printed instead of the line and column, which
/// there count the lines of the text read out of the file.
/// </param>
internal sealed record ImportDiagnostic(string Path, int Line, int Column, ImportSeverity Severity, string Id, string Message, string? Place = null)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == ImportSeverity.Error;

    /// <summary>An error on the whole file.</summary>
    public static ImportDiagnostic FileError(string path, string id, string message) =>
        new(path, 0, 0, ImportSeverity.Error, id, message);

    /// <inheritdoc />
    public override string ToString()
    {
        string location = Place is not null ? $"{Path}({Place})"
            : Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{(Column > 0 ? Column : 1)})")
            : Path;
        string severity = IsError ? "error" : "warning";
        return $"{location}: {severity} {Id}: {Message}";
    }
}
