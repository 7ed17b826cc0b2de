using System;
using System.IO;
using System.Linq;

namespace ResolutionCorpus.Tests.Infrastructure;

/// <summary>Files of this repository, found from the test's own location.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled corpus's resolution files, in path order.</summary>
    public static string[] CorpusResolutions() =>
        [.. Directory.GetFiles(Path.Combine(Root, "corpus", "resolutions"), "*.yaml").OrderBy(p => p, StringComparer.Ordinal)];

    /// <summary>The resolution files of the UN's published record, committed in corpus/record, in path order.</summary>
    public static string[] RecordResolutions() =>
        [.. Directory.GetFiles(Path.Combine(Root, "corpus", "record"), "*.yaml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ResolutionCorpus.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ResolutionCorpus.sln not found above " + AppContext.BaseDirectory);
    }
}
