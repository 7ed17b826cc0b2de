using System;
using System.IO;
using System.Linq;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// The real General Assembly corpus of <c>ga/</c>, imported once for the tests that need it. The files are read from
/// <c>RESOLUTIONCORPUS_UNXML</c>, else <c>../shared/unxml</c> beside the repository.
/// </summary>
internal static class AknCorpus
{
    private static readonly Lazy<AknImportReport> s_report = new(() => AknImportReport.Run(Files()));

    /// <summary>The folder of XML files.</summary>
    public static string Folder => Path.Combine(RepoPaths.UnXml, "ga");

    /// <summary>Why the tests cannot run, or <see langword="null"/> when the files are there.</summary>
    public static string? Missing =>
        Directory.Exists(Folder)
            ? null
            : $"The AKN4UN files are not available at {Folder}. Clone UNxml/GAresolutions and set RESOLUTIONCORPUS_UNXML to a folder holding its ga/ and data_extract/ folders to run this test.";

    /// <summary>Every file imported and read back by the generator's parser (computed once).</summary>
    public static AknImportReport Report => s_report.Value;

    private static string[] Files() =>
        [.. Directory.GetFiles(Folder, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)];
}
