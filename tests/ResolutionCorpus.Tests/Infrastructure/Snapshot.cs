using System;
using System.IO;

namespace ResolutionCorpus.Tests.Infrastructure;

/// <summary>
/// Expected generated sources kept as files under <c>Snapshots/</c>. Set <c>RESOLUTIONCORPUS_UPDATE_SNAPSHOTS=1</c>
/// to rewrite them from the generator's current output (then review the diff).
/// </summary>
internal static class Snapshot
{
    public static bool Updating => Environment.GetEnvironmentVariable("RESOLUTIONCORPUS_UPDATE_SNAPSHOTS") == "1";

    // From the repository root, not the source path: CI builds map source paths away (ContinuousIntegrationBuild).
    public static string Folder() => Path.Combine(TestFolder, "Snapshots");

    /// <summary>This test project's folder in the repository.</summary>
    public static string TestFolder => Path.Combine(RepositoryFiles.Root, "tests", "ResolutionCorpus.Tests");

    /// <summary>The snapshot's text; when updating, first writes <paramref name="actual"/> to it.</summary>
    public static string Read(string name, string actual)
    {
        string path = Path.Combine(Folder(), name);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"No snapshot '{name}'. Run the tests with RESOLUTIONCORPUS_UPDATE_SNAPSHOTS=1 to create it, then review it.", path);
    }
}
