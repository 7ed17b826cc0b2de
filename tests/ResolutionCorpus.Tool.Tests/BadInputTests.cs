using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>Bad input gets a clear message naming the file, a non-zero exit, and nothing written.</summary>
[TestClass]
public sealed class BadInputTests
{
    [TestMethod]
    public void Empty_file_is_refused()
    {
        using var temp = new TempFolder();
        string input = temp.File("empty.txt");
        File.WriteAllText(input, "  \n\n\t\n");
        AssertRefused(temp, input, "RC3002");
    }

    [TestMethod]
    public void Zero_byte_file_is_refused()
    {
        using var temp = new TempFolder();
        string input = temp.File("zero.txt");
        File.WriteAllBytes(input, []);
        AssertRefused(temp, input, "RC3002");
    }

    [TestMethod]
    public void Binary_file_is_refused()
    {
        using var temp = new TempFolder();
        string input = temp.File("image.txt");
        File.WriteAllBytes(input, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        AssertRefused(temp, input, "RC3003");
    }

    [TestMethod]
    public void Non_UTF8_text_is_refused_with_its_line()
    {
        using var temp = new TempFolder();
        string input = temp.File("latin1.txt");
        File.WriteAllBytes(input, [.. "The General Assembly,\nline two\n"u8.ToArray(), 0x52, 0xE9, 0x73, 0x6F, 0x6C, 0x75, 0x74, 0x69, 0x6F, 0x6E, 0x0A]);
        ToolRun run = AssertRefused(temp, input, "RC3005");
        StringAssert.Contains(run.Error, input + "(3,1)");
    }

    [TestMethod]
    public void Text_that_is_not_a_resolution_is_refused()
    {
        using var temp = new TempFolder();
        string input = temp.File("recipe.txt");
        File.WriteAllText(input, "Pancakes\n\nMix 200 g of flour with 3 eggs.\n1. Heat the pan;\n2. Pour the batter.\n");
        AssertRefused(temp, input, "RC3004");
    }

    [TestMethod]
    public void Resolution_without_operative_paragraphs_is_refused()
    {
        using var temp = new TempFolder();
        string input = temp.File("headless.txt");
        File.WriteAllText(input, "12/34. A title\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n5th plenary meeting\n1 May 2000\n");
        ToolRun run = AssertRefused(temp, input, "RC3007");
        StringAssert.Contains(run.Error, input + "(3,1)");
    }

    [TestMethod]
    public void Missing_path_is_refused()
    {
        using var temp = new TempFolder();
        AssertRefused(temp, temp.File("does-not-exist.txt"), "RC3001");
    }

    [TestMethod]
    public void Directory_given_as_file_is_refused()
    {
        using var temp = new TempFolder();
        string folder = temp.File("a-folder");
        Directory.CreateDirectory(folder);
        AssertRefused(temp, folder, "RC3001");
    }

    [TestMethod]
    public void One_bad_file_fails_the_run_but_the_good_ones_are_written()
    {
        using var temp = new TempFolder();
        string output = temp.File("out");
        string bad = temp.File("empty.txt");
        File.WriteAllText(bad, string.Empty);
        ToolRun run = ToolRun.Invoke("import", RepoPaths.Seed("002"), bad, "-o", output);
        Assert.AreEqual(1, run.ExitCode, run.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(output, "E_RES_2005_17.yaml")), run.ToString());
        StringAssert.Contains(run.Output, "Imported 1, failed 1, warnings 0.");
    }

    [TestMethod]
    public void Existing_output_is_not_overwritten_without_force()
    {
        using var temp = new TempFolder();
        string target = temp.File("A_RES_79_284.yaml");
        File.WriteAllText(target, "keep me\n");
        ToolRun refused = ToolRun.Invoke("import", RepoPaths.Seed("000"), "-o", temp.Path);
        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Error, "error RC3030");
        StringAssert.Contains(refused.Error, "--force");
        Assert.AreEqual("keep me\n", File.ReadAllText(target));
        Assert.AreEqual(1, Directory.GetFiles(temp.Path).Length, "no temporary file left behind");

        ToolRun forced = ToolRun.Invoke("import", RepoPaths.Seed("000"), "-o", temp.Path, "--force");
        Assert.AreEqual(0, forced.ExitCode, forced.ToString());
        StringAssert.StartsWith(File.ReadAllText(target), "# A/RES/79/284, imported from 000_76ff061e215521f3.txt by resolution-corpus.\nschema: 1\n");
        Assert.AreEqual(1, Directory.GetFiles(temp.Path).Length, "no temporary file left behind");
    }

    [TestMethod]
    public void Import_writes_one_file_per_resolution_and_sums_up()
    {
        using var temp = new TempFolder();
        string[] seeds = ["000", "001", "002", "004"];
        ToolRun run = ToolRun.Invoke(["import", .. seeds.Select(RepoPaths.Seed), "--output", temp.Path]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        CollectionAssert.AreEquivalent(
            new[] { "A_RES_79_284.yaml", "A_RES_67_83.yaml", "E_RES_2005_17.yaml", "E_RES_2004_33.yaml" },
            Directory.GetFiles(temp.Path).Select(Path.GetFileName).ToArray());
        StringAssert.Contains(run.Output, "Imported 4, failed 0, warnings 0.");
        Assert.AreEqual(string.Empty, run.Error);
        Assert.DoesNotContain("\r", run.Output, "no progress drawing when the output is not a terminal");
    }

    [TestMethod]
    public void Same_resolution_twice_in_one_run_is_an_error()
    {
        using var temp = new TempFolder();
        string copy = temp.File("copy.txt");
        File.Copy(RepoPaths.Seed("004"), copy);
        string output = temp.File("out");
        ToolRun run = ToolRun.Invoke("import", RepoPaths.Seed("004"), copy, "-o", output);
        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, copy + ": error RC3032");
    }

    internal static ToolRun AssertRefused(TempFolder temp, string input, string id)
    {
        string output = temp.File("out");
        ToolRun run = ToolRun.Invoke("import", input, "-o", output);
        Assert.AreNotEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, input, "the message names the file");
        StringAssert.Contains(run.Error, "error " + id + ":", run.ToString());
        Assert.IsFalse(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "nothing may be written");
        StringAssert.Contains(run.Output, "Imported 0, failed 1");
        return run;
    }
}
