using System;
using System.IO;
using System.Linq;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// The UN's published record in AKN4UN (<c>ga/</c>, <c>sc/</c>, <c>ecosoc/</c>, <c>hrc/</c>), imported once for the tests
/// that need it. The files are read from <c>RESOLUTIONCORPUS_UNXML</c>, else <c>../shared/unxml</c> beside the repository.
/// </summary>
internal static class AknCorpus
{
    private static readonly Lazy<AknImportReport> s_report = new(() => AknImportReport.Run(Files()));

    /// <summary>The organs' folders, each holding a folder per session or year.</summary>
    public static readonly string[] Organs = ["ga", "sc", "ecosoc", "hrc"];

    /// <summary>The folder of the General Assembly's files, whose presence says the record is there.</summary>
    public static string Folder => Path.Combine(RepoPaths.UnXml, "ga");

    /// <summary>Why the tests cannot run, or <see langword="null"/> when the files are there.</summary>
    public static string? Missing =>
        Directory.Exists(Folder)
            ? null
            : $"The AKN4UN files are not available at {Folder}. Set RESOLUTIONCORPUS_UNXML to a folder holding ga/, sc/, ecosoc/, hrc/ and data_extract/ (the publisher's UNxml repositories) to run this test.";

    /// <summary>Every file imported and read back by the generator's parser (computed once).</summary>
    public static AknImportReport Report => s_report.Value;

    private static string[] Files() =>
        [.. Organs.Select(o => Path.Combine(RepoPaths.UnXml, o)).Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.xml", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal)];
}
