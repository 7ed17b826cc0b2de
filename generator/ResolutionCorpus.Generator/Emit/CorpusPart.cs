using Microsoft.CodeAnalysis.Diagnostics;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>
/// One part of a corpus split into several assemblies (<c>ResolutionCorpusPart</c> and <c>ResolutionCorpusEntry</c>):
/// its index is <c>Parts.{Name}</c> rather than <c>Corpus</c>, so parts never clash, and its resolutions link to
/// the entry assembly's <c>Corpus</c>, which indexes every part.
/// </summary>
/// <param name="Name">The part's name, an identifier: <c>GeneralAssembly79</c>.</param>
/// <param name="EntryAssembly">The name of the assembly whose <c>Corpus</c> indexes every part: <c>ResolutionCorpus</c>.</param>
internal sealed record CorpusPart(string Name, string EntryAssembly)
{
    /// <summary>
    /// Whether this assembly is the entry of a split corpus (<c>ResolutionCorpusIsEntry</c>): its <c>Corpus</c> spans every
    /// referenced part. Only the entry says so; a project that merely references a split corpus gets no <c>Corpus</c> of parts.
    /// </summary>
    public static bool IsEntry(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_property.ResolutionCorpusIsEntry", out string? value) && value.Trim().Equals("true", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The namespace, under the generated one, of every part's index class.</summary>
    public const string Namespace = "Parts";

    /// <summary>The part named <paramref name="name"/> (a valid identifier), of the entry the options name.</summary>
    public static CorpusPart Of(string name, AnalyzerConfigOptions options)
    {
        string entry = options.TryGetValue("build_property.ResolutionCorpusEntry", out string? value) && value.Trim().Length > 0
            ? value.Trim()
            : "ResolutionCorpus";
        return new CorpusPart(name, entry);
    }
}
