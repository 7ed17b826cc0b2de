extern alias gen;

using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReferenceExtractor = gen::ResolutionCorpus.Generator.Extract.ReferenceExtractor;
using Organ = gen::ResolutionCorpus.UnBody;

namespace ResolutionCorpus.Tests.Citations;

/// <summary>Each organ's forms of citing a resolution, what they point inside it, and near misses that must not match.</summary>
[TestClass]
public sealed class ReferenceFormTests
{
    [TestMethod]
    [DataRow("Recalling Security Council resolution 2334 (2016),", "GeneralAssembly", "S/RES/2334 (2016)")]
    [DataRow("Recalling resolution 1325 (2000) on women, peace and security,", "GeneralAssembly", "S/RES/1325 (2000)")]
    [DataRow("Recalling its resolution 2250 (2015),", "SecurityCouncil", "S/RES/2250 (2015)")]
    [DataRow("Recalling Human Rights Council resolution 58/1,", "GeneralAssembly", "A/HRC/RES/58/1")]
    [DataRow("Recalling its resolution 55/2,", "HumanRightsCouncil", "A/HRC/RES/55/2")]
    [DataRow("Recalling Council resolution 55/2,", "HumanRightsCouncil", "A/HRC/RES/55/2")]
    [DataRow("Recalling Council resolution 2024/15,", "EconomicAndSocialCouncil", "E/RES/2024/15")]
    [DataRow("Taking note of Council resolution 2024/15,", "GeneralAssembly", "E/RES/2024/15")]
    [DataRow("Recalling Economic and Social Council resolution 2023/5,", "HumanRightsCouncil", "E/RES/2023/5")]
    [DataRow("Recalling General Assembly resolution 79/1,", "SecurityCouncil", "A/RES/79/1")]
    public void Each_organs_form_names_its_series(string text, string citing, string expected) =>
        Assert.AreEqual(expected, Targets(text, citing));

    [TestMethod]
    [DataRow("Recalling its resolution 75/101 A-B, part B, section II, paragraph 12 (a),", "A/RES/75/101 A-B, part B, section II, para. 12 (a)")]
    [DataRow("as set out in resolution 60/1, annex, paragraph 5 (a) (ii),", "A/RES/60/1, annex, para. 5 (a) (ii)")]
    [DataRow("Recalling resolution 79/1, annex I,", "A/RES/79/1, annex I")]
    [DataRow("Recalling resolution 76/245, section X,", "A/RES/76/245, section X")]
    [DataRow("See A/RES/79/284, para. 41 (b).", "A/RES/79/284, para. 41 (b)")]
    [DataRow("See S/RES/2334 (2016), paragraph 3.", "S/RES/2334 (2016), para. 3")]
    public void A_reference_keeps_the_divisions_paragraph_and_points_it_names(string text, string expected) =>
        Assert.AreEqual(expected, Targets(text, "GeneralAssembly"));

    [TestMethod]
    [DataRow("of resolution 1591 (2005), paragraph 9 of resolution 1556 (2004)", "SecurityCouncil", "S/RES/1591 (2005) | S/RES/1556 (2004)")]
    [DataRow("Recalling its resolution 76/245, section X of its resolution 76/246,", "GeneralAssembly", "A/RES/76/245 | A/RES/76/246")]
    [DataRow("Recalling Security Council resolution 2334 (2016), section 5 of the report,", "GeneralAssembly", "S/RES/2334 (2016)")]
    [DataRow("Recalling Council of Europe resolution 1234,", "GeneralAssembly", "")]
    [DataRow("Recalling the Council resolution adopted on 17 October 2024,", "EconomicAndSocialCouncil", "")]
    [DataRow("the 2030 Agenda, paragraph 12 (a),", "GeneralAssembly", "")]
    public void Near_misses_take_no_more_than_they_cite(string text, string citing, string expected) =>
        Assert.AreEqual(expected, Targets(text, citing));

    private static string Targets(string text, string citing) =>
        string.Join(" | ", ReferenceExtractor.Find(text, System.Enum.Parse<Organ>(citing)).Select(r => r.Target));
}
