using System.Globalization;

namespace ResolutionCorpus
{
    /// <summary>
    /// How a paragraph is named: its Akoma Ntoso id and its canonical citation.
    /// </summary>
    /// <remarks>
    /// Compiled into both the runtime library and the generator, so the <c>const</c> ids and citations the
    /// generator writes are the ones the runtime objects report.
    /// </remarks>
    static class ParagraphAddress
    {
        /// <summary>Id of operative paragraph <paramref name="number"/>: <c>para_41</c>.</summary>
        public static string OperativeId(int number) => "para_" + Format(number);

        /// <summary>Id of a sub-paragraph: <c>para_5__point_a</c>.</summary>
        public static string SubParagraphId(int number, string label) => OperativeId(number) + "__point_" + label;

        /// <summary>Id of the preambular paragraph at <paramref name="ordinal"/> (preambular paragraphs are unnumbered): <c>rec_3</c>.</summary>
        public static string PreambularId(int ordinal) => "rec_" + Format(ordinal);

        /// <summary>Citation of an operative paragraph: <c>A/RES/79/284, para. 41</c>.</summary>
        public static string OperativeCitation(string symbol, int number) => symbol + ", para. " + Format(number);

        /// <summary>Citation of a sub-paragraph: <c>A/RES/79/284, para. 5 (a)</c>.</summary>
        public static string SubParagraphCitation(string symbol, int number, string label) =>
            OperativeCitation(symbol, number) + " (" + label + ")";

        /// <summary>Citation of a preambular paragraph: <c>A/RES/79/284, preambular para. 3</c>.</summary>
        public static string PreambularCitation(string symbol, int ordinal) => symbol + ", preambular para. " + Format(ordinal);

        private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
