using System.IO;
using System.Linq;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// Files as they arrive from many hands: a byte-order mark and Windows line ends import the same; a huge or
/// truncated text gets a clear message with the line where there is one, and nothing is written.
/// </summary>
[TestClass]
public sealed class HostileFileTests
{
    [TestMethod]
    public void A_byte_order_mark_and_CRLF_line_ends_import_the_same_yaml()
    {
        using var temp = new TempFolder();
        string seed = RepoPaths.Seed("004");
        string input = temp.File("004_windows.txt");
        byte[] crlf = Encoding.UTF8.GetBytes(File.ReadAllText(seed).Replace("\n", "\r\n"));
        File.WriteAllBytes(input, [0xEF, 0xBB, 0xBF, .. crlf]);

        ToolRun run = ToolRun.Invoke("import", input, "-o", temp.File("out"));
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(
            Content(Path.Combine(RepoPaths.Resolutions, "E_RES_2004_33.yaml")),
            Content(temp.File("out/E_RES_2004_33.yaml")));
    }

    [TestMethod]
    public void A_text_truncated_mid_paragraph_is_refused_with_a_line()
    {
        using var temp = new TempFolder();
        string input = temp.File("truncated.txt");
        File.WriteAllText(input, File.ReadAllText(RepoPaths.Seed("004"))[..5000]);

        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3008");
        StringAssert.Matches(run.Error, new System.Text.RegularExpressions.Regex(@"truncated\.txt\(\d+,\d+\): error RC3008"));
    }

    [TestMethod]
    public void A_huge_file_is_refused_before_it_is_read()
    {
        using var temp = new TempFolder();
        string input = temp.File("huge.txt");
        using (var stream = File.Create(input))
        {
            stream.SetLength(80L * 1024 * 1024); // beyond the 64 MB a document (a PDF included) may have
        }

        ToolRun run = BadInputTests.AssertRefused(temp, input, "RC3001");
        StringAssert.Contains(run.Error, "bytes");
    }

    // The comment and the source path say where the file was written; the rest must be identical.
    private static string[] Content(string path) =>
        [.. File.ReadAllLines(path).Where(l => !l.StartsWith('#') && !l.StartsWith("source:", System.StringComparison.Ordinal))];
}
