using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Import.Documents;
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

    /// <summary>Imports <paramref name="inputs"/> into <paramref name="outputDirectory"/>; returns the exit code (0 when no file failed).</summary>
    /// <param name="inputs">The files to import, in order, each with the name its YAML gives as its source.</param>
    /// <param name="outputDirectory">Where the YAML files go.</param>
    /// <param name="force">Replace YAML files that exist.</param>
    /// <param name="reportPath">Where to write the run's report, or null for none.</param>
    /// <param name="bySession">Write each file in a folder per organ and session or year (<c>ga/79/</c>, <c>sc/2016/</c>).</param>
    public int Run(IReadOnlyList<ImportInput> inputs, string outputDirectory, bool force, string? reportPath = null, bool bySession = false)
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

        var progress = new ProgressReporter(output, inputs.Count, isTerminal);
        var written = new Dictionary<string, WrittenFile>(StringComparer.OrdinalIgnoreCase);
        var report = new ImportReport();
        int imported = 0, failed = 0, warnings = 0;
        for (int i = 0; i < inputs.Count; i++)
        {
            string file = inputs[i].Path;
            progress.Report(i, Path.GetFileName(file));
            List<ImportDiagnostic> diagnostics = [];
            string? target = null;
            ImportedResolution? resolution = null;
            List<DroppedText> dropped = [];
            try
            {
                resolution = Read(file, outputDirectory, diagnostics, dropped);
                if (resolution is not null)
                {
                    string folder = bySession ? Path.Combine(outputDirectory, SessionFolder(resolution)) : outputDirectory;
                    Directory.CreateDirectory(folder);
                    if (resolution.Source is not null)
                    {
                        // A raw text's source path is relative to where its YAML goes.
                        resolution.Source = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(file)).Replace('\\', '/');
                    }

                    string path = Path.Combine(folder, ResolutionYamlWriter.FileName(resolution.Symbol));
                    string yaml = ResolutionYamlWriter.Write(resolution, inputs[i].Name);
                    ImportDiagnostic? problem = Rejected(file, path, yaml) ?? Write(file, resolution, yaml, path, force, written);
                    if (problem is not null)
                    {
                        diagnostics.Add(problem);
                    }

                    target = problem is { IsError: true } ? null : path;
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
            bool refused = target is null || diagnostics.Any(d => d.IsError);
            report.Add(file, refused ? null : target, diagnostics, resolution, dropped);
            if (refused)
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
        if (reportPath is not null)
        {
            try
            {
                File.WriteAllText(reportPath, report.ToString());
                output.WriteLine($"Report: {reportPath}");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{reportPath}: error {ImportIds.WriteFailed}: The report cannot be written: {exception.Message}");
                failed++;
            }
        }

        output.WriteLine($"Imported {imported}, failed {failed}, warnings {warnings}.");
        return failed > 0 ? 1 : 0;
    }

    /// <summary>
    /// Reads one file into the import model: Akoma Ntoso XML when its content is (whatever its name), else a raw text.
    /// Null when it cannot be imported; the diagnostics say why.
    /// </summary>
    private static ImportedResolution? Read(string file, string outputDirectory, List<ImportDiagnostic> diagnostics, List<DroppedText> dropped)
    {
        if (IsAkomaNtoso(file))
        {
            Import.Akn.AknImportResult akn = Import.Akn.AknImporter.ImportFile(file);
            diagnostics.AddRange(akn.Problems.Select(p => p.IsError
                ? new ImportDiagnostic(file, p.Line, p.Column, ImportSeverity.Error, ImportIds.AknUnreadable, "The Akoma Ntoso document cannot be imported: " + p.Message)
                : new ImportDiagnostic(file, p.Line, p.Column, ImportSeverity.Warning, ImportIds.AknReading, p.Message)));
            return akn.Resolution;
        }

        ImportResult result = ResolutionImporter.ImportFile(file, outputDirectory);
        diagnostics.AddRange(result.Diagnostics);
        dropped.AddRange(result.Dropped);
        return result.HasErrors ? null : result.Resolution;
    }

    /// <summary>
    /// What the generator's own parser says of the YAML the import made, before it is written: a file the build would
    /// refuse is not written, and the error says why, with the lines of the YAML it would have had.
    /// </summary>
    private static ImportDiagnostic? Rejected(string file, string path, string yaml)
    {
        Generator.Parse.ParseResult parsed = Generator.Parse.ResolutionParser.Parse(path, yaml);
        if (!parsed.HasErrors)
        {
            return null;
        }

        List<Generator.Diagnose.DiagnosticInfo> errors = [.. parsed.Diagnostics.Where(d => d.IsError)];
        string first = string.Join("; ", errors.Take(3).Select(d => $"{d.Descriptor.Id} at line {d.Location.LineSpan.Start.Line + 1}: {d.Message}"));
        return ImportDiagnostic.FileError(file, ImportIds.GeneratorRejects,
            $"The import's YAML would not build, so nothing was written ({errors.Count} error(s)): {first}{(errors.Count > 3 ? "; …" : string.Empty)}");
    }

    /// <summary>The folder of a resolution in a record laid out by organ and session: <c>ga/79</c>, <c>ga/ES-11</c>, <c>sc/2016</c>, <c>hrc/58</c>.</summary>
    private static string SessionFolder(ImportedResolution resolution)
    {
        string organ = resolution.Body switch
        {
            UnBody.SecurityCouncil => "sc",
            UnBody.EconomicAndSocialCouncil => "ecosoc",
            UnBody.HumanRightsCouncil => "hrc",
            _ => "ga",
        };
        string session = DocumentSymbol.TryParse(resolution.Symbol, out DocumentSymbol symbol) ? symbol.Session : resolution.Session.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Path.Combine(organ, session);
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

    /// <summary>
    /// Writes one resolution's YAML. A symbol already written in this run is the same document again (the publisher
    /// files some twice, in two folders): when the wording is the same, one file is kept (the one whose folder names
    /// the session or year) and the other is reported as a warning; when the wording differs, it is an error.
    /// </summary>
    /// <returns>A warning or an error, or null.</returns>
    private static ImportDiagnostic? Write(string file, ImportedResolution resolution, string yaml, string path, bool force, Dictionary<string, WrittenFile> written)
    {
        var current = new WrittenFile(file, ResolutionYamlWriter.Wording(yaml), InHomeFolder(file, resolution.Symbol));
        if (written.TryGetValue(path, out WrittenFile? prior))
        {
            if (prior.Wording != current.Wording)
            {
                return ImportDiagnostic.FileError(file, ImportIds.DuplicateSymbol,
                    $"{resolution.Symbol} was already imported from '{prior.Source}' in this run, with other wording; nothing was written for this file");
            }

            if (!current.InHomeFolder || prior.InHomeFolder)
            {
                return new ImportDiagnostic(file, 0, 0, ImportSeverity.Warning, ImportIds.DuplicateDocument,
                    $"{resolution.Symbol} is the same resolution as '{prior.Source}', which is kept; nothing was written for this file");
            }
        }
        else if (!force && File.Exists(path))
        {
            return ImportDiagnostic.FileError(file, ImportIds.OutputExists,
                $"'{path}' already exists; it was left untouched (use --force to replace it)");
        }

        try
        {
            AtomicFile.Write(path, ResolutionYamlWriter.Encode(yaml), force || prior is not null);
        }
        catch (IOException) when (!force && prior is null && File.Exists(path))
        {
            return ImportDiagnostic.FileError(file, ImportIds.OutputExists,
                $"'{path}' already exists; it was left untouched (use --force to replace it)");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ImportDiagnostic.FileError(file, ImportIds.WriteFailed, $"'{path}' cannot be written: {exception.Message}");
        }

        written[path] = current;
        return prior is null
            ? null
            : new ImportDiagnostic(prior.Source, 0, 0, ImportSeverity.Warning, ImportIds.DuplicateDocument,
                $"{resolution.Symbol} is the same resolution as '{file}', which is kept (its folder names the session); this file's YAML was replaced");
    }

    /// <summary>Whether the file's folder is named after the symbol's session or year (<c>sc/2014</c> for S/RES/2193 (2014)).</summary>
    private static bool InHomeFolder(string file, string symbol) =>
        DocumentSymbol.TryParse(symbol, out DocumentSymbol parsed)
        && string.Equals(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))), parsed.Session, StringComparison.OrdinalIgnoreCase);

    /// <summary>A YAML file written in this run: where it came from, and what identifies its document.</summary>
    private sealed record WrittenFile(string Source, string Wording, bool InHomeFolder);
}
