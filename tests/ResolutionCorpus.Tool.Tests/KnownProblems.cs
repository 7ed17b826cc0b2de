using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// A committed list of known problems, one line each, that a test compares its run with for equality: a problem fixed
/// or a new one fails it. Lines starting with <c>#</c> say why and are kept. After a deliberate change, rerun with
/// <c>RESOLUTIONCORPUS_UPDATE_KNOWN=1</c> to rewrite the list, and review the diff.
/// </summary>
internal sealed class KnownProblems
{
    private readonly string _path;

    private KnownProblems(string fileName) =>
        _path = Path.Combine(RepoPaths.Root, "tests", "ResolutionCorpus.Tool.Tests", fileName);

    /// <summary>AKN4UN files that do not import yet or differ from their XML: file, tab, what.</summary>
    public static KnownProblems Akn { get; } = new("KnownAknProblems.txt");

    /// <summary>What the typed corpus compiled from the imported record reads differently from the XML, or cannot resolve.</summary>
    public static KnownProblems Scale { get; } = new("KnownScaleProblems.txt");

    /// <summary>Raw documents of the development set that do not import, or differ from their hand counts or XML.</summary>
    public static KnownProblems Raw { get; } = new("KnownRawProblems.txt");

    /// <summary>The warnings the development set's import gives, other than unknown opening phrases: file, place, warning.</summary>
    public static KnownProblems RawWarnings { get; } = new("KnownRawWarnings.txt");

    /// <summary>Citations in the record's texts of things the cited resolution's import does not have.</summary>
    public static KnownProblems References { get; } = new("KnownReferenceProblems.txt");

    /// <summary>The listed problems, without the comments.</summary>
    public IReadOnlyList<string> Lines() =>
        [.. Read().Where(line => !line.StartsWith('#'))];

    /// <summary>The files <see cref="Akn"/> names (relative to the AKN4UN folder), whose known faults other tests do not count again.</summary>
    public IReadOnlySet<string> Files() =>
        Lines()
            .Select(line => line.StartsWith("mismatch\t", StringComparison.Ordinal) ? line["mismatch\t".Length..] : line)
            .Select(line => line[..line.IndexOfAny([':', '\t'])])
            .ToHashSet(StringComparer.Ordinal);

    public void AssertEqual(IReadOnlyList<string> actual)
    {
        if (Environment.GetEnvironmentVariable("RESOLUTIONCORPUS_UPDATE_KNOWN") == "1")
        {
            File.WriteAllText(_path, string.Concat(Read().Where(line => line.StartsWith('#')).Concat(actual).Select(line => line + "\n")));
            return;
        }

        // Compared as multisets: a problem that appears once more, or once less, than listed is a difference too.
        IReadOnlyList<string> known = Lines();
        string[] added = [.. Surplus(actual, known)];
        string[] gone = [.. Surplus(known, actual)];
        Assert.IsTrue(added.Length == 0 && gone.Length == 0,
            $"The run differs from {_path}:\n"
            + string.Concat(added.Take(40).Select(line => "+ " + line + "\n"))
            + string.Concat(gone.Take(40).Select(line => "- " + line + "\n"))
            + "Fix the cause, or, when the change is deliberate, rerun with RESOLUTIONCORPUS_UPDATE_KNOWN=1 and review the list.");
    }

    /// <summary>Each line of <paramref name="lines"/> as many times as it occurs there more often than in <paramref name="other"/>.</summary>
    private static IEnumerable<string> Surplus(IReadOnlyList<string> lines, IReadOnlyList<string> other)
    {
        Dictionary<string, int> counts = other.GroupBy(line => line, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (string line in lines)
        {
            if (counts.TryGetValue(line, out int count) && count > 0)
            {
                counts[line] = count - 1;
            }
            else
            {
                yield return line;
            }
        }
    }

    private IEnumerable<string> Read() =>
        File.Exists(_path) ? File.ReadAllLines(_path).Where(line => line.Length > 0) : [];
}
