namespace ResolutionCorpus.Generator.Model;

/// <summary>
/// The corpus as a whole: which files become classes (the others repeat a symbol or a class name). It holds no source
/// location: the diagnostics that compare files flow in their own pipeline.
/// </summary>
/// <param name="Included">The resolutions that get a class, ordered by symbol.</param>
/// <param name="Excluded">Paths of files left out because another file already has their symbol or class name.</param>
internal sealed record CorpusPlan(
    EquatableArray<CorpusEntry> Included,
    EquatableArray<string> Excluded);
