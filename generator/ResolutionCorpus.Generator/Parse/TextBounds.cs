using System;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>
/// Keeps YamlDotNet's positions inside the file: at the end of a stream it may report a line past the
/// last one, and a diagnostic must always point at a place an editor can show.
/// </summary>
internal sealed class TextBounds
{
    private readonly int _length;
    private readonly int _lastLine;
    private readonly int _lastLineLength;

    public TextBounds(string text)
    {
        _length = text.Length;
        int lastBreak = text.LastIndexOf('\n');
        _lastLineLength = text.Length - (lastBreak + 1);
        foreach (char c in text)
        {
            _lastLine += c == '\n' ? 1 : 0;
        }
    }

    public int ClampIndex(long index) => (int)Math.Min(Math.Max(0, index), _length);

    public LinePosition Clamp(Mark mark)
    {
        int line = (int)Math.Max(0, mark.Line - 1);
        int column = (int)Math.Max(0, mark.Column - 1);
        return line > _lastLine ? new LinePosition(_lastLine, _lastLineLength) : new LinePosition(line, column);
    }
}
