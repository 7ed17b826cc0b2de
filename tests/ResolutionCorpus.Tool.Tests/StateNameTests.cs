using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Import.Publisher;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>State names as users spell them, from the publisher's capitals; sponsor lines split into names.</summary>
[TestClass]
public sealed class StateNameTests
{
    [TestMethod]
    [DataRow("FRANCE", "France")]
    [DataRow("UNITED KINGDOM", "United Kingdom")]
    [DataRow("VENEZUELA (BOLIVARIAN REPUBLIC OF)", "Venezuela (Bolivarian Republic of)")]
    [DataRow("NETHERLANDS (KINGDOM OF THE)", "Netherlands (Kingdom of the)")]
    [DataRow("DEMOCRATIC REPUBLIC OF THE CONGO", "Democratic Republic of the Congo")]
    [DataRow("LAO PEOPLE'S DEMOCRATIC REPUBLIC", "Lao People's Democratic Republic")]
    [DataRow("CÔTE D'IVOIRE", "Côte d'Ivoire")]
    [DataRow("GUINEA-BISSAU", "Guinea-Bissau")]
    [DataRow("SAINT VINCENT AND THE GRENADINES", "Saint Vincent and the Grenadines")]
    [DataRow("TÜRKIYE", "Türkiye")]
    [DataRow("United Kingdom of Great Britain and Northern Ireland", "United Kingdom of Great Britain and Northern Ireland")]
    [DataRow("submitted by the President of the General Assembly", "submitted by the President of the General Assembly")]
    public void Capitals_become_the_names_users_write(string published, string presented) =>
        Assert.AreEqual(presented, StateName.Present(published));

    [TestMethod]
    [DataRow("France", new[] { "France" })]
    [DataRow("France, Japan and Uruguay", new[] { "France", "Japan", "Uruguay" })]
    [DataRow("Japan, Uruguay and Bolivarian Republic of Venezuela", new[] { "Japan", "Uruguay", "Bolivarian Republic of Venezuela" })]
    [DataRow("Bosnia and Herzegovina", new[] { "Bosnia and Herzegovina" })]
    [DataRow("Uganda (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)",
        new[] { "Uganda (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)" })]
    [DataRow("submitted by the Vice-President of the Council, Paula Narváez (Chile) and on the basis of informal consultations",
        new[] { "submitted by the Vice-President of the Council, Paula Narváez (Chile) and on the basis of informal consultations" })]
    [DataRow("", new string[0])]
    public void Sponsor_lines_split_into_names(string line, string[] names) =>
        CollectionAssert.AreEqual(names, new System.Collections.Generic.List<string>(SponsorList.Split(line)));
}
