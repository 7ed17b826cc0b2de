using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

[assembly: Parallelize(Workers = 2, Scope = ExecutionScope.MethodLevel)]

namespace ResolutionCorpus.Packaging.Tests;

/// <summary>
/// Projects that know nothing of this repository install the packed packages from a local feed and work.
/// Slow (each builds a project): they carry the category "Packaging", so a quick run can leave them out
/// with <c>dotnet test -- --filter "TestCategory!=Packaging"</c>.
/// </summary>
[TestClass]
[TestCategory("Packaging")]
public sealed class ConsumerTests
{
    private const string ReadParagraph = """
        using ResolutionCorpus.Resolutions;

        using ResolutionCorpus;

        Console.WriteLine(E_RES_2004_33.Operative.P8.Citation);
        Console.WriteLine(Corpus.Find("E/RES/2004/33")!.Operative[7].Text);
        // One paragraph of each organ of the record, each from its own part of the package.
        Console.WriteLine(S_RES_2334_2016.Operative.P2.Citation + ": " + S_RES_2334_2016.Operative.P2.Text);
        Console.WriteLine(A_HRC_RES_58_1.Operative.P1.Citation + ": " + A_HRC_RES_58_1.Operative.P1.Text);
        Console.WriteLine(E_RES_2024_1.Operative.P1.Citation + ": " + E_RES_2024_1.Operative.P1.Text);
        Console.WriteLine(A_RES_80_1.Operative.P1.Citation + ": " + Corpus.Resolve(A_RES_80_1.Operative.P1.Citation).Paragraph!.Text);
        Console.WriteLine(Corpus.Symbols.Count);
        """;

