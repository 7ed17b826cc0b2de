using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ResolutionCorpus.Citations;
using ResolutionCorpus.Generator.Diagnose;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Analyze;

/// <summary>
/// Checks every <c>[Cites]</c> against the resolutions the compilation can see: a malformed citation, an
/// unknown resolution or a paragraph that does not exist is an error on the attribute's argument.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property on <c>RC2004</c> that carries the typed constant, for the code fix.</summary>
    public const string ConstantProperty = "Constant";

    private const string CitesAttributeName = "ResolutionCorpus.CitesAttribute";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Diagnostics.MalformedCitation, Diagnostics.UnknownResolution, Diagnostics.MissingParagraph, Diagnostics.UseTypedCitation);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? cites = start.Compilation.GetTypeByMetadataName(CitesAttributeName);
            INamedTypeSymbol? shape = start.Compilation.GetTypeByMetadataName(CorpusView.ShapeAttributeName);
            if (cites is null || shape is null)
            {
                return;
            }

            // Read once per compilation, on first use: most compilations have no [Cites] at all.
            var corpus = new Lazy<CorpusView>(() => CorpusView.Read(start.Compilation, shape));
            start.RegisterSymbolAction(
                symbol => Check(symbol, cites, corpus),
                SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field);
        });
    }

    private static void Check(SymbolAnalysisContext context, INamedTypeSymbol cites, Lazy<CorpusView> corpus)
    {
        foreach (AttributeData attribute in context.Symbol.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, cites)
                || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax
                || syntax.ArgumentList is null
                || syntax.ArgumentList.Arguments.Count == 0)
            {
                continue;
            }

            ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
            Location location = syntax.ArgumentList.Arguments[0].GetLocation();
            string? text = arguments.Length switch
            {
                1 => arguments[0].Value as string,
                2 when arguments[0].Value is string symbol && arguments[1].Value is int paragraph => symbol + ", para. " + paragraph.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (text is not null)
            {
                Report(context, text, location, corpus.Value, isLiteral: syntax.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax && arguments.Length == 1);
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, string text, Location location, CorpusView corpus, bool isLiteral)
    {
        if (!Citation.TryParse(text, out Citation? citation, out string? error))
        {
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.MalformedCitation, location, error));
            return;
        }

        if (!corpus.TryGet(citation!.Symbol.Value, out ResolutionShape shape))
        {
            string seen = corpus.Count == 0 ? "it sees no resolutions" : corpus.Count.ToString(CultureInfo.InvariantCulture) + " resolutions";
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.UnknownResolution, location, citation.Symbol.Value, seen));
            return;
        }

        if (Missing(citation, shape) is string why)
        {
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.MissingParagraph, location, citation.ToString(), why));
            return;
        }

        if (isLiteral && citation.Number <= shape.Operative && Constant(citation, shape.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)) is string constant)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(ConstantProperty, constant);
            string shown = Constant(citation, shape.Type.Name)!;
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.UseTypedCitation, location, properties, citation.ToString(), shown));
        }
    }

    /// <summary>Why the cited paragraph does not exist, or <see langword="null"/> when it does.</summary>
    private static string? Missing(Citation citation, ResolutionShape shape)
    {
        string symbol = shape.Symbol;
        if (citation.Within.Length > 0 || citation.NestedLabel is not null || (shape.HasDivisions && citation.Number > shape.Operative))
        {
            // Paragraphs inside parts, sections and annexes are checked when the citation is resolved at run time.
            return null;
        }

        switch (citation.Kind)
        {
            case ParagraphKind.Preambular when citation.Number > shape.Preambular:
                return $"{symbol} has {Count(shape.Preambular, "preambular paragraph")}";
            case ParagraphKind.Introductory when citation.Number > shape.Introductory:
                return $"{symbol} has {Count(shape.Introductory, "introductory paragraph")}";
            case ParagraphKind.Operative or ParagraphKind.SubParagraph when citation.Number > shape.Operative:
                return $"{symbol} has {Count(shape.Operative, "operative paragraph")}";
            case ParagraphKind.SubParagraph:
                return shape.Points.Missing(symbol, citation.Number, citation.Label!);
            default:
                return null;
        }
    }

    /// <summary>The typed constant for a paragraph citation: <c>A_RES_79_284.Operative.P41.Citation</c>.</summary>
    private static string? Constant(Citation citation, string type)
    {
        if (citation.Within.Length > 0 || citation.NestedLabel is not null || citation.Annex is not null)
        {
            return null;
        }

        string paragraph = GeneratedNames.Paragraph(citation.Number);
        return citation.Kind switch
        {
            ParagraphKind.Operative or ParagraphKind.Preambular or ParagraphKind.Introductory => $"{type}.{GeneratedNames.ParagraphList(citation.Kind.Value)}.{paragraph}.Citation",
            ParagraphKind.SubParagraph => $"{type}.{GeneratedNames.ParagraphList(ParagraphKind.Operative)}.{paragraph}.{GeneratedNames.Point(citation.Label!, paragraph)}.Citation",
            _ => null,
        };
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
