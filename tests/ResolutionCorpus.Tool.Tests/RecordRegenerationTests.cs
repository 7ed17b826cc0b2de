using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// <c>corpus/record</c> is exactly what <c>corpus/regenerate-record.sh</c> makes of the publisher's AKN4UN files: the same
/// files, laid out by organ and session or year, with the same bytes.
/// </summary>
[TestClass]
public sealed class RecordRegenerationTests
{
    private static string Record => Path.Combine(RepoPaths.Root, "corpus", "record");

    [TestMethod]
    [TestCategory("Long")]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void Regenerating_the_record_gives_the_committed_files_byte_for_byte()
    {
        if (AknCorpus.Missing is string missing)
        {
            Assert.Inconclusive(missing);
        }

        Assert.IsTrue(Directory.Exists(Record), $"{Record} is missing: run corpus/regenerate-record.sh");
        using var temp = new TempFolder();
        string[] folders = [.. AknCorpus.Organs.Select(o => Path.Combine(RepoPaths.UnXml, o))];
        ToolRun run = ToolRun.Invoke(["import", .. folders, "-o", temp.Path, "--by-session"]);
        Assert.IsTrue(run.ExitCode is 0 or 1, run.ToString());

        string[] expected = Files(temp.Path);
        string[] committed = Files(Record);
        CollectionAssert.AreEqual(expected, committed,
            "corpus/record does not hold the files the import makes; run corpus/regenerate-record.sh.\n"
            + $"missing: {string.Join(", ", expected.Except(committed).Take(10))}\nextra: {string.Join(", ", committed.Except(expected).Take(10))}");
        string[] differing = [.. expected.Where(f => !File.ReadAllBytes(Path.Combine(temp.Path, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Record, f))))];
        Assert.IsEmpty(differing, $"{differing.Length} file(s) differ from what the import makes; run corpus/regenerate-record.sh. First: {string.Join(", ", differing.Take(10))}");
    }

    private static string[] Files(string root) =>
        [.. Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