    private const string CitesEveryOrgan = """
        using ResolutionCorpus;

        Mandate.Report();

        static class Mandate
        {
            [Cites("S/RES/2334 (2016), para. 2")]
            [Cites("A/HRC/RES/58/1, para. 1")]
            [Cites("E/RES/2024/1, para. 1")]
            [Cites("A/RES/80/1, para. 1")]
            [Cites("A/RES/80/1, para. 999")]
            public static void Report() { }
        }
        """;

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task A_console_app_references_the_corpus_and_reads_a_paragraph()
    {
        using var consumer = await ConsumerProject.CreateAsync("ReadsCorpus", """<PackageReference Include="ResolutionCorpus" Version="$(Version)" />""");
        consumer.Write("Program.cs", ReadParagraph);

        var build = await consumer.BuildAsync();
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        var run = await consumer.RunAsync();
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.Output, "E/RES/2004/33, para. 8");
        StringAssert.Contains(run.Output, "Requests the Secretary-General to enhance further the resources");
        StringAssert.Contains(run.Output, "S/RES/2334 (2016), para. 2: Reiterates its demand that Israel immediately and completely cease all settlement activities");
        StringAssert.Contains(run.Output, "A/HRC/RES/58/1, para. 1: Welcomes and expresses its appreciation to the Government of South Sudan");
        StringAssert.Contains(run.Output, "E/RES/2024/1, para. 1: Decides on the following working arrangements for the 2024 session");
        StringAssert.Contains(run.Output, "A/RES/80/1, para. 1: Decides, without setting a precedent for future general debates");
    }

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task Citations_of_every_organ_build_and_a_missing_one_fails_saying_what_exists()
    {
        using var consumer = await ConsumerProject.CreateAsync("CitesRecord", """<PackageReference Include="ResolutionCorpus" Version="$(Version)" />""");
        consumer.Write("Program.cs", CitesEveryOrgan);

        var build = await consumer.BuildAsync();
        Assert.AreNotEqual(0, build.ExitCode, build.ToString());
        StringAssert.Contains(build.Output, "Program.cs(11,12): error RC2003: A/RES/80/1, para. 999 does not exist: A/RES/80/1 has", build.ToString());
        Assert.AreEqual(1, build.Output.Split('\n').Where(line => line.Contains("error RC", System.StringComparison.Ordinal)).Select(line => line.Trim()).Distinct().Count(), "only the missing paragraph is reported:\n" + build);
    }

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task Citing_a_paragraph_that_does_not_exist_fails_the_build()
    {
        using var consumer = await ConsumerProject.CreateAsync("CitesMissing", """<PackageReference Include="ResolutionCorpus" Version="$(Version)" />""");
        consumer.Write("Program.cs", """
            using ResolutionCorpus;

            Mandate.Report();

            static class Mandate
            {
                [Cites("E/RES/2004/33, para. 8")]
                [Cites("E/RES/2004/33, para. 12")]
                public static void Report() { }
            }
            """);

        var build = await consumer.BuildAsync();
        Assert.AreNotEqual(0, build.ExitCode, build.ToString());
        StringAssert.Contains(build.Output, "Program.cs(8,12): error RC2003: E/RES/2004/33, para. 12 does not exist: E/RES/2004/33 has 9 operative paragraphs", build.ToString());
        Assert.IsFalse(build.Output.Contains("Program.cs(7,", System.StringComparison.Ordinal), "the valid citation is not reported");
    }

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task A_project_with_its_own_files_gets_typed_classes_and_diagnostics()
    {
        using var consumer = await ConsumerProject.CreateAsync(
            "OwnFiles",
            """<PackageReference Include="ResolutionCorpus.Generator" Version="$(Version)" />""",
            "<ResolutionCorpusNamespace>Team.Resolutions</ResolutionCorpusNamespace><TreatWarningsAsErrors>false</TreatWarningsAsErrors>");
        consumer.Write("resolutions/first.yaml", Resolution("E/RES/2099/1", "Decides to test the generator package."));
        consumer.Write("resolutions/second.yaml", Resolution("E/RES/2099/2", "Requests a second file.") + "colour: blue\n");
        consumer.Write("Program.cs", """
            using Team.Resolutions;

            Console.WriteLine(E_RES_2099_1.Operative.P1.Text);
            Console.WriteLine(E_RES_2099_2.Operative.P1.Citation);
            Console.WriteLine(string.Join(",", Corpus.Symbols));
            """);

        var build = await consumer.BuildAsync();
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        StringAssert.Contains(build.Output, "second.yaml(17,1): warning RC1004: Unknown field 'colour'", build.ToString());
        var run = await consumer.RunAsync();
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Decides to test the generator package.");
        StringAssert.Contains(run.Output, "E/RES/2099/2, para. 1");
        StringAssert.Contains(run.Output, "E/RES/2099/1,E/RES/2099/2");
    }

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task With_the_default_files_turned_off_only_the_projects_own_additional_files_are_read()
    {
        using var consumer = await ConsumerProject.CreateAsync(
            "OwnItems",
            """<PackageReference Include="ResolutionCorpus.Generator" Version="$(Version)" />""",
            "<EnableResolutionCorpusFiles>false</EnableResolutionCorpusFiles>");
        consumer.Write("resolutions/left-out.yaml", Resolution("E/RES/2099/1", "Is not read."));
        consumer.Write("data/chosen.yml", Resolution("E/RES/2099/2", "Is read, as a .yml file named in the project."));
        consumer.Write("Directory.Build.targets", """
            <Project>
              <ItemGroup>
                <AdditionalFiles Include="data/chosen.yml" />
              </ItemGroup>
            </Project>
            """);
        consumer.Write("Program.cs", """
            using ResolutionCorpus.Resolutions;

            Console.WriteLine(string.Join(",", Corpus.Symbols));
            Console.WriteLine(E_RES_2099_2.Operative.P1.Text);
            """);

        var build = await consumer.BuildAsync();
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        var run = await consumer.RunAsync();
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Is read, as a .yml file named in the project.", run.ToString());
        Assert.IsTrue(run.Output.Contains("E/RES/2099/2", System.StringComparison.Ordinal) && !run.Output.Contains("E/RES/2099/1", System.StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task A_broken_resolution_file_fails_the_build_with_its_location()
    {
        using var consumer = await ConsumerProject.CreateAsync("BrokenFile", """<PackageReference Include="ResolutionCorpus.Generator" Version="$(Version)" />""");
        consumer.Write("resolutions/broken.yaml", Resolution("E/RES/2099/1", "Decides.").Replace("number: 1", "number: 2"));
        consumer.Write("Program.cs", "Console.WriteLine();");

        var build = await consumer.BuildAsync();
        Assert.AreNotEqual(0, build.ExitCode, build.ToString());
        StringAssert.Contains(build.Output, "broken.yaml(13,13): error RC1006: Operative paragraph numbered 2 where 1 was expected", build.ToString());
    }

    /// <summary>A small resolution file of a team's own (test data, not a real resolution).</summary>
    private static string Resolution(string symbol, string text) => $"""
        # Test data for the generator package; not a United Nations text.
        schema: 1
        symbol: {symbol}
        body: EconomicAndSocialCouncil
        session: 2099
        title: Example resolution for package tests
        adopted: 2099-07-01
        meeting: 1st plenary meeting
        preamble:
          - phrase: Recalling
            text: Recalling its earlier examples,
        operative:
          - number: 1
            phrase: Decides
            text: {text}
        footnotes: []

        """;
}
