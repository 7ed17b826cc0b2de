using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Terminal;
using ResolutionCorpus.Tool.Import.Model;
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
                if (AkomaNtoso(file, outputDirectory, force, written, diagnostics) is string aknTarget)
                {
                    target = aknTarget;
                }
                else if (diagnostics.Count > 0)
                {
                    // An Akoma Ntoso file that could not be imported: its reasons are in the diagnostics.
                }
                else if (ResolutionImporter.ImportFile(file, outputDirectory) is ImportResult result)
                {
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

    /// <summary>
    /// Imports <paramref name="file"/> when its content is Akoma Ntoso XML (whatever its name); returns the path
    /// written, or <see langword="null"/> when the file is not Akoma Ntoso or could not be imported (see the diagnostics).
    /// </summary>
    private static string? AkomaNtoso(string file, string outputDirectory, bool force, Dictionary<string, string> written, List<ImportDiagnostic> diagnostics)
    {
        if (!IsAkomaNtoso(file))
        {
            return null;
        }

        Import.Akn.AknImportResult result = Import.Akn.AknImporter.ImportFile(file);
        if (result.Resolution is null || result.Yaml is null)
        {
            diagnostics.AddRange(result.Errors.Select(e => ImportDiagnostic.FileError(file, ImportIds.AknUnreadable, "The Akoma Ntoso document cannot be imported: " + e)));
            return null;
        }

        string path = Path.Combine(outputDirectory, ResolutionYamlWriter.FileName(result.Resolution.Symbol));
        if (written.TryGetValue(path, out string? first))
        {
            diagnostics.Add(ImportDiagnostic.FileError(file, ImportIds.DuplicateSymbol, $"{result.Resolution.Symbol} was already imported from '{first}' in this run; nothing was written for this file"));
            return null;
        }

        if (!force && File.Exists(path))
        {
            diagnostics.Add(ImportDiagnostic.FileError(file, ImportIds.OutputExists, $"'{path}' already exists; it was left untouched (use --force to replace it)"));
            return null;
        }

        try
        {
            AtomicFile.Write(path, ResolutionYamlWriter.Encode(result.Yaml), force);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ImportDiagnostic.FileError(file, ImportIds.WriteFailed, $"'{path}' cannot be written: {exception.Message}"));
            return null;
        }

        written[path] = file;
        return path;
    }

    /// <summary>Whether the file's content (not its name) is Akoma Ntoso XML: its first few kilobytes name the namespace.</summary>
    private static bool IsAkomaNtoso(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var buffer = new byte[8192];
            int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return Import.Akn.AknReader.IsAkn(System.Text.Encoding.UTF8.GetString(buffer, 0, read));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
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
