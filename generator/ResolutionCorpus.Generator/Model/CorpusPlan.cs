using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model
{
    /// <summary>
    /// The corpus as a whole: which files become classes (the others repeat a symbol or a class name), and the
    /// diagnostics that compare files.
    /// </summary>
    /// <param name="Included">The resolutions that get a class, ordered by symbol.</param>
    /// <param name="Excluded">Paths of files left out because another file already has their symbol or class name.</param>
    /// <param name="Diagnostics">One diagnostic per excluded file, located at its symbol.</param>
    internal sealed record CorpusPlan(
        EquatableArray<ResolutionKey> Included,
        EquatableArray<string> Excluded,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
