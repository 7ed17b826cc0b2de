using System.Linq;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests.Hardening;

/// <summary>Inputs built to exhaust time, memory or stack get a diagnostic, never a hang or a crash.</summary>
[TestClass]
public sealed class LimitTests
{
    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public void An_alias_bomb_is_refused_at_its_first_alias()
    {
        var yaml = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (char name = 'b'; name <= 'j'; name++)
        {
            string previous = ((char)(name - 1)).ToString();
            yaml.Append(name).Append(": &").Append(name).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        Assert.AreEqual("RC1017@2:8", string.Join(" ", Parsing.Located(yaml.ToString())));
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void A_fifty_megabyte_file_is_refused_by_size()
    {
        string yaml = SampleYaml.Full + "# " + new string('x', 50 * 1024 * 1024) + "\n";
        Assert.AreEqual("RC1018@1:1", string.Join(" ", Parsing.Located(yaml)));
    }

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    [DataRow("[", "]")]
    [DataRow("{a: ", "}")]
    [DataRow("- ", "")]
    public void Nesting_ten_thousand_deep_is_refused(string open, string close)
    {
        string deep = string.Concat(Enumerable.Repeat(open, 10_000)) + "x" + string.Concat(Enumerable.Repeat(close, 10_000));
        string yaml = SampleYaml.Full.Replace("notes:\n", "notes:\n  - " + deep + "\n");
        var diagnostics = Parsing.Parse(yaml).Diagnostics;
        Assert.IsTrue(diagnostics.Any(d => d.Descriptor.Id is "RC1017" or "RC1001"), string.Join("\n", diagnostics));
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void A_hundred_thousand_paragraphs_are_refused()
    {
        var yaml = new StringBuilder(SampleYaml.Minimal().Replace("operative:\n", "operative: # many\n"));
        yaml.Length = yaml.ToString().IndexOf("operative:", System.StringComparison.Ordinal);
        yaml.Append("operative:\n");
        for (int i = 1; i <= 100_000; i++)
        {
            yaml.Append("  - number: ").Append(i).Append("\n    text: Decides.\n");
        }

        var (run, _) = Compiler.Run(("/corpus/huge.yaml", yaml.ToString()));
        Assert.AreEqual("RC1018", run.Diagnostics.Single().Id);
        Assert.IsEmpty(run.Results[0].GeneratedSources);
    }
}
