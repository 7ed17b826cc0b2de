using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests;

/// <summary>The package README's table of what it holds, against corpus/record.</summary>
[TestClass]
public sealed class RecordCountsTests
{
    private static readonly (string Folder, string Organ)[] s_organs =
        [("ga", "General Assembly"), ("sc", "Security Council"), ("ecosoc", "Economic and Social Council"), ("hrc", "Human Rights Council")];

    [TestMethod]
    public void The_README_counts_every_session_of_the_record()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        int start = readme.IndexOf("<!-- counts", StringComparison.Ordinal);
        int end = readme.IndexOf("<!-- /counts -->", StringComparison.Ordinal);
        Assert.IsTrue(start >= 0 && end > start, "README.md has no counts table");
        string[] printed = [.. readme[start..end].Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| organ", StringComparison.Ordinal))];

        string[] counted =
        [
            .. s_organs.SelectMany(organ =>
                Directory.GetDirectories(Path.Combine(RepositoryFiles.Root, "corpus", "record", organ.Folder))
                    .Order(StringComparer.Ordinal)
                    .Select(session => $"| {organ.Organ} | {Path.GetFileName(session)} | {Directory.GetFiles(session, "*.yaml").Length} |")),
        ];
        CollectionAssert.AreEqual(counted, printed);
    }
}
