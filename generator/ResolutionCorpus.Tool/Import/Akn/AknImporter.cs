using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using ResolutionCorpus.Tool.Import.Model;
using ResolutionCorpus.Tool.Import.Publisher;
using ResolutionCorpus.Tool.Yaml;

namespace ResolutionCorpus.Tool.Import.Akn;

/// <summary>The outcome of importing one AKN4UN file: the resolution, or the reasons it could not be imported; and warnings.</summary>
internal sealed record AknImportResult(string Path, ImportedResolution? Resolution, IReadOnlyList<AknProblem> Problems)
{
    /// <summary>Why the file was not imported (empty when it was).</summary>
    public IReadOnlyList<AknProblem> Errors => [.. Problems.Where(p => p.IsError)];

    /// <summary>What the import read in a way the markup alone does not say.</summary>
    public IReadOnlyList<AknProblem> Warnings => [.. Problems.Where(p => !p.IsError)];

    /// <summary>The resolution's YAML, its source named by file name; written when asked for (the import command writes its own, with the source's path).</summary>
    public string? Yaml => Resolution is null ? null : ResolutionYamlWriter.Write(Resolution, System.IO.Path.GetFileName(Path));
}

/// <summary>Imports Akoma Ntoso (AKN4UN) resolutions, with the publisher's metadata when it lies beside them.</summary>
internal static class AknImporter
{
    public static AknImportResult ImportFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new AknImportResult(path, null, [new AknProblem(0, 0, $"the file cannot be read: {exception.Message}", IsError: true)]);
        }

        return Import(path, text);
    }

    public static AknImportResult Import(string path, string text)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            return new AknImportResult(path, null, [new AknProblem(exception.LineNumber, exception.LinePosition, $"the XML is not well formed: {exception.Message}", IsError: true)]);
        }

        var reader = new AknReader();
        ImportedResolution? resolution = reader.Read(document);
        if (resolution is null)
        {
            return new AknImportResult(path, null, reader.Problems);
        }

        if (PublisherExtract.Apply(path, resolution))
        {
            reader.Count("publisher metadata");
        }

        if (resolution.Title is null && resolution.Body != UnBody.SecurityCouncil)
        {
            return new AknImportResult(path, null, [.. reader.Problems, new AknProblem(0, 0, "no title in the preface (only Security Council resolutions are printed without one)", IsError: true)]);
        }

        return new AknImportResult(path, resolution, reader.Problems);
    }
}
