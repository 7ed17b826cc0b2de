using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// An editor's first hover on a paragraph class, measured as editors do it: the corpus assembly is referenced with
/// Roslyn's <see cref="XmlDocumentationProvider"/> over its shipped XML file, and the hover asks the symbol for its
/// documentation, which makes the provider read that file. One fresh process per measure.
/// </summary>
internal static class EditorHover
{
    /// <summary>
    /// Warms Roslyn's code on <paramref name="warmAssembly"/> (so the measure is the file, not the JIT), then hovers
    /// the first paragraph class documented in <paramref name="assembly"/>'s XML file, and prints the milliseconds
    /// the hover took and the megabytes the provider keeps.
    /// </summary>
    public static void Time(string assembly, string warmAssembly)
    {
        Hover(warmAssembly);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        (double milliseconds, MetadataReference kept) = Hover(assembly);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        Console.WriteLine(string.Join('\t', milliseconds.ToString("0.0", CultureInfo.InvariantCulture), ((after - before) / 1e6).ToString("0.0", CultureInfo.InvariantCulture)));
    }

    private static (double Milliseconds, MetadataReference Reference) Hover(string assembly)
    {
        string xml = Path.ChangeExtension(assembly, ".xml");
        string id = File.ReadLines(xml).Select(line => line.Trim()).First(line => line.StartsWith("<member name=\"T:", StringComparison.Ordinal) && line.Contains(".Operative.P", StringComparison.Ordinal));
        string metadataName = id["<member name=\"T:".Length..id.IndexOf('"', "<member name=\"T:".Length)];
        string[] framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        string runtime = Path.Combine(Path.GetDirectoryName(assembly)!, "ResolutionCorpus.Runtime.dll");
        MetadataReference corpus = MetadataReference.CreateFromFile(assembly, documentation: XmlDocumentationProvider.CreateFromFile(xml));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Editor",
            references: [.. framework.Select(path => MetadataReference.CreateFromFile(path)), MetadataReference.CreateFromFile(runtime), corpus]);

        // A nested class's metadata name joins its containers with '+': find where the namespace ends.
        string[] names = metadataName.Split('.');
        INamedTypeSymbol type = Enumerable.Range(1, names.Length - 1)
            .Select(split => compilation.GetTypeByMetadataName(string.Join('.', names[..split]) + "+" + string.Join('+', names[split..])))
            .FirstOrDefault(symbol => symbol is not null)
            ?? throw new InvalidOperationException($"{metadataName} is not in {assembly}");

        long start = Stopwatch.GetTimestamp();
        string documentation = type.GetDocumentationCommentXml(CultureInfo.InvariantCulture) ?? string.Empty;
        double elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!documentation.Contains("<summary>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{metadataName} has no documentation in {xml}");
        }

        return (elapsed, corpus);
    }
}
