using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Import.Model;
using ResolutionCorpus.Tool.Yaml;
using YamlDotNet.RepresentationModel;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>What the writer writes, a YAML parser reads back as exactly the same strings.</summary>
[TestClass]
public sealed class YamlRoundTripTests
{
    [TestMethod]
    [DataRow("000")]
    [DataRow("001")]
    [DataRow("002")]
    [DataRow("004")]
    public void Seed_YAML_parses_back_to_the_imported_values(string seed)
    {
        ImportedResolution resolution = CorpusRegenerationTests.ImportSeed(seed, out _);
        YamlMappingNode root = Parse(ResolutionYamlWriter.Write(resolution, "x.txt"));

        string[] expectedKeys = new[] { "schema", "symbol", "body", "session", "title", "adopted", "meeting", "agendaItem", "draft", "source", "notes", "preamble", "operative", "footnotes" }
            .Where(k => root.Children.ContainsKey(new YamlScalarNode(k))).ToArray();
        CollectionAssert.AreEqual(expectedKeys, root.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToArray(), "keys in the contract's order");

        Assert.AreEqual("1", Scalar(root, "schema"));
        Assert.AreEqual(resolution.Symbol, Scalar(root, "symbol"));
        Assert.AreEqual(resolution.Body.ToString(), Scalar(root, "body"));
        Assert.AreEqual(resolution.Title, Scalar(root, "title"));
        Assert.AreEqual(resolution.Adopted!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Scalar(root, "adopted"));

        var preamble = Sequence(root, "preamble");
        Assert.HasCount(resolution.Main.Preamble.Count, preamble);
        for (int i = 0; i < preamble.Count; i++)
        {
            Assert.AreEqual(resolution.Main.Preamble[i].Text, Scalar(preamble[i], "text"));
            Assert.AreEqual(resolution.Main.Preamble[i].Phrase, Scalar(preamble[i], "phrase"));
        }

        var operative = Sequence(root, "operative");
        Assert.HasCount(resolution.Main.Operative.Count, operative);
        for (int i = 0; i < operative.Count; i++)
        {
            Assert.AreEqual((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(operative[i], "number"));
            Assert.AreEqual(resolution.Main.Operative[i].Text, Scalar(operative[i], "text"));
        }

        var footnotes = Sequence(root, "footnotes");
        Assert.HasCount(resolution.Footnotes.Count, footnotes);
        for (int i = 0; i < footnotes.Count; i++)
        {
            Assert.AreEqual(resolution.Footnotes[i].Marker, Scalar(footnotes[i], "marker"));
            Assert.AreEqual(YamlDotNet.Core.ScalarStyle.DoubleQuoted, ScalarStyle(footnotes[i], "marker"), "markers are quoted");
            Assert.AreEqual(resolution.Footnotes[i].Text, Scalar(footnotes[i], "text"));
        }
    }

    [TestMethod]
    [DataRow("plain")]
    [DataRow("a: b # not a comment")]
    [DataRow("\"quoted\" and 'single' and \\backslash\\")]
    [DataRow("* starts with a star, [^1] & {braces} | pipe > gt % pct @ at ` tick")]
    [DataRow("tab\there, line\u2028separator, paragraph\u2029separator, next\u0085line, nbsp\u00A0here")]
    [DataRow("control \u0001\u001F\u007F\u0080\u009F bom \uFEFF end")]
    [DataRow("astral 𝄞 emoji 😀, accents é ü, Arabic العربية, Chinese 中文")]
    [DataRow("  leading and trailing spaces  ")]
    [DataRow("")]
    [DataRow("null")]
    [DataRow("- dash")]
    [DataRow("2025-04-16")]
    public void Tricky_strings_round_trip(string value)
    {
        var yaml = new YamlWriter();
        yaml.String("text", value);
        YamlMappingNode root = Parse(yaml.ToString());
        Assert.AreEqual(value, Scalar(root, "text"));
    }

    private static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string? Scalar(YamlNode node, string key)
    {
        var mapping = (YamlMappingNode)node;
        return mapping.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? ((YamlScalarNode)value).Value : null;
    }

    private static YamlDotNet.Core.ScalarStyle ScalarStyle(YamlNode node, string key) =>
        ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)]).Style;

    private static IList<YamlNode> Sequence(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) ? ((YamlSequenceNode)node).Children : Array.Empty<YamlNode>();
}
