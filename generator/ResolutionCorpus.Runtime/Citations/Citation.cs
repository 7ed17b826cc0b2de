using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Citations
{
    /// <summary>
    /// A citation of a resolution or of one of its paragraphs, in the canonical form every generated
    /// <c>Citation</c> constant uses: <c>A/RES/79/284</c>, <c>A/RES/79/284, para. 41</c>,
    /// <c>A/RES/79/284, para. 5 (a)</c>, <c>A/RES/79/284, preambular para. 3</c>.
    /// </summary>
    public sealed class Citation : IEquatable<Citation>
    {
        private static readonly Regex s_form = new Regex(
            @"^(?<symbol>[^,]+?)\s*(?:,\s*(?<preambular>preambular\s+)?para(?:graph|\.)\s*(?<number>\d{1,4})(?:\s*\((?<label>[a-z0-9]{1,8})\))?)?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private Citation(DocumentSymbol symbol, ParagraphKind? kind, int number, string? label)
        {
            Symbol = symbol;
            Kind = kind;
            Number = number;
            Label = label;
        }

        /// <summary>The cited resolution.</summary>
        public DocumentSymbol Symbol { get; }

        /// <summary>The kind of the cited paragraph; <see langword="null"/> when the whole resolution is cited.</summary>
        public ParagraphKind? Kind { get; }

        /// <summary>The operative paragraph's number or the preambular paragraph's position; 0 when the whole resolution is cited.</summary>
        public int Number { get; }

        /// <summary>The sub-paragraph label (<c>a</c>), or <see langword="null"/>.</summary>
        public string? Label { get; }

        /// <summary>Reads a citation.</summary>
        /// <param name="text">The citation, e.g. <c>E/RES/2004/33, para. 8</c>.</param>
        /// <param name="citation">The citation read, when the text is one.</param>
        /// <param name="error">Why the text is not a citation, when it is not.</param>
        public static bool TryParse(string? text, out Citation? citation, out string? error)
        {
            citation = null;
            error = null;
            Match match = s_form.Match(text?.Trim() ?? string.Empty);
            if (!match.Success)
            {
                error = $"'{text}' is not a citation; expected a form such as 'A/RES/79/284, para. 41', 'A/RES/79/284, para. 5 (a)' or 'A/RES/79/284, preambular para. 3'.";
                return false;
            }

            if (!DocumentSymbol.TryParse(match.Groups["symbol"].Value, out DocumentSymbol symbol))
            {
                error = $"'{match.Groups["symbol"].Value}' is not a United Nations resolution symbol; expected a form such as A/RES/79/284, E/RES/2005/17 or S/RES/2504 (2020).";
                return false;
            }

            if (!match.Groups["number"].Success)
            {
                citation = new Citation(symbol, null, 0, null);
                return true;
            }

            int number = int.Parse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            bool preambular = match.Groups["preambular"].Success;
            string? label = match.Groups["label"].Success ? match.Groups["label"].Value.ToLowerInvariant() : null;
            if (preambular && label is not null)
            {
                error = $"'{text}' cites a sub-paragraph of a preambular paragraph; only operative paragraphs have sub-paragraphs.";
                return false;
            }

            if (number == 0)
            {
                error = $"'{text}' cites paragraph 0; paragraphs are numbered from 1.";
                return false;
            }

            ParagraphKind kind = preambular ? ParagraphKind.Preambular : label is null ? ParagraphKind.Operative : ParagraphKind.SubParagraph;
            citation = new Citation(symbol, kind, number, label);
            return true;
        }

        /// <summary>Reads a citation, or throws <see cref="FormatException"/> saying what is wrong.</summary>
        public static Citation Parse(string text) =>
            TryParse(text, out Citation? citation, out string? error) ? citation! : throw new FormatException(error);

        /// <summary>The canonical form: <c>A/RES/79/284, para. 5 (a)</c>.</summary>
        public override string ToString() => Kind switch
        {
            null => Symbol.Value,
            ParagraphKind.Preambular => ParagraphAddress.PreambularCitation(Symbol.Value, Number),
            ParagraphKind.SubParagraph => ParagraphAddress.SubParagraphCitation(Symbol.Value, Number, Label!),
            _ => ParagraphAddress.OperativeCitation(Symbol.Value, Number),
        };

        /// <inheritdoc/>
        public bool Equals(Citation? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Citation);

        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
    }
}
