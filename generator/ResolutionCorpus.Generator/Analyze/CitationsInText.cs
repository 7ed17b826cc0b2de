using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ResolutionCorpus.Citations;
using ResolutionCorpus.Generator.Diagnose;
using ResolutionCorpus.Generator.Extract;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Analyze;

/// <summary>
/// Citations of the corpus spelled out in a string literal or a documentation comment, outside <c>[Cites]</c>: each gets
/// RC2006 (info) and a code fix to the typed constant or a <c>&lt;see cref&gt;</c>, which the build then checks.
/// </summary>
internal static class CitationsInText
{
    private const int LongestCitation = 200;

    public static void CheckString(SyntaxNodeAnalysisContext context, INamedTypeSymbol cites, Lazy<CorpusView> corpus)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        string text = literal.Token.ValueText;

        // Cheap tests first: nearly every string of a program is not a citation, and most compilations cite nothing.
        if (text.Length > LongestCitation
            || !MayCite(text)
            || IsCitesArgument(literal, cites, context.SemanticModel, context.CancellationToken)
            || !Citation.TryParse(text, out Citation? citation, out _)
            || Typed(citation!, corpus.Value) is not CitationConstant constant)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(CitationAnalyzer.ConstantProperty, constant.Qualified + ".Citation");
        context.ReportDiagnostic(Diagnostic.Create(Diagnostics.CitationInText, literal.GetLocation(), properties, "string", citation!.ToString(), "constant " + constant.Short + ".Citation"));
    }

    public static void CheckDocumentation(SyntaxTreeAnalysisContext context, Lazy<CorpusView> corpus)
    {
        SyntaxNode root = context.Tree.GetRoot(context.CancellationToken);
        foreach (SyntaxTrivia trivia in root.DescendantTrivia())
        {
            if (!IsDocumentation(trivia))
            {
                continue;
            }

            // Read as prose, the way the corpus reads its own texts: "resolution 79/284, paragraph 41", "A/RES/79/284, para. 41".
            string text = trivia.ToFullString();
            if (!MayCite(text))
            {
                continue;
            }

            foreach (ReferenceModel reference in ReferenceExtractor.Find(text, UnBody.GeneralAssembly))
            {
                if (!reference.IsWithinResolution || InSeeElement(text, reference.Position) || Typed(reference.Cited!, corpus.Value) is not CitationConstant constant)
                {
                    continue;
                }

                string cref = constant.Qualified.Replace("global::", string.Empty);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(CitationAnalyzer.CrefProperty, cref);
                Location location = Location.Create(context.Tree, new TextSpan(trivia.FullSpan.Start + reference.Position, reference.Length));
                context.ReportDiagnostic(Diagnostic.Create(Diagnostics.CitationInText, location, properties, "documentation comment", reference.Cited!.ToString(), $"<see cref=\"{constant.Short}\"/>"));
            }
        }
    }

    private static bool MayCite(string text) =>
        text.IndexOf("RES/", StringComparison.Ordinal) >= 0 || text.IndexOf("resolution", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>The typed class of what <paramref name="citation"/> names, when the corpus has it and a class for it.</summary>
    private static CitationConstant? Typed(Citation citation, CorpusView corpus) =>
        corpus.TryGet(citation.Symbol.Value, out ResolutionShape shape)
        && shape.Outline is AddressOutline outline
        && AddressLookup.Locate(outline, citation) is { Exists: true } match
            ? CitationConstant.Find(shape.Type, outline, match)
            : null;

    private static bool IsDocumentation(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
        || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
        || (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.ToString().StartsWith("///", StringComparison.Ordinal));

    /// <summary>Whether the position is already inside a <c>&lt;see&gt;</c> element: the citation has its reference.</summary>
    private static bool InSeeElement(string text, int position)
    {
        int open = position == 0 ? -1 : text.LastIndexOf("<see", position - 1, StringComparison.Ordinal);
        int tagEnd = open < 0 ? -1 : text.IndexOf('>', open);
        return tagEnd >= 0 && tagEnd < position && text[tagEnd - 1] != '/'
            && text.LastIndexOf("</see>", position - 1, StringComparison.Ordinal) < open;
    }

    private static bool IsCitesArgument(LiteralExpressionSyntax literal, INamedTypeSymbol cites, SemanticModel model, CancellationToken cancellationToken) =>
        literal.FirstAncestorOrSelf<AttributeSyntax>() is AttributeSyntax attribute
        && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType, cites);
}
