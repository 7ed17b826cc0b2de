using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using ResolutionCorpus.Generator.Parse;
using ResolutionCorpus.Tool.Export;
using ResolutionCorpus.Tool.Import;

namespace ResolutionCorpus.Tool.Commands;

/// <summary>
/// The <c>export akn</c> command's work: read each YAML file with the generator's own parser and write it as AKN4UN
/// XML, one file per resolution named from its symbol, atomically and never over an existing file without <c>--force</c>.
/// </summary>
internal sealed class ExportRunner(TextWriter output, TextWriter error)
{
    /// <summary>Exports <paramref name="files"/> into <paramref name="outputDirectory"/>; returns 0 when every file was written.</summary>
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

        int written = 0, failed = 0;
        foreach (string file in files)
        {
            if (Export(file, outputDirectory, force) is string target)
            {
                output.WriteLine($"{file} -> {target}");
                written++;
            }
            else
            {
                failed++;
            }
        }

        output.WriteLine($"Exported {written}, failed {failed}.");
        return failed > 0 ? 1 : 0;
    }

    private string? Export(string file, string outputDirectory, bool force)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(ImportDiagnostic.FileError(file, ImportIds.Unreadable, "The file cannot be read: " + exception.Message).ToString());
            return null;
        }

        ParseResult parsed = ResolutionParser.Parse(file, text);
        foreach (var diagnostic in parsed.Diagnostics.Where(d => d.IsError))
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (parsed.HasErrors || parsed.Resolution is null)
        {
            return null;
        }

        string path = Path.Combine(outputDirectory, Path.ChangeExtension(Yaml.ResolutionYamlWriter.FileName(parsed.Resolution.Symbol), ".xml"));
        if (!force && File.Exists(path))
        {
            error.WriteLine(ImportDiagnostic.FileError(file, ImportIds.OutputExists, $"'{path}' already exists; it was left untouched (use --force to replace it)").ToString());
            return null;
        }

        try
        {
            AtomicFile.Write(path, Serialize(AknExporter.Export(parsed.Resolution)), force);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(ImportDiagnostic.FileError(file, ImportIds.WriteFailed, $"'{path}' cannot be written: {exception.Message}").ToString());
            return null;
        }

        return path;
    }

    /// <summary>The document as UTF-8 bytes, indented, without a byte order mark.</summary>
    public static byte[] Serialize(System.Xml.Linq.XDocument document)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            document.Save(xml);
        }

        return stream.ToArray();
    }
}
