using System;
using System.Collections.Generic;
using System.Globalization;
using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>
/// Reads the fields of one YAML mapping against the names the schema allows there, reporting repeated,
/// unknown, missing and mistyped fields.
/// </summary>
internal sealed class FieldReader
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _fields = new Dictionary<string, KeyValuePair<YamlScalar, YamlNode>>(StringComparer.Ordinal);
    private readonly YamlMapping _mapping;
    private readonly string _context;
    private readonly List<DiagnosticInfo> _diagnostics;

    /// <param name="mapping">The mapping to read.</param>
    /// <param name="context">What the mapping is, capitalized, as messages name it: "Operative paragraph 3".</param>
    /// <param name="allowed">The field names the schema allows in this mapping, in schema order.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public FieldReader(YamlMapping mapping, string context, string[] allowed, List<DiagnosticInfo> diagnostics)
    {
        _mapping = mapping;
        _context = context;
        _diagnostics = diagnostics;
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
        {
            string name = entry.Key.Value;
            if (Array.IndexOf(allowed, name) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownField, entry.Key.Location, name, string.Join(", ", allowed)));
            }
            else if (_fields.ContainsKey(name))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateField, entry.Key.Location, name));
            }
            else
            {
                _fields.Add(name, entry);
            }
        }
    }

    public LocationInfo Location => _mapping.Location;

    /// <summary>The value node of a field, or <see langword="null"/> when absent (reporting it when required).</summary>
    public YamlNode? Node(string name, bool required)
    {
        if (_fields.TryGetValue(name, out KeyValuePair<YamlScalar, YamlNode> field))
        {
            if (field.Value is YamlScalar { IsNull: true } && required)
            {
                Report(Diagnostics.MissingField, field.Value.Location, name, _context);
                return null;
            }

            return field.Value;
        }

        if (required)
        {
            Report(Diagnostics.MissingField, _mapping.Location, name, _context);
        }

        return null;
    }

    /// <summary>A text field; <see langword="null"/> when absent or not text.</summary>
    public YamlScalar? Text(string name, bool required)
    {
        YamlNode? node = Node(name, required);
        switch (node)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return TextChecks.Validate(scalar, name, _diagnostics) ? scalar : null;
            default:
                Invalid(node, name, "expected a text");
                return null;
        }
    }

    /// <summary>A whole-number field at least <paramref name="minimum"/>; <see langword="null"/> when absent or invalid.</summary>
    public int? Integer(string name, bool required, int minimum)
    {
        YamlNode? node = Node(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar
            && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            && value >= minimum)
        {
            return value;
        }

        Invalid(node, name, $"expected a whole number of at least {minimum.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    /// <summary>A list field; an empty list when absent.</summary>
    public IReadOnlyList<YamlNode> List(string name, bool required)
    {
        YamlNode? node = Node(name, required);
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return Array.Empty<YamlNode>();
            case YamlSequence sequence:
                return sequence.Items;
            default:
                Invalid(node, name, "expected a list (items starting with '- ')");
                return Array.Empty<YamlNode>();
        }
    }

    public void Invalid(YamlNode node, string name, string reason)
    {
        string shown = node is YamlScalar scalar ? Shorten(scalar.Value) : node.Description;
        Report(Diagnostics.InvalidValue, node.Location, shown, name, reason);
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    private static string Shorten(string value) => value.Length <= 60 ? value : value.Substring(0, 57) + "...";
}
