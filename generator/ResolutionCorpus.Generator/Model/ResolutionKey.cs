using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model
{
    /// <summary>What the corpus-wide checks need of one file: small, so a text edit elsewhere leaves it equal.</summary>
    internal sealed record ResolutionKey(string FilePath, string Symbol, string ClassName, LocationInfo SymbolLocation);
}
