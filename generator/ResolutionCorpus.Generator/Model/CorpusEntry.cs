namespace ResolutionCorpus.Generator.Model;

/// <summary>
/// What the corpus plan needs of one file: its path, symbol and class name, and no source location, so that an edit
/// that only moves lines leaves it equal and the plan cached.
/// </summary>
internal sealed record CorpusEntry(string FilePath, string Symbol, string ClassName)
{
    public static CorpusEntry Of(ResolutionModel r) => new CorpusEntry(r.FilePath, r.Symbol, r.ClassName);
}
