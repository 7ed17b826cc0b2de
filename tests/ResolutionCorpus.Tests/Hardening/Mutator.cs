using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ResolutionCorpus.Tests.Hardening;

/// <summary>Seeded mutations of a YAML file: byte flips, truncation, deleted, duplicated or swapped lines, random Unicode, wrong types.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] s_pieces =
    [
        ":", "- ", "\"", "'", "[", "]", "{", "}", "&a ", "*a", "#", "\n", "\t", " ", "!!binary ", "? ", "|", ">", "%", "---\n",
        "\u0000", "\uFEFF", "\u2028", "\u202E", "\U0001F30D", "\\u", "\\", "[^1]", "[^", "é", "\r", "~", "null", "-1", "99999999999",
    ];

    private static readonly string[] s_wrongValues = ["[]", "{}", "- a\n- b", "~", "\"\"", "-5", "3.5", "2025-99-99", "{a: [b, {c: d}]}", "!!int x"];

    private readonly Random _random = new(seed);

    public string Mutate(string yaml)
    {
        int rounds = 1 + _random.Next(3);
        for (int i = 0; i < rounds && yaml.Length > 0; i++)
        {
            yaml = _random.Next(8) switch
            {
                0 => FlipCharacter(yaml),
                1 => yaml[.._random.Next(yaml.Length)],
                2 => EditLines(yaml, lines => lines.RemoveAt(_random.Next(lines.Count))),
                3 => EditLines(yaml, lines => { int at = _random.Next(lines.Count); lines.Insert(at, lines[at]); }),
                4 => EditLines(yaml, Swap),
                5 => yaml.Insert(_random.Next(yaml.Length), RandomUnicode()),
                6 => WrongType(yaml),
                _ => yaml.Insert(_random.Next(yaml.Length), s_pieces[_random.Next(s_pieces.Length)]),
            };
        }

        return yaml;
    }

    private string FlipCharacter(string yaml)
    {
        int at = _random.Next(yaml.Length);
        var builder = new StringBuilder(yaml);
        builder[at] = (char)(builder[at] ^ (1 << _random.Next(7)));
        return builder.ToString();
    }

    private string EditLines(string yaml, Action<List<string>> edit)
    {
        var lines = yaml.Split('\n').ToList();
        if (lines.Count > 1)
        {
            edit(lines);
        }

        return string.Join("\n", lines);
    }

    private void Swap(List<string> lines)
    {
        int a = _random.Next(lines.Count);
        int b = _random.Next(lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
    }

    private string WrongType(string yaml)
    {
        var lines = yaml.Split('\n');
        int at = _random.Next(lines.Length);
        int colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            lines[at] = lines[at][..(colon + 2)] + s_wrongValues[_random.Next(s_wrongValues.Length)];
        }

        return string.Join("\n", lines);
    }

    private string RandomUnicode()
    {
        var builder = new StringBuilder();
        int length = 1 + _random.Next(8);
        for (int i = 0; i < length; i++)
        {
            builder.Append((char)_random.Next(0x20, 0xD7FF));
        }

        return builder.ToString();
    }
}
