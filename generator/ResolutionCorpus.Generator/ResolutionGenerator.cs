using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ResolutionCorpus.Generator.Analyze;
using ResolutionCorpus.Generator.Diagnose;
using ResolutionCorpus.Generator.Emit;
using ResolutionCorpus.Generator.Model;
using ResolutionCorpus.Generator.Parse;

namespace ResolutionCorpus.Generator;

/// <summary>
/// Turns resolution files (<c>*.yaml</c> and <c>*.yml</c> <c>AdditionalFiles</c>) into a static class per
/// resolution and a <c>Corpus</c> index.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ResolutionGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline's steps, for tests that prove what re-ran.</summary>
    public static class Steps
    {
        /// <summary>The resolution files among the additional files.</summary>
        public const string Files = nameof(Files);

        /// <summary>Each file parsed into a model and its diagnostics.</summary>
        public const string Parsed = nameof(Parsed);

        /// <summary>The models of files without errors.</summary>
        public const string Resolutions = nameof(Resolutions);

        /// <summary>The path, symbol and class name of each resolution, without locations.</summary>
        public const string Entries = nameof(Entries);

        /// <summary>The corpus-wide plan: what is included, what clashes.</summary>
        public const string Plan = nameof(Plan);

        /// <summary>What each resolution brings to the checks that compare files, with the locations to report at.</summary>
        public const string Keys = nameof(Keys);

        /// <summary>The diagnostics that compare files.</summary>
        public const string CorpusDiagnostics = nameof(CorpusDiagnostics);

        /// <summary>Each resolution paired with what it needs to be emitted.</summary>
        public const string EmitInputs = nameof(EmitInputs);

        /// <summary>The generator's MSBuild options.</summary>
        public const string Options = nameof(Options);

        /// <summary>The referenced parts of a split corpus, which the <c>Corpus</c> index spans.</summary>
        public const string Parts = nameof(Parts);
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(Steps.Options);

        // A property the generator cannot use is reported once, at no file (MSBuild properties have none).
        context.RegisterSourceOutput(options.Select(static (o, _) => o.Problems), Report);

        IncrementalValuesProvider<AdditionalText> files = context.AdditionalTextsProvider
            .Where(static file => IsResolutionFile(file.Path))
            .WithTrackingName(Steps.Files);

        IncrementalValuesProvider<ParseResult> parsed = files
            .Select(static (file, cancellationToken) => ResolutionParser.Parse(file.Path, Read(file, cancellationToken), cancellationToken))
            .WithTrackingName(Steps.Parsed);

        context.RegisterSourceOutput(parsed.Select(static (result, _) => result.Diagnostics), Report);

        IncrementalValuesProvider<ResolutionModel> resolutions = parsed
            .Where(static result => result.Resolution is not null)
            .Select(static (result, _) => result.Resolution!)
            .WithTrackingName(Steps.Resolutions);

        // The plan (which files become classes) sees paths, symbols and class names only: an edit that moves lines
        // in one file leaves it, the Corpus index and every other file's output cached.
        IncrementalValueProvider<CorpusPlan> plan = resolutions
            .Select(static (r, _) => CorpusEntry.Of(r))
            .WithTrackingName(Steps.Entries)
            .Collect()
            .Select(static (entries, _) => CorpusChecks.Plan(entries))
            .WithTrackingName(Steps.Plan);

        // The checks that compare files need locations, so they run in a pipeline of their own that emits no source.
        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> corpusDiagnostics = resolutions
            .Select(static (r, _) => ResolutionKey.Of(r))
            .WithTrackingName(Steps.Keys)
            .Collect()
            .Select(static (keys, _) => CorpusChecks.Diagnose(keys))
            .WithTrackingName(Steps.CorpusDiagnostics);

        context.RegisterSourceOutput(corpusDiagnostics, Report);

        IncrementalValuesProvider<(ResolutionModel Resolution, bool Excluded, GeneratorOptions Options)> emitInputs = resolutions
            .Combine(plan.Select(static (p, _) => p.Excluded))
            .Combine(options)
            .Select(static (input, _) => (input.Left.Left, Contains(input.Left.Right, input.Left.Left.FilePath), input.Right))
            .WithTrackingName(Steps.EmitInputs);

        context.RegisterSourceOutput(emitInputs, static (context, input) =>
        {
            if (!input.Excluded)
            {
                context.AddSource(input.Resolution.ClassName + ".g.cs", SourceText.From(ResolutionEmitter.Emit(input.Resolution, input.Options), System.Text.Encoding.UTF8));
            }
        });

        // The parts of a split corpus are referenced assemblies: read from the compilation, they change only with its
        // references. Only an entry spans them; any other compilation (an app that uses the corpus) reads nothing.
        IncrementalValueProvider<EquatableArray<string>> parts = context.CompilationProvider
            .Combine(options)
            .Select(static (input, _) => input.Right.IsEntry ? CorpusParts.Read(input.Left) : EquatableArray<string>.Empty)
            .WithTrackingName(Steps.Parts);

        context.RegisterSourceOutput(plan.Combine(parts).Combine(options), static (context, input) =>
        {
            (CorpusPlan plan, EquatableArray<string> parts) = input.Left;
            GeneratorOptions options = input.Right;
            if (plan.Included.Count > 0 || parts.Count > 0)
            {
                context.AddSource(CorpusIndexEmitter.HintName, SourceText.From(CorpusIndexEmitter.Emit(plan, parts, options), System.Text.Encoding.UTF8));
            }
        });
    }

    internal static bool IsResolutionFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string? Read(AdditionalText file, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return file.GetText(cancellationToken)?.ToString();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool Contains(EquatableArray<string> paths, string path)
    {
        foreach (string excluded in paths)
        {
            if (string.Equals(excluded, path, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
