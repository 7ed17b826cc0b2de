using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Import.Model;
using ResolutionCorpus.Tool.Yaml;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>The committed YAML files are exactly what the importer makes of the committed sources.</summary>
[TestClass]
public sealed class CorpusRegenerationTests
{
    [TestMethod]
    [DataRow("000", "A_RES_79_284.yaml")]
    [DataRow("001", "A_RES_67_83.yaml")]
    [DataRow("002", "E_RES_2005_17.yaml")]
    [DataRow("004", "E_RES_2004_33.yaml")]
    public void Regenerating_from_sources_gives_the_committed_file(string seed, string yamlName)
    {
        string committedPath = Path.Combine(RepoPaths.Resolutions, yamlName);
        Assert.IsTrue(File.Exists(committedPath), $"{committedPath} is missing");

        string generated = Generate(seed, out string name);
        Assert.AreEqual(yamlName, name);

        byte[] committed = File.ReadAllBytes(committedPath);
        Assert.AreEqual(ResolutionYamlWriter.Encode(generated).Length, committed.Length, "length differs from the committed file");
        CollectionAssert.AreEqual(committed, ResolutionYamlWriter.Encode(generated),
            $"{yamlName} differs from what the importer makes of the source; run 'resolution-corpus import corpus/sources/*.txt -o corpus/resolutions --force'");
    }

    [TestMethod]
    [DataRow("000")]
    [DataRow("001")]
    [DataRow("002")]
    [DataRow("004")]
    public void Output_is_the_same_whatever_the_culture(string seed)
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string invariant = Generate(seed, out _);
            foreach (string culture in new[] { "tr-TR", "ar-SA", "de-DE", "th-TH" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.AreEqual(invariant, Generate(seed, out _), $"output differs under {culture}");
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = original;
        }
    }

    [TestMethod]
    public void Files_are_UTF8_without_BOM_with_LF_endings_and_a_final_newline()
    {
        string[] files = Directory.GetFiles(RepoPaths.Resolutions, "*.yaml")
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .ToArray();
        Assert.IsGreaterThanOrEqualTo(4, files.Length);
        foreach (string file in files.Where(f => Path.GetFileName(f) is "A_RES_79_284.yaml" or "A_RES_67_83.yaml" or "E_RES_2005_17.yaml" or "E_RES_2004_33.yaml"))
        {
            byte[] bytes = File.ReadAllBytes(file);
            Assert.IsFalse(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{file} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes, $"{file} has a CR");
            Assert.AreEqual((byte)'\n', bytes[^1], $"{file} does not end with a newline");
            string text = File.ReadAllText(file);
            string[] lines = text.Split('\n');
            StringAssert.StartsWith(lines[0], "# ");
            Assert.AreEqual("schema: 1", lines[1], $"{file}: 'schema: 1' must come first");
        }
    }

    [TestMethod]
    public void Importing_twice_gives_the_same_bytes()
    {
        string first = Generate("000", out _);
        string second = Generate("000", out _);
        Assert.AreEqual(first, second);
        Assert.IsGreaterThan(1000, first.Length);
    }

    /// <summary>Imports a seed as the corpus does: from corpus/sources into corpus/resolutions, without writing.</summary>
    internal static string Generate(string seed, out string fileName)
    {
        string source = RepoPaths.Seed(seed);
        ImportResult result = ResolutionImporter.ImportFile(source, RepoPaths.Resolutions);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.IsNotNull(result.Resolution);
        fileName = ResolutionYamlWriter.FileName(result.Resolution.Symbol);
        return ResolutionYamlWriter.Write(result.Resolution, Path.GetFileName(source));
    }

    internal static ImportedResolution ImportSeed(string seed, out ImportResult result)
    {
        result = ResolutionImporter.ImportFile(RepoPaths.Seed(seed), RepoPaths.Resolutions);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.IsNotNull(result.Resolution);
        return result.Resolution;
    }
}
