using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tool.Tests;

/// <summary><c>check</c> runs the generator's parser over files and folders.</summary>
[TestClass]
public sealed class CheckCommandTests
{
    [TestMethod]
    public void Imported_files_pass_the_generators_parser()
    {
        using var temp = new TempFolder();
        ToolRun import = ToolRun.Invoke("import", RepoPaths.Seed("000"), RepoPaths.Seed("001"), RepoPaths.Seed("002"), RepoPaths.Seed("004"), "-o", temp.Path);
        Assert.AreEqual(0, import.ExitCode, import.ToString());

        ToolRun check = ToolRun.Invoke("check", temp.Path);
        Assert.AreEqual(0, check.ExitCode, check.ToString());
        StringAssert.Contains(check.Output, "Checked 4 file(s): 0 error(s), 0 warning(s).");
    }

    [TestMethod]
    public void The_records_references_resolve_but_for_the_listed_import_faults()
    {
        // Every citation inside a resolution that the record's texts make (a paragraph, point, part, section or annex)
        // is checked against the cited resolution; what does not resolve is listed, each a fault of an import.
        ToolRun check = ToolRun.Invoke("check", Path.Combine(RepoPaths.Root, "corpus", "record"));
        Assert.AreEqual(0, check.ExitCode, check.ToString());
        string[] unresolved = [.. (check.Output + "\n" + check.Error).Split('\n')
            .Where(line => line.Contains(": warning RC2005: ", StringComparison.Ordinal))
            .Select(line => line.Trim().Replace(RepoPaths.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
        KnownProblems.References.AssertEqual(unresolved);
    }

    [TestMethod]
    public void Broken_file_is_reported_with_its_line_and_fails_the_run()
    {
        using var temp = new TempFolder();
        string sub = Path.Combine(temp.Path, "nested");
        Directory.CreateDirectory(sub);
        string file = Path.Combine(sub, "bad.yml");
        File.WriteAllText(file, "schema: 1\nsymbol: \"A/RES/1/1\"\nbody: GeneralAssembly\nsession: 1\ntitle: \"T\"\nadopted: 2000-01-01\noperative:\n  - number: 2\n    text: \"Decides.\"\n");
        ToolRun check = ToolRun.Invoke("check", temp.Path);
        Assert.AreEqual(1, check.ExitCode, check.ToString());
        StringAssert.Contains(check.Error, file + "(");
        StringAssert.Contains(check.Error, ": error RC");
    }

    [TestMethod]
    public void Missing_path_fails_the_run()
    {
        using var temp = new TempFolder();
        ToolRun check = ToolRun.Invoke("check", temp.File("nothing-here"));
        Assert.AreEqual(1, check.ExitCode, check.ToString());
        StringAssert.Contains(check.Error, "error RC3001");
    }
}
