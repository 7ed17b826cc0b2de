using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Hardening;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// <c>resolution-corpus check</c> on mutated corpus files never crashes: every run ends with an exit code, and
/// a failing run names the file with a line and column.
/// </summary>
[TestClass]
public sealed class CheckFuzzTests
{
    [TestMethod]
    [TestCategory("Long")]
    [Timeout(300_000, CooperativeCancellation = true)]
    public void Check_survives_mutated_files()
    {
        using var temp = new TempFolder();
        string[] seeds = [.. Array.ConvertAll(Directory.GetFiles(RepoPaths.Resolutions, "*.yaml"), File.ReadAllText)];
        var mutator = new Mutator(seed: 3);
        string file = temp.File("mutant.yaml");
        int failures = 0;
        for (int i = 0; i < 300; i++)
        {
            File.WriteAllText(file, mutator.Mutate(seeds[i % seeds.Length]));
            ToolRun run = ToolRun.Invoke("check", file);
            Assert.IsTrue(run.ExitCode is 0 or 1, run.ToString());
            if (run.ExitCode == 1)
            {
                failures++;
                StringAssert.Matches(run.Output + run.Error, new System.Text.RegularExpressions.Regex(@"mutant\.yaml\(\d+,\d+\): error RC\d{4}"), run.ToString());
            }
        }

        Assert.IsGreaterThan(30, failures, "the mutations hardly ever broke a file");
    }
}
