using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// The committed list of AKN4UN files that do not import yet or differ from their XML, one line each (file, tab, what),
/// in <c>KnownAknProblems.txt</c>. The test compares the run with it for equality; after a deliberate change, rerun with
/// <c>RESOLUTIONCORPUS_UPDATE_KNOWN=1</c> to rewrite it, and review the diff.
/// </summary>
internal static class KnownAknProblems
{
    private static string FilePath => Path.Combine(RepoPaths.Root, "tests", "ResolutionCorpus.Tool.Tests", "KnownAknProblems.txt");

    /// <summary>The files the list names (relative to the AKN4UN folder), whose known faults other tests do not count again.</summary>
    public static IReadOnlySet<string> Files() =>
        (File.Exists(FilePath) ? File.ReadAllLines(FilePath) : [])
            .Where(line => line.Length > 0)
            .Select(line => line.StartsWith("mismatch\t", StringComparison.Ordinal) ? line["mismatch\t".Length..] : line)
            .Select(line => line[..line.IndexOfAny([':', '\t'])])
            .ToHashSet(StringComparer.Ordinal);

    public static void AssertEqual(IReadOnlyList<string> actual)
    {
        if (Environment.GetEnvironmentVariable("RESOLUTIONCORPUS_UPDATE_KNOWN") == "1")
        {
            File.WriteAllText(FilePath, string.Concat(actual.Select(line => line + "\n")));
            return;
        }

        string[] known = File.Exists(FilePath) ? [.. File.ReadAllLines(FilePath).Where(line => line.Length > 0)] : [];
        string[] added = [.. actual.Except(known, StringComparer.Ordinal)];
        string[] gone = [.. known.Except(actual, StringComparer.Ordinal)];
        Assert.IsTrue(added.Length == 0 && gone.Length == 0,
            $"The AKN4UN import differs from {FilePath}:\n"
            + string.Concat(added.Take(40).Select(line => "+ " + line + "\n"))
            + string.Concat(gone.Take(40).Select(line => "- " + line + "\n"))
            + "Fix the import, or, when the change is deliberate, rerun with RESOLUTIONCORPUS_UPDATE_KNOWN=1 and review the list.");
    }
}
