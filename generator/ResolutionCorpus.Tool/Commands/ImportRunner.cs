using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Terminal;
using ResolutionCorpus.Tool.Yaml;

namespace ResolutionCorpus.Tool.Commands;

/// <summary>
/// The <c>import</c> command's work, apart from the command-line parsing so tests can run it directly:
/// import each file, write one YAML file per resolution (atomically, never over an existing file without
/// <c>--force</c>), report problems as <c>path(line,col): error RC3xxx: message</c>, and sum up.
/// </summary>
internal sealed class ImportRunner(TextWriter output, TextWriter error, bool isTerminal)
{
    /// <summary>Imports <paramref name="files"/> into <paramref name="outputDirectory"/>; returns the exit code (0 when no file failed).</summary>
    public int Run(IReadOnlyList<string> files, string outputDirectory, bool force)
    {
        try
        {
            Directory.CreateDirectory(outputDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{outputDirectory}: error {ImportIds.WriteFailed}: The output folder cannot be created: {exception.Message}");
            return 1;
        }

        var progress = new ProgressReporter(output, files.Count, isTerminal);
        var written = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int imported = 0, failed = 0, warnings = 0;
        for (int i = 0; i < files.Count; i++)
        {
            string file = files[i];
            progress.Report(i, Path.GetFileName(file));
            List<ImportDiagnostic> diagnostics = [];
            string? target = null;
            try
            {
                ImportResult result = ResolutionImporter.ImportFile(file, outputDirectory);
                diagnostics.AddRange(result.Diagnostics);
                if (result.Resolution is { } resolution && !result.HasErrors)
                {
                    string name = ResolutionYamlWriter.FileName(resolution.Symbol);
                    string path = Path.Combine(outputDirectory, name);
                    ImportDiagnostic? problem = Write(file, resolution, path, force, written);
                    if (problem is null)
                    {
                        target = path;
                    }
                    else
                    {
                        diagnostics.Add(problem);
                    }
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                diagnostics.Add(ImportDiagnostic.FileError(file, ImportIds.InternalError, $"Unexpected failure: {exception.GetType().Name}: {exception.Message}"));
            }

            progress.Clear();
            foreach (ImportDiagnostic diagnostic in diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            warnings += diagnostics.Count(d => !d.IsError);
            if (target is null || diagnostics.Any(d => d.IsError))
            {
                failed++;
            }
            else
            {
                imported++;
                output.WriteLine($"{file} -> {target}");
            }
        }

        progress.Clear();
        output.WriteLine($"Imported {imported}, failed {failed}, warnings {warnings}.");
        return failed > 0 ? 1 : 0;
    }

    private static ImportDiagnostic? Write(string file, ImportedResolution resolution, string path, bool force, Dictionary<string, string> written)
    {
        if (written.TryGetValue(path, out string? first))
        {
            return ImportDiagnostic.FileError(file, ImportIds.DuplicateSymbol,
                $"{resolution.Symbol} was already imported from '{first}' in this run; nothing was written for this file");
        }

        if (!force && File.Exists(path))
        {
            return ImportDiagnostic.FileError(file, ImportIds.OutputExists,
                $"'{path}' already exists; it was left untouched (use --force to replace it)");
        }

        string yaml = ResolutionYamlWriter.Write(resolution, Path.GetFileName(file));
        try
        {
            AtomicFile.Write(path, ResolutionYamlWriter.Encode(yaml), force);
        }
        catch (IOException) when (!force && File.Exists(path))
        {
            return ImportDiagnostic.FileError(file, ImportIds.OutputExists,
                $"'{path}' already exists; it was left untouched (use --force to replace it)");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ImportDiagnostic.FileError(file, ImportIds.WriteFailed, $"'{path}' cannot be written: {exception.Message}");
        }

        written[path] = file;
        return null;
    }
}
