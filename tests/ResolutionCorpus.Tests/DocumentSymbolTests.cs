using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tests;

[TestClass]
public sealed class DocumentSymbolTests
{
    [TestMethod]
    [DataRow("A/RES/79/284", "A/RES/79/284", "A_RES_79_284", UnBody.GeneralAssembly)]
    [DataRow("E/RES/2005/17", "E/RES/2005/17", "E_RES_2005_17", UnBody.EconomicAndSocialCouncil)]
    [DataRow("S/RES/2504 (2020)", "S/RES/2504 (2020)", "S_RES_2504_2020", UnBody.SecurityCouncil)]
    [DataRow("S/RES/2504(2020)", "S/RES/2504 (2020)", "S_RES_2504_2020", UnBody.SecurityCouncil)]
    [DataRow("A/RES/ES-11/5", "A/RES/ES-11/5", "A_RES_ES11_5", UnBody.GeneralAssembly)]
    [DataRow("A/RES/S-30/1", "A/RES/S-30/1", "A_RES_S30_1", UnBody.GeneralAssembly)]
    [DataRow("2200 A (XXI)", "2200 A (XXI)", "A_RES_2200A_XXI", UnBody.GeneralAssembly)]
    [DataRow("A/HRC/RES/55/1", "A/HRC/RES/55/1", "A_HRC_RES_55_1", UnBody.HumanRightsCouncil)]
    [DataRow("A/RES/75/101 A-B", "A/RES/75/101 A-B", "A_RES_75_101AB", UnBody.GeneralAssembly)]
    [DataRow("  a/res/79/284 ", "A/RES/79/284", "A_RES_79_284", UnBody.GeneralAssembly)]
    public void Parses_canonical_form_and_class_name(string text, string canonical, string className, UnBody body)
    {
        Assert.IsTrue(DocumentSymbol.TryParse(text, out DocumentSymbol symbol));
        Assert.AreEqual(canonical, symbol.Value);
        Assert.AreEqual(className, symbol.ClassName);
        Assert.AreEqual(body, symbol.Body);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("A/RES/79")]
    [DataRow("A/RES/79/284/1")]
    [DataRow("RES/79/284")]
    [DataRow("S/RES/2504")]
    [DataRow("E/RES/05/17")]
    [DataRow("A/79/L.75")]
    [DataRow("resolution 79/284")]
    public void Rejects_what_is_not_a_resolution_symbol(string text)
    {
        Assert.IsFalse(DocumentSymbol.TryParse(text, out _));
        var error = Assert.ThrowsExactly<System.FormatException>(() => DocumentSymbol.Parse(text));
        StringAssert.Contains(error.Message, "A/RES/79/284");
    }
}
