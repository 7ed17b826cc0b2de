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

    private readonly TextWriter writer;
    private readonly int total;
    private readonly bool enabled;
    private int lastWidth;

    /// <summary>Creates a reporter for <paramref name="total"/> items.</summary>
    /// <param name="writer">Where to draw.</param>
    /// <param name="total">How many items the run has.</param>
    /// <param name="isTerminal">True when <paramref name="writer"/> is an interactive terminal.</param>
    public ProgressReporter(TextWriter writer, int total, bool isTerminal)
    {
        this.writer = writer;
        this.total = total;
        enabled = isTerminal && total >= MinimumFiles;
    }

    /// <summary>True when progress is drawn.</summary>
    public bool Enabled => enabled;

    /// <summary>Shows that item <paramref name="index"/> (0-based) is being worked on.</summary>
    public void Report(int index, string name)
    {
        if (!enabled)
        {
            return;
        }

        string text = $"[{index + 1}/{total}] importing {name}";
        int width = Math.Max(20, SafeWindowWidth() - 1);
        if (text.Length > width)
        {
            text = string.Concat(text.AsSpan(0, width - 1), "…");
        }

        writer.Write('\r' + text.PadRight(lastWidth));
        lastWidth = text.Length;
        writer.Flush();
    }

    /// <summary>Erases the progress line so messages and the summary start on a clean line.</summary>
    public void Clear()
    {
        if (!enabled || lastWidth == 0)
        {
            return;
        }

        writer.Write('\r' + new string(' ', lastWidth) + '\r');
        lastWidth = 0;
        writer.Flush();
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
