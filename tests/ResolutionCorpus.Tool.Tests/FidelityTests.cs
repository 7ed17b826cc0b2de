using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using YamlDotNet.RepresentationModel;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// No word lost, added, duplicated or reordered. The source is read here on its own terms (a small debris
/// filter, not the importer's segmentation), from the enacting formula to the last footnote (or the meeting line, when that comes later), and split into two
/// streams in source order: footnote lines, and everything else. The committed YAML is read with a YAML parser
/// and rendered the same way: paragraphs in order (operative numbers as <c>1.</c>, anchors written back as the
/// source wrote markers: <c>¹</c> or a glued <c>1</c>), and footnotes in order (marker, then text). Each stream
/// must match word for word. Comparing the streams separately is the honest ordering: a footnote printed in the
/// middle of a paragraph belongs to the footnote list, not to the paragraph.
/// </summary>
[TestClass]
public sealed partial class FidelityTests
{
    [TestMethod]
    [DataRow("000", "A_RES_79_284.yaml")]
    [DataRow("001", "A_RES_67_83.yaml")]
    [DataRow("002", "E_RES_2005_17.yaml")]
    [DataRow("004", "E_RES_2004_33.yaml")]
    public void YAML_has_exactly_the_words_of_the_source(string seed, string yamlName)
    {
        string[] lines = File.ReadAllLines(RepoPaths.Seed(seed));
        bool superscripts = lines.Any(l => l.Length > 0 && Superscript().IsMatch(l[..1]));
        (List<string> sourceBody, List<string> sourceNotes) = SourceStreams(lines, superscripts);

        YamlMappingNode root = LoadYaml(Path.Combine(RepoPaths.Resolutions, yamlName));
        (List<string> yamlBody, List<string> yamlNotes) = YamlStreams(root, superscripts);

        AssertSameWords(sourceBody, yamlBody, "paragraphs");
        AssertSameWords(sourceNotes, yamlNotes, "footnotes");
        Assert.IsGreaterThan(500, sourceBody.Count, "the comparison covered the document");
    }

    [TestMethod]
    public void The_comparison_catches_a_lost_word()
    {
        string[] lines = File.ReadAllLines(RepoPaths.Seed("004"));
        (List<string> body, _) = SourceStreams(lines, superscripts: true);
        List<string> damaged = [.. body];
        damaged.RemoveAt(100);
        Assert.Throws<AssertFailedException>(() => AssertSameWords(body, damaged, "paragraphs"));
        List<string> swapped = [.. body];
        (swapped[10], swapped[11]) = (swapped[11], swapped[10]);
        Assert.Throws<AssertFailedException>(() => AssertSameWords(body, swapped, "paragraphs"));
    }

    private static (List<string> Body, List<string> Notes) SourceStreams(string[] lines, bool superscripts)
    {
        int start = Array.FindIndex(lines, l => Formula().IsMatch(l.Replace("*", string.Empty, StringComparison.Ordinal).Trim()));
        Assert.IsGreaterThanOrEqualTo(0, start, "no enacting formula");
        int meeting = Array.FindIndex(lines, start, l => l.Contains("plenary meeting", StringComparison.Ordinal));
        // To the last footnote, or to the meeting line when the last footnote is printed before the end (000).
        int lastFootnote = Enumerable.Range(start, lines.Length - start).Last(i => IsFootnoteLine(lines[i], superscripts, meeting >= 0 && i > meeting));
        int end = Math.Max(lastFootnote, meeting);

        var body = new List<string>();
        var notes = new List<string>();
        for (int i = start + 1; i <= end; i++)
        {
            string line = lines[i].Trim();
            if (IsDebris(line))
            {
                continue;
            }

            (IsFootnoteLine(lines[i], superscripts, meeting >= 0 && i > meeting) ? notes : body).AddRange(Words(line));
        }

        return (body, notes);
    }

    private static bool IsFootnoteLine(string line, bool superscripts, bool afterEnd)
    {
        string text = line.Trim();
        if (superscripts)
        {
            return text.Length > 1 && Superscript().IsMatch(text[..1]);
        }

        return afterEnd && PlainFootnote().IsMatch(text) && !DateLine().IsMatch(text);
    }

