using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ResolutionCorpus.Citations;
using ResolutionCorpus.Generator.Diagnose;

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
        Diagnostics.MalformedCitation, Diagnostics.UnknownResolution, Diagnostics.MissingParagraph, Diagnostics.UseTypedCitation, Diagnostics.CitationInString);

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

            // Any other string that spells a citation of the corpus can become the typed constant: an upgrade, never an error.
            start.RegisterSyntaxNodeAction(literal => CheckString(literal, cites, corpus), SyntaxKind.StringLiteralExpression);
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

    private static void CheckString(SyntaxNodeAnalysisContext context, INamedTypeSymbol cites, Lazy<CorpusView> corpus)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        string text = literal.Token.ValueText;

        // Cheap tests first: nearly every string of a program is not a citation, and most compilations cite nothing.
        if (text.Length < 8 || text.Length > 200
            || (text.IndexOf("RES/", StringComparison.Ordinal) < 0 && text.IndexOf("resolution", StringComparison.OrdinalIgnoreCase) < 0)
            || IsCitesArgument(literal, cites, context.SemanticModel, context.CancellationToken)
            || !Citation.TryParse(text, out Citation? citation, out _)
            || !corpus.Value.TryGet(citation!.Symbol.Value, out ResolutionShape shape)
            || shape.Outline is not AddressOutline outline
            || AddressLookup.Locate(outline, citation) is not { Exists: true } match
            || CitationConstant.Find(shape.Type, outline, match) is not string[] names)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(
            ConstantProperty, shape.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + string.Join(".", names));
        context.ReportDiagnostic(Diagnostic.Create(Diagnostics.CitationInString, literal.GetLocation(), properties, citation.ToString(), shape.Type.Name + "." + string.Join(".", names)));
    }

    private static bool IsCitesArgument(LiteralExpressionSyntax literal, INamedTypeSymbol cites, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        literal.FirstAncestorOrSelf<AttributeSyntax>() is AttributeSyntax attribute
        && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType, cites);

    private static void Report(SymbolAnalysisContext context, string text, Location location, CorpusView corpus, bool isLiteral)
    {
        if (!Citation.TryParse(text, out Citation? citation, out string? error))
        {
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.MalformedCitation, location, error));
            return;
        }

        string symbol = citation!.Symbol.Value;
        if (!corpus.TryGet(symbol, out ResolutionShape shape))
        {
            string seen = corpus.Count == 0 ? "it sees no resolutions" : corpus.Count.ToString(CultureInfo.InvariantCulture) + " resolutions";
            string advice = corpus.Closest(symbol) is string closest
                ? $"did you mean {closest}? Otherwise add its resolution file or reference the assembly that has it"
                : "add its resolution file or reference the assembly that has it";
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.UnknownResolution, location, symbol, seen, advice));
            return;
        }

        if (shape.Outline is not AddressOutline outline)
        {
            return;
        }

        AddressMatch match = AddressLookup.Locate(outline, citation);
        if (!match.Exists)
        {
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.MissingParagraph, location, citation.ToString(), match.Message));
            return;
        }

        if (isLiteral && CitationConstant.Find(shape.Type, outline, match) is string[] names)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(
                ConstantProperty, shape.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + string.Join(".", names));
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.UseTypedCitation, location, properties, citation.ToString(), shape.Type.Name + "." + string.Join(".", names)));
        }
    }
}
