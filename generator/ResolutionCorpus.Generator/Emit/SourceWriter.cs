using System.Text;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>
/// An indented text writer with LF line ends, so output is the same bytes on every machine. It indents with tabs:
/// a corpus's generated source is several times its text, and four spaces a level were a tenth of it.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new StringBuilder();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append('\t', _indent).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes a file-scoped namespace declaration: what follows is in it, one level less indented.</summary>
    public SourceWriter Namespace(string name) => Line("namespace " + name + ";").Line();

    /// <summary>Writes <c>{</c> and indents what follows.</summary>
    public SourceWriter Open(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Writes <c>}</c> (with an optional suffix such as <c>;</c>) one level out.</summary>
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
