using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Import.Model;
using ResolutionCorpus.Tool.Terminal;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>A marker or footnote that cannot be matched is a warning with its line, and nothing is dropped.</summary>
[TestClass]
public sealed class FootnoteWarningTests
{
    private const string MarkdownResolution =
        "12/34. Test resolution\n" +
        "\n" +
        "The General Assembly,\n" +
        "\n" +
        "*Recalling* its resolution 1/1,¹\n" +
        "\n" +
        "1. *Decides* to act,³ and to continue\n" +
        "\n" +
        "¹ Resolution 1/1.\n" +
        "\n" +
        "² Never referenced.\n" +
        "\n" +
        "its work;\n" +
        "\n" +
        "2. *Also decides* to remain seized of the matter.\n" +
        "\n" +
        "*5th plenary meeting\n" +
        "1 May 2000*\n";

    [TestMethod]
    public void Unmatched_marker_and_unreferenced_footnote_are_warnings_with_their_lines()
    {
        ImportResult result = ResolutionImporter.Import("test.txt", MarkdownResolution, null);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        ImportedResolution resolution = result.Resolution!;

        string[] messages = result.Diagnostics.Select(d => d.ToString()).ToArray();
        Assert.HasCount(2, messages, string.Join("\n", messages));
        Assert.IsTrue(messages.Any(m => m.StartsWith("test.txt(7,", System.StringComparison.Ordinal) && m.Contains("warning RC3010", System.StringComparison.Ordinal)), string.Join("\n", messages));
        Assert.IsTrue(messages.Any(m => m.StartsWith("test.txt(11,1): warning RC3011", System.StringComparison.Ordinal)), string.Join("\n", messages));

        // Kept, not dropped: the stray marker stays as an anchor, the orphan footnote stays in the list.
        Assert.AreEqual("Decides to act,[^3] and to continue its work;", resolution.Main.Operative[0].Text);
        Assert.AreEqual("Recalling its resolution 1/1,[^1]", resolution.Main.Preamble[0].Text);
        CollectionAssert.AreEqual(new[] { "1", "2" }, resolution.Footnotes.Select(f => f.Marker).ToArray());
        Assert.AreEqual("Also decides", resolution.Main.Operative[1].Phrase);
        Assert.AreEqual(new System.DateOnly(2000, 5, 1), resolution.Adopted);
    }

    [TestMethod]
    public void Plain_text_binds_only_listed_markers_and_reports_missing_ones()
    {
        string text =
            "56/78.\tTest resolution\n" +
            "\tThe General Assembly,\n" +
            "\tNoting the 47 States parties to the Convention,1 \n" +
            "\t1.\tWelcomes the Strategy2 for 2006-2015, adopted by 800 million people,3 and\n" +
            "the Plan;\n" +
            "\t2.\tDecides to remain seized of the matter.\n" +
            "\n" +
            "9th plenary meeting\n" +
            "2 June 2001\n" +
            "1 Resolution 1/1.\n" +
            "2 Resolution 2/2.\n";
        ImportResult result = ResolutionImporter.Import("plain.txt", text, null);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        ImportedResolution resolution = result.Resolution!;
        Assert.AreEqual("Noting the 47 States parties to the Convention,[^1]", resolution.Main.Preamble[0].Text);
        Assert.AreEqual("Welcomes the Strategy[^2] for 2006-2015, adopted by 800 million people,3 and the Plan;", resolution.Main.Operative[0].Text);
        ImportDiagnostic warning = result.Diagnostics.Single();
        Assert.AreEqual("RC3010", warning.Id);
        Assert.AreEqual(4, warning.Line);
    }

    [TestMethod]
    public void A_marker_set_apart_after_a_word_binds_only_before_a_later_footnotes_marker_and_an_anchor_is_its_own_marker()
    {
        // "Programme of Action 9 and" is marker 9: it stands before marker 10. "Article 2 of" numbers an article, and the
        // "3 and" after the last marker has no later marker to place it, so both stay wording and footnote 3 is reported.
        string text =
            "56/78.\tTest resolution\n" +
            "\tThe General Assembly,\n" +
            "\tRecalling Article 2 of the Charter and the Programme of Action 1 and the Agenda[^2] as a whole,\n" +
            "\t1.\tWelcomes the Plan of Work 3 and the Strategy;\n" +
            "\t2.\tDecides to remain seized of the matter.\n" +
            "\n" +
            "9th plenary meeting\n" +
            "2 June 2001\n" +
            "1 Resolution 1/1.\n" +
            "2 Resolution 2/2.\n" +
            "3 Resolution 3/3.\n";
        ImportResult result = ResolutionImporter.Import("apart.txt", text, null);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        ImportedResolution resolution = result.Resolution!;
        Assert.AreEqual("Recalling Article 2 of the Charter and the Programme of Action[^1] and the Agenda[^2] as a whole,", resolution.Main.Preamble[0].Text);
        Assert.AreEqual("Welcomes the Plan of Work 3 and the Strategy;", resolution.Main.Operative[0].Text);
        ImportDiagnostic warning = result.Diagnostics.Single();
        Assert.AreEqual("RC3011", warning.Id);
        Assert.AreEqual(11, warning.Line);
    }

    [TestMethod]
    public void Progress_is_drawn_only_on_a_terminal_and_for_many_files()
    {
        var terminal = new StringWriter();
        var progress = new ProgressReporter(terminal, 10, isTerminal: true);
        Assert.IsTrue(progress.Enabled);
        progress.Report(0, "a.txt");
        progress.Clear();
        StringAssert.Contains(terminal.ToString(), "[1/10] importing a.txt");

        var redirected = new StringWriter();
        var silent = new ProgressReporter(redirected, 10, isTerminal: false);
        silent.Report(0, "a.txt");
        silent.Clear();
        Assert.IsFalse(silent.Enabled);
        Assert.AreEqual(string.Empty, redirected.ToString());
        Assert.IsFalse(new ProgressReporter(redirected, 1, isTerminal: true).Enabled);
    }
}
