using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace ResolutionCorpus.CodeFixes;

/// <summary>Replaces a string citation, in <c>[Cites]</c> or anywhere else, with the typed constant (<c>A_RES_79_284.Operative.P41.Citation</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTypedCitationCodeFix))]
[Shared]
public sealed class UseTypedCitationCodeFix : CodeFixProvider
{
    // The analyzer's ids and property name (ResolutionCorpus.Generator's CitationAnalyzer); this assembly does not reference it.
    private const string DiagnosticId = "RC2004";
    private const string StringDiagnosticId = "RC2006";
    private const string ConstantProperty = "Constant";
    private const string CrefProperty = "Cref";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticId, StringDiagnosticId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(CrefProperty, out string? cref) && cref is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use <see cref=\"{cref}\">",
                        cancellationToken => WrapAsync(context.Document, diagnostic.Location.SourceSpan, cref, cancellationToken),
                        equivalenceKey: CrefProperty),
                    diagnostic);
                continue;
            }

            if (!diagnostic.Properties.TryGetValue(ConstantProperty, out string? constant) || constant is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not SyntaxNode node)
            {
                continue;
            }

            ExpressionSyntax? literal = node as LiteralExpressionSyntax ?? (node as AttributeArgumentSyntax)?.Expression;
            if (literal is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + constant.Replace("global::", string.Empty),
                    cancellationToken => ReplaceAsync(context.Document, root, literal, constant, cancellationToken),
                    equivalenceKey: DiagnosticId),
                diagnostic);
        }
    }

    /// <summary>
    /// Wraps the citation as written in a documentation comment in <c>&lt;see cref="…"&gt;…&lt;/see&gt;</c>, the class named
    /// as briefly as the comment's position allows.
    /// </summary>
    private static async Task<Document> WrapAsync(Document document, TextSpan span, string cref, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);

        // Bound where the documented member starts (the comment is its leading trivia): the shortest suffix of the name
        // that means the same class there.
        int position = root?.FindToken(span.Start).SpanStart ?? span.Start;
        string named = cref;
        string[] parts = cref.Split('.');
        for (int i = parts.Length - 1; i > 0 && model is not null; i--)
        {
            string suffix = string.Join(".", parts, i, parts.Length - i);
            ISymbol? bound = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseTypeName(suffix), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
            if (bound is not null && bound.ToDisplayString() == cref)
            {
                named = suffix;
                break;
            }
        }

        return document.WithText(text.Replace(span, $"<see cref=\"{named}\">{text.ToString(span)}</see>"));
    }

    private static Task<Document> ReplaceAsync(Document document, SyntaxNode root, ExpressionSyntax literal, string constant, CancellationToken cancellationToken)
    {
        ExpressionSyntax replacement = SyntaxFactory.ParseExpression(constant)
            .WithTriviaFrom(literal)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return Simplifier.ReduceAsync(document.WithSyntaxRoot(root.ReplaceNode(literal, replacement)), cancellationToken: cancellationToken);
    }
}