    // Lines that are print or metadata, never paragraph wording.
    private static bool IsDebris(string line)
    {
        string bare = line.Trim('*', ' ', '\t');
        return bare.Length == 0
            || bare.StartsWith("[DU", StringComparison.Ordinal)
            || bare.Contains("<<ODS", StringComparison.Ordinal)
            || Regex.IsMatch(bare, @"^[_\-]{3,}$")
            || Regex.IsMatch(bare, @"^\d+(/\d+)?$")
            || bare.Contains("plenary meeting", StringComparison.Ordinal)
            || DateLine().IsMatch(bare)
            || line.StartsWith("* ", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Words(string line)
    {
        string text = Regex.Replace(line, @"\[((?:\\.|[^\[\]\\])*)\]\(#\)", "$1");
        text = Regex.Replace(text, @"\\([()\[\]*])", "$1").Replace("*", string.Empty, StringComparison.Ordinal);
        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    private static (List<string> Body, List<string> Notes) YamlStreams(YamlMappingNode root, bool superscripts)
    {
        string Render(string text) => Regex.Replace(text, @"\[\^(\d+)\]", m => superscripts ? ToSuperscript(m.Groups[1].Value) : m.Groups[1].Value);

        var body = new List<string>();
        foreach (YamlMappingNode paragraph in Items(root, "preamble"))
        {
            body.AddRange(Words(Render(Text(paragraph, "text"))));
        }

        foreach (YamlMappingNode paragraph in Items(root, "operative"))
        {
            body.Add(Text(paragraph, "number") + ".");
            body.AddRange(Words(Render(Text(paragraph, "text"))));
            if (paragraph.Children.TryGetValue(new YamlScalarNode("subparagraphs"), out YamlNode? subs))
            {
                foreach (YamlMappingNode sub in ((YamlSequenceNode)subs).Children.Cast<YamlMappingNode>())
                {
                    body.Add("(" + Text(sub, "label") + ")");
                    body.AddRange(Words(Render(Text(sub, "text"))));
                }
            }
        }

        var notes = new List<string>();
        foreach (YamlMappingNode footnote in Items(root, "footnotes"))
        {
            string marker = Text(footnote, "marker");
            notes.Add(superscripts ? ToSuperscript(marker) : marker);
            notes.AddRange(Words(Text(footnote, "text")));
        }

        return (body, notes);
    }

    internal static YamlMappingNode LoadYaml(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path, Encoding.UTF8);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    internal static IEnumerable<YamlMappingNode> Items(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node)
            ? ((YamlSequenceNode)node).Children.Cast<YamlMappingNode>()
            : [];

    internal static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static string ToSuperscript(string digits) =>
        string.Concat(digits.Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']));

    /// <summary>Fails with a word-level diff: where the streams part, what each side has there.</summary>
    private static void AssertSameWords(List<string> source, List<string> yaml, string what)
    {
        if (source.SequenceEqual(yaml, StringComparer.Ordinal))
        {
            return;
        }

        int first = 0;
        while (first < source.Count && first < yaml.Count && source[first] == yaml[first])
        {
            first++;
        }

        var message = new StringBuilder();
        message.AppendLine(CultureInfo.InvariantCulture, $"The {what} differ from the source at word {first} (source has {source.Count} words, YAML {yaml.Count}).");
        message.AppendLine("Source: … " + string.Join(' ', source.Skip(Math.Max(0, first - 8)).Take(30)));
        message.AppendLine("YAML:   … " + string.Join(' ', yaml.Skip(Math.Max(0, first - 8)).Take(30)));
        foreach (string line in WordDiff(source, yaml).Take(40))
        {
            message.AppendLine(line);
        }

        Assert.Fail(message.ToString());
    }

    // A diff by longest common subsequence over a window after the common prefix and before the common suffix:
    // enough to show what was lost (-) or added (+) without quadratic cost on whole documents.
    private static IEnumerable<string> WordDiff(List<string> a, List<string> b)
    {
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        List<string> x = a.Skip(prefix).Take(Math.Min(a.Count - prefix - suffix, 1500)).ToList();
        List<string> y = b.Skip(prefix).Take(Math.Min(b.Count - prefix - suffix, 1500)).ToList();
        int[,] lcs = new int[x.Count + 1, y.Count + 1];
        for (int i = x.Count - 1; i >= 0; i--)
        {
            for (int j = y.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = x[i] == y[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int p = 0, q = 0;
        while (p < x.Count || q < y.Count)
        {
            if (p < x.Count && q < y.Count && x[p] == y[q])
            {
                p++;
                q++;
            }
            else if (q < y.Count && (p == x.Count || lcs[p, q + 1] >= lcs[p + 1, q]))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"  + word {prefix + q}: {y[q]} (in YAML, not in source)");
                q++;
            }
            else
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"  - word {prefix + p}: {x[p]} (in source, not in YAML)");
                p++;
            }
        }
    }

    [GeneratedRegex(@"^The (General Assembly|Economic and Social Council|Security Council|Human Rights Council)\s*,$")]
    private static partial Regex Formula();

    [GeneratedRegex("[⁰¹²³⁴⁵⁶⁷⁸⁹]")]
    private static partial Regex Superscript();

    [GeneratedRegex(@"^\d{1,3} \S")]
    private static partial Regex PlainFootnote();

    [GeneratedRegex(@"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}")]
    private static partial Regex DateLine();
}
