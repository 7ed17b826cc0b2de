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
/// Checks every <c>[Cites]</c> against the resolutions the compilation can see: a malformed citation, an unknown
/// resolution or an address it does not have (paragraph, point, part, section or annex) is an error on the attribute's
/// argument, saying what exists and the closest address that does. A string citation with a typed constant, and any
/// other string or documentation comment that spells a citation of the corpus, gets a code fix to the typed reference.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property on <c>RC2004</c> and <c>RC2006</c> that carries the typed constant, for the code fix.</summary>
    public const string ConstantProperty = "Constant";

    /// <summary>The property on <c>RC2006</c> in a documentation comment that carries the class to <c>&lt;see cref&gt;</c>, for the code fix.</summary>
    public const string CrefProperty = "Cref";

    private const string CitesAttributeName = "ResolutionCorpus.CitesAttribute";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Diagnostics.MalformedCitation, Diagnostics.UnknownResolution, Diagnostics.MissingParagraph, Diagnostics.UseTypedCitation, Diagnostics.CitationInText);

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

            // Any other string or documentation comment that spells a citation of the corpus can become the typed
            // reference: an upgrade, never an error.
            start.RegisterSyntaxNodeAction(literal => CitationsInText.CheckString(literal, cites, corpus), SyntaxKind.StringLiteralExpression);
            start.RegisterSyntaxTreeAction(tree => CitationsInText.CheckDocumentation(tree, corpus));
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

        if (isLiteral && CitationConstant.Find(shape.Type, outline, match) is CitationConstant constant)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(ConstantProperty, constant.Qualified + ".Citation");
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.UseTypedCitation, location, properties, citation.ToString(), constant.Short + ".Citation"));
        }
    }
}
