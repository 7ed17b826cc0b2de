using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests.Hardening;

/// <summary>The same files give the same bytes: in any order, run after run, in any culture.</summary>
[TestClass]
public sealed class DeterminismTests
{
    private static readonly (string Path, string Yaml)[] s_files =
    [
        ("/corpus/a.yaml", SampleYaml.Full),
        ("/corpus/b.yaml", SampleYaml.Minimal()),
        ("/corpus/c.yaml", SampleYaml.Minimal("S/RES/2504 (2020)", "SecurityCouncil", 2020)),
        ("/corpus/d.yaml", SampleYaml.Minimal("2200 A (XXI)", "GeneralAssembly", 21)),
    ];

    [TestMethod]
    public void Shuffled_file_order_and_other_cultures_give_identical_bytes()
    {
        string baseline = Generate(s_files);
        Assert.AreEqual(baseline, Generate(s_files), "a second run differs");
        Assert.AreEqual(baseline, Generate([.. s_files.Reverse()]), "file order changed the output");
        Assert.AreEqual(baseline, Generate([s_files[2], s_files[0], s_files[3], s_files[1]]), "file order changed the output");
        foreach (string culture in new[] { "tr-TR", "fi-FI", "ar-SA" })
        {
            CultureInfo previous = CultureInfo.CurrentCulture;
            CultureInfo previousUi = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.AreEqual(baseline, Generate(s_files), $"culture {culture} changed the output");
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
                CultureInfo.CurrentUICulture = previousUi;
            }
        }
    }

    /// <summary>Every generated file, ordered by name, with its name: the whole output as one string.</summary>
    private static string Generate((string Path, string Yaml)[] files)
    {
        var (run, _) = Compiler.Run(files);
        Assert.IsEmpty(run.Diagnostics);
        return string.Join("\n//----\n", run.Results[0].GeneratedSources
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
            .Select(s => s.HintName + "\n" + s.SourceText));
    }
}
