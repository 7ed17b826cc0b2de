using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Citations;

namespace ResolutionCorpus.Tests.Citations;

/// <summary>Every form of citation the grammar reads, with its canonical form; and near misses, refused with a reason.</summary>
[TestClass]
public sealed class CitationGrammarTests
{
    [TestMethod]
    [DataRow("A/RES/79/284", "A/RES/79/284")]
    [DataRow("A/RES/79/284, para. 41", "A/RES/79/284, para. 41")]
    [DataRow("A/RES/79/284, para. 5 (a)", "A/RES/79/284, para. 5 (a)")]
    [DataRow("A/RES/79/284 op 5(a)", "A/RES/79/284, para. 5 (a)")]
    [DataRow("A/RES/79/284, OP 5 (A)", "A/RES/79/284, para. 5 (a)")]
    [DataRow("resolution 79/284, paragraph 41", "A/RES/79/284, para. 41")]
    [DataRow("General Assembly resolution 55/25, annex I", "A/RES/55/25, annex I")]
    [DataRow("General Assembly resolution 55/25, annex", "A/RES/55/25, annex")]
    [DataRow("the third preambular paragraph of resolution 79/284", "A/RES/79/284, preambular para. 3")]
    [DataRow("the twenty-first paragraph of resolution 79/284", "A/RES/79/284, para. 21")]
    [DataRow("A/RES/79/284, preambular para. 3", "A/RES/79/284, preambular para. 3")]
    [DataRow("E/RES/2005/17, para. 3", "E/RES/2005/17, para. 3")]
    [DataRow("E/RES/2022/12, quotation, paragraph 2 (a)", "E/RES/2022/12, quotation, para. 2 (a)")]
    [DataRow("E/RES/2022/12, quotation 2, para. 1", "E/RES/2022/12, quotation 2, para. 1")]
    [DataRow("Economic and Social Council resolution 2004/33, paragraph 8", "E/RES/2004/33, para. 8")]
    [DataRow("ECOSOC resolution 2004/33", "E/RES/2004/33")]
    [DataRow("S/RES/2504 (2020)", "S/RES/2504 (2020)")]
    [DataRow("Security Council resolution 2504 (2020)", "S/RES/2504 (2020)")]
    [DataRow("A/RES/ES-11/5", "A/RES/ES-11/5")]
    [DataRow("A/RES/S-30/1", "A/RES/S-30/1")]
    [DataRow("2200 A (XXI)", "2200 A (XXI)")]
    [DataRow("/akn/un/statement/deliberation/unga/2025-04-16/79-284/!main#para_41", "A/RES/79/284, para. 41")]
    [DataRow("/akn/un/statement/deliberation/unga/2025-04-16/79-284/!main#para_5__point_a", "A/RES/79/284, para. 5 (a)")]
    [DataRow("/akn/un/statement/deliberation/unga/2025-04-16/79-284/!main#rec_3", "A/RES/79/284, preambular para. 3")]
    [DataRow("/akn/un/statement/deliberation/unga/2025-04-16/79-284/!main", "A/RES/79/284")]
    public void Reads_and_writes_the_canonical_form(string text, string canonical)
    {
        Assert.IsTrue(Citation.TryParse(text, out Citation? citation, out string? error), error);
        Assert.AreEqual(canonical, citation!.ToString());
        Assert.AreEqual(citation, Citation.Parse(canonical), "the canonical form reads back to the same citation");
    }

    [TestMethod]
    [DataRow("", "empty")]
    [DataRow("A/RES/79", "is not a United Nations resolution")]
    [DataRow("A/RES/79/284, para. 0", "paragraphs are numbered from 1")]
    [DataRow("A/RES/79/284, paragraph forty-one", "write paragraph numbers in digits")]
    [DataRow("A/RES/79/284, preambular para. 3 (a)", "only operative paragraphs have sub-paragraphs")]
    [DataRow("A/RES/79/284; para. 5", "is not a United Nations resolution")]
    [DataRow("resolution 17 October 1989", "is not a United Nations resolution")]
    [DataRow("the umpteenth paragraph of resolution 79/284", "is not an ordinal")]
    [DataRow("/akn/un/act/law/xx/2025-04-16/79-284", "is not an Akoma Ntoso reference")]
    [DataRow("/akn/un/statement/deliberation/unga/2025-04-16/79-284/!main#container_12", "is not a paragraph id")]
    [DataRow("2030 Agenda", "is not a United Nations resolution")]
    public void Near_misses_are_refused_with_a_reason(string text, string reason)
    {
        Assert.IsFalse(Citation.TryParse(text, out Citation? citation, out string? error));
        Assert.IsNull(citation);
        StringAssert.Contains(error, reason);
        Assert.ThrowsExactly<System.FormatException>(() => Citation.Parse(text));
    }
}
