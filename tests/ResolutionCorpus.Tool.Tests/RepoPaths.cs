using System;
using System.IO;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>Where the repository's corpus and the shared test data are, found from the test's own location.</summary>
internal static class RepoPaths
{
    /// <summary>The folder that holds <c>ResolutionCorpus.sln</c>.</summary>
    public static string Root => ResolutionCorpus.Tests.Infrastructure.RepositoryFiles.Root;

    /// <summary><c>corpus/sources</c>: the raw texts.</summary>
    public static string Sources => Path.Combine(Root, "corpus", "sources");

    /// <summary><c>corpus/resolutions</c>: the YAML files.</summary>
    public static string Resolutions => Path.Combine(Root, "corpus", "resolutions");

    /// <summary>The UN's AKN XML folder: <c>RESOLUTIONCORPUS_UNXML</c>, else <c>../shared/unxml</c> from the root.</summary>
    public static string UnXml =>
        Environment.GetEnvironmentVariable("RESOLUTIONCORPUS_UNXML") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "unxml"));

    /// <summary>The seed file whose name starts with <paramref name="prefix"/> (<c>000</c>).</summary>
    public static string Seed(string prefix)
    {
        string[] matches = Directory.GetFiles(Sources, prefix + "_*.txt");
        if (matches.Length != 1)
        {
            throw new InvalidOperationException($"Expected one source named {prefix}_*.txt in {Sources}, found {matches.Length}.");
        }

        return matches[0];
    }
}
