using System;
using System.IO;

namespace ResolutionCorpus.Tool.Terminal;

/// <summary>
/// A one-line progress display (<c>[12/40] importing file.txt</c>) redrawn in place. It shows only when the
/// output is a terminal and the run is long enough to need it: redirected output stays clean for scripts.
/// </summary>
internal sealed class ProgressReporter
{
    /// <summary>Below this many files, progress is noise.</summary>
    public const int MinimumFiles = 3;

    private readonly TextWriter _writer;
    private readonly int _total;
    private readonly bool _enabled;
    private int _lastWidth;

    /// <summary>Creates a reporter for <paramref name="total"/> items.</summary>
    /// <param name="writer">Where to draw.</param>
    /// <param name="total">How many items the run has.</param>
    /// <param name="isTerminal">True when <paramref name="writer"/> is an interactive terminal.</param>
    public ProgressReporter(TextWriter writer, int total, bool isTerminal)
    {
        _writer = writer;
        _total = total;
        _enabled = isTerminal && total >= MinimumFiles;
    }

    /// <summary>True when progress is drawn.</summary>
    public bool Enabled => _enabled;

    /// <summary>Shows that item <paramref name="index"/> (0-based) is being worked on.</summary>
    public void Report(int index, string name)
    {
        if (!_enabled)
        {
            return;
        }

        string text = $"[{index + 1}/{_total}] importing {name}";
        int width = Math.Max(20, SafeWindowWidth() - 1);
        if (text.Length > width)
        {
            text = string.Concat(text.AsSpan(0, width - 1), "…");
        }

        _writer.Write('\r' + text.PadRight(_lastWidth));
        _lastWidth = text.Length;
        _writer.Flush();
    }

    /// <summary>Erases the progress line so messages and the summary start on a clean line.</summary>
    public void Clear()
    {
        if (!_enabled || _lastWidth == 0)
        {
            return;
        }

        _writer.Write('\r' + new string(' ', _lastWidth) + '\r');
        _lastWidth = 0;
        _writer.Flush();
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
