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
