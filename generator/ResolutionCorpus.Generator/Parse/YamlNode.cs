using System.Collections.Generic;
using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>A node of a YAML document, with where it stands in the file.</summary>
internal abstract class YamlNode
{
    protected YamlNode(LocationInfo location) => Location = location;

    public LocationInfo Location { get; }

    /// <summary>What the node is, as a message would say it: "a mapping", "a list", "a text".</summary>
    public abstract string Description { get; }
}

/// <summary>A scalar: its value as written, and whether it was a plain (unquoted) scalar.</summary>
internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(LocationInfo location, string value, bool isPlain)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Description => IsNull ? "null" : "a text";
}

/// <summary>A sequence (YAML list).</summary>
internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(LocationInfo location)
        : base(location)
    {
    }

    public List<YamlNode> Items { get; } = new List<YamlNode>();

    public override string Description => "a list";
}

/// <summary>A mapping, its entries in document order.</summary>
internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(LocationInfo location)
        : base(location)
    {
    }

    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new List<KeyValuePair<YamlScalar, YamlNode>>();

    public override string Description => "a mapping";
}
