using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Packaging.Tests;

/// <summary>
/// The packages of this repository, packed once per run into a local folder feed, under a version no earlier
/// run used (so no package cache can hand back a stale copy).
/// </summary>
internal static class PackageFeed
{
    // Lazy, not ??=: tests run two at a time and must share one packing.
    private static readonly Lazy<Task<string>> s_packing = new(PackAsync);

    public static string Version { get; } =
        "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "resolutioncorpus-feed-" + Version);

    /// <summary>Packs the solution, once; later callers wait for the same result.</summary>
    public static Task<string> EnsurePackedAsync() => s_packing.Value;

    /// <summary>The packable projects, one after another.</summary>
    private static readonly string[] s_projects =
    [
        "generator/ResolutionCorpus.Runtime/ResolutionCorpus.Runtime.csproj",
        "generator/ResolutionCorpus.Generator/ResolutionCorpus.Generator.csproj",
        "corpus/ResolutionCorpus.csproj",
        "generator/ResolutionCorpus.Tool/ResolutionCorpus.Tool.csproj",
    ];

    private static async Task<string> PackAsync()
    {
        string root = RepositoryFiles.Root;
        foreach (string project in s_projects)
        {
            var result = await DotNet.RunAsync(root, "pack", project, "-c", "Release", "-o", Folder, $"-p:Version={Version}", "-nodeReuse:false");
            if (result.ExitCode != 0)
            {
                throw new AssertFailedException($"dotnet pack {project} failed:\n{result}");
            }
        }

        return Folder;
    }
}
