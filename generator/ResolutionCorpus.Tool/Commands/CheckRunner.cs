using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ResolutionCorpus.Generator.Diagnose;
using ResolutionCorpus.Generator.Model;
using ResolutionCorpus.Generator.Parse;
using ResolutionCorpus.Tool.Import;

namespace ResolutionCorpus.Tool.Commands;

/// <summary>
/// The <c>check</c> command's work: parse each YAML file with the generator's own parser (so the tool and the
/// build never disagree), then run the corpus-wide checks (one file per symbol, one symbol per class name), and
/// print every diagnostic the way the compiler would.
/// </summary>
internal sealed class CheckRunner(TextWriter output, TextWriter error)
{
    /// <summary>Checks files and folders; returns 1 when any error was found (or a path is missing), else 0.</summary>
    public int Run(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        bool failed = false;
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                error.WriteLine(ImportDiagnostic.FileError(path, ImportIds.Unreadable, "No such file or folder").ToString());
                failed = true;
            }
        }

        int errors = 0, warnings = 0;
        var keys = new List<ResolutionKey>();
        foreach (string file in files)
        {
            string? text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(ImportDiagnostic.FileError(file, ImportIds.Unreadable, "The file cannot be read: " + exception.Message).ToString());
                failed = true;
                continue;
            }

            ParseResult result = ResolutionParser.Parse(file, text, cancellationToken);
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                Report(diagnostic, ref errors, ref warnings);
            }

            if (result.Resolution is { } resolution)
            {
                keys.Add(ResolutionKey.Of(resolution));
            }
        }

        foreach (DiagnosticInfo diagnostic in CorpusChecks.Diagnose(keys.ToImmutableArray()))
        {
            Report(diagnostic, ref errors, ref warnings);
        }

        output.WriteLine($"Checked {files.Count} file(s): {errors} error(s), {warnings} warning(s).");
        return failed || errors > 0 ? 1 : 0;
    }

    private void Report(DiagnosticInfo diagnostic, ref int errors, ref int warnings)
    {
        if (diagnostic.IsError)
        {
            errors++;
            error.WriteLine(diagnostic.ToString());
        }
        else
        {
            warnings++;
            output.WriteLine(diagnostic.ToString());
        }
    }
}
