using System.Globalization;
using System.Text;

namespace ResolutionCorpus.Tool.Yaml;

/// <summary>
/// A small block-style YAML writer: mappings and sequences of mappings, two-space indentation, LF line
/// endings. It writes only what it is told, in the order it is told, so the output is byte-for-byte
/// deterministic whatever the culture.
/// </summary>
internal sealed class YamlWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;
    private bool _pendingItem;

    /// <summary>Writes a comment line.</summary>
    public void Comment(string text)
    {
        Line("# " + text.Replace('\n', ' ').Replace('\r', ' '));
    }

    /// <summary>Writes <c>key: value</c> with the value as a double-quoted string.</summary>
    public void String(string key, string value) => Line(key + ": " + YamlScalar.DoubleQuoted(value));

    /// <summary>Writes <c>key: 12</c>.</summary>
    public void Integer(string key, int value) => Line(key + ": " + value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <c>key: token</c> for a value that is a plain token by construction (an enum name, a date).</summary>
    public void Plain(string key, string token) => Line(key + ": " + token);

    /// <summary>Opens a nested block: <c>key:</c>, then everything written until <see cref="EndBlock"/> is indented.</summary>
    public void StartBlock(string key)
    {
        Line(key + ":");
        _indent++;
    }

    /// <summary>Closes the block <see cref="StartBlock"/> opened.</summary>
    public void EndBlock() => _indent--;

    /// <summary>Writes a sequence item that is a string: <c>- "text"</c>.</summary>
    public void StringItem(string value) => Line("- " + YamlScalar.DoubleQuoted(value));

    /// <summary>Starts a sequence item that is a mapping: its first key goes on the <c>- </c> line.</summary>
    public void StartMappingItem()
    {
        _pendingItem = true;
        _indent++;
    }

    /// <summary>Ends the mapping item <see cref="StartMappingItem"/> started.</summary>
    public void EndMappingItem() => _indent--;

    /// <summary>The document written so far.</summary>
    public override string ToString() => _builder.ToString();

    private void Line(string content)
    {
        if (_pendingItem)
        {
            // "  - key: value": the dash takes the place of the item's own indentation.
            _builder.Append(' ', (_indent - 1) * 2).Append("- ");
            _pendingItem = false;
        }
        else
        {
            _builder.Append(' ', _indent * 2);
        }

        _builder.Append(content).Append('\n');
    }
}
