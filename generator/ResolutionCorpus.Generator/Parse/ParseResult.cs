using ResolutionCorpus.Generator.Diagnose;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>What parsing one file gives: the resolution when the file is usable, and every problem found.</summary>
/// <param name="Resolution">The resolution, or <see langword="null"/> when an error makes the file unusable.</param>
/// <param name="Diagnostics">Errors and warnings, each located in the file.</param>
internal sealed record ParseResult(ResolutionModel? Resolution, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool HasErrors
    {
        get
        {
            foreach (DiagnosticInfo diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
