extern alias gen;

using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using AddressLookup = gen::ResolutionCorpus.Citations.AddressLookup;
using AddressMatch = gen::ResolutionCorpus.Citations.AddressMatch;
using AddressOutline = gen::ResolutionCorpus.Citations.AddressOutline;
using Citation = gen::ResolutionCorpus.Citations.Citation;
using OutlineCodec = gen::ResolutionCorpus.Citations.OutlineCodec;

namespace ResolutionCorpus.Tests.Citations;

/// <summary>
/// The one rule for whether an address exists and what exists instead, shared by the generator's reference checks, the
/// analyzer and <c>Corpus.Resolve</c>; and the compact outline the analyzer reads it from.
/// </summary>
[TestClass]
public sealed class AddressLookupTests
{
    // Two preambular and one introductory paragraph; operative 1 to 5 (4 with points, (b) with its own), 6 and 7 in a
    // section printed without a label; part A with a preamble and a section I; part B; two annexes.
    private const string Outline = "p2;i1;o1-3,4(a,b(i,ii)),5[part A|p1;o1-2[section I|o1-3]][part B|o1][#3|o6-7][annex I|o1-4][annex II|o1]";

    [TestMethod]
    [DataRow("A/RES/1/1")]
    [DataRow("A/RES/1/1, preambular para. 2")]
    [DataRow("A/RES/1/1, introductory para. 1")]
    [DataRow("A/RES/1/1, para. 4 (b) (ii)")]
    [DataRow("A/RES/1/1, para. 6")]
    [DataRow("A/RES/1/1, part A")]
    [DataRow("A/RES/1/1, part A, preambular para. 1")]
    [DataRow("A/RES/1/1, part A, section I, para. 3")]
    [DataRow("A/RES/1/1, annex I")]
    [DataRow("A/RES/1/1, annex II, para. 1")]
    public void What_the_resolution_has_exists(string citation) =>
        Assert.IsTrue(Locate(citation).Exists, Locate(citation).Message);

    [TestMethod]
    [DataRow("A/RES/1/1, preambular para. 3", "A/RES/1/1 has 2 preambular paragraphs; did you mean A/RES/1/1, preambular para. 2?")]
    [DataRow("A/RES/1/1, introductory para. 2", "A/RES/1/1 has 1 introductory paragraph; did you mean A/RES/1/1, introductory para. 1?")]
    [DataRow("A/RES/1/1, para. 9", "A/RES/1/1 has 7 operative paragraphs; did you mean A/RES/1/1, para. 7?")]
    [DataRow("A/RES/1/1, para. 4 (c)", "A/RES/1/1, para. 4 has sub-paragraphs (a), (b); did you mean A/RES/1/1, para. 4 (b)?")]
    [DataRow("A/RES/1/1, para. 4 (b) (iii)", "A/RES/1/1, para. 4 (b) has sub-paragraphs (i), (ii); did you mean A/RES/1/1, para. 4 (b) (ii)?")]
    [DataRow("A/RES/1/1, para. 5 (a)", "A/RES/1/1, para. 5 has no sub-paragraphs; did you mean A/RES/1/1, para. 5?")]
    [DataRow("A/RES/1/1, part C", "A/RES/1/1 has no part C; it has part A, part B, annex I, annex II; did you mean A/RES/1/1, part B?")]
    [DataRow("A/RES/1/1, section I, para. 3", "A/RES/1/1 has no section I; it has part A, part B, annex I, annex II; did you mean A/RES/1/1, part A, section I, para. 3?")]
    [DataRow("A/RES/1/1, part A, section II", "A/RES/1/1, part A has no section II; it has section I; did you mean A/RES/1/1, part A, section I?")]
    [DataRow("A/RES/1/1, annex III, para. 1", "A/RES/1/1 has no annex III; it has part A, part B, annex I, annex II; did you mean A/RES/1/1, annex II, para. 1?")]
    [DataRow("A/RES/1/1, annex II, para. 2", "A/RES/1/1, annex II has 1 paragraph; did you mean A/RES/1/1, para. 2?")]
    [DataRow("A/RES/1/1, annex I, para. 9", "A/RES/1/1, annex I has 4 paragraphs; did you mean A/RES/1/1, annex I, para. 4?")]
    [DataRow("A/RES/1/1, part A, preambular para. 2", "A/RES/1/1, part A has 1 preambular paragraph; did you mean A/RES/1/1, preambular para. 2?")]
    [DataRow("A/RES/1/1, part B, section I", "A/RES/1/1, part B has no section I; it has no parts, labelled sections or annexes; did you mean A/RES/1/1, part A, section I?")]
    public void What_it_lacks_is_said_with_the_closest_address_that_exists(string citation, string message)
    {
        AddressMatch match = Locate(citation);
        Assert.IsFalse(match.Exists);
        Assert.AreEqual(message, match.Message);
    }

    [TestMethod]
    public void The_same_paragraph_in_another_division_is_marked_as_elsewhere()
    {
        // "resolution S-32/1, para. 63" may mean the annexed declaration's paragraph 63: a loose citation, not a wrong one.
        Assert.IsTrue(Locate("A/RES/1/1, annex II, para. 2").Elsewhere);
        Assert.IsFalse(Locate("A/RES/1/1, annex I, para. 9").Elsewhere);
    }

    [TestMethod]
    public void A_match_walks_to_the_cited_thing()
    {
        AddressMatch point = Locate("A/RES/1/1, para. 4 (b) (ii)");
        Assert.AreEqual(0, point.Divisions.Count);
        Assert.AreEqual(3, point.Index);
        CollectionAssert.AreEqual(new[] { 1, 1 }, point.Points.ToArray());

        AddressMatch inSection = Locate("A/RES/1/1, para. 7");
        CollectionAssert.AreEqual(new[] { 2 }, inSection.Divisions.ToArray());
        Assert.AreEqual(1, inSection.Index);

        AddressMatch nested = Locate("A/RES/1/1, part A, section I, para. 3");
        CollectionAssert.AreEqual(new[] { 0, 0 }, nested.Divisions.ToArray());
        Assert.AreEqual(2, nested.Index);
    }

    [TestMethod]
    public void A_preambular_or_introductory_paragraph_the_level_lacks_is_found_in_one_section_printed_without_a_label()
    {
        // S/RES/2423 (2018): the words before paragraph 1 of a section printed with only a heading are the resolution's
        // introductory para. 1; E/RES/2023/5: a third preambular paragraph only such a section has. Two such sections
        // with the paragraph leave it ambiguous, and the level's own paragraph comes first.
        AddressOutline outline = OutlineCodec.Decode("p2;o1[#1|p3;i1;o2-3]")!;
        AddressMatch introductory = AddressLookup.Locate(outline, Citation.Parse("S/RES/2423 (2018), introductory para. 1"));
        Assert.IsTrue(introductory.Exists, introductory.Message);
        CollectionAssert.AreEqual(new[] { 0 }, introductory.Divisions.ToArray());
        AddressMatch third = AddressLookup.Locate(outline, Citation.Parse("E/RES/2023/5, preambular para. 3"));
        Assert.IsTrue(third.Exists, third.Message);
        CollectionAssert.AreEqual(new[] { 0 }, third.Divisions.ToArray());
        Assert.AreEqual(0, AddressLookup.Locate(outline, Citation.Parse("E/RES/2023/5, preambular para. 1")).Divisions.Count);

        AddressMatch two = AddressLookup.Locate(OutlineCodec.Decode("o1[#1|p1;o2][#2|p1;o3]")!, Citation.Parse("E/RES/2023/5, preambular para. 1"));
        Assert.IsFalse(two.Exists);
        Assert.AreEqual("E/RES/2023/5 has 2 preambular paragraphs numbered 1, in sections printed without a label; cite one through its generated class", two.Message);
    }

    [TestMethod]
    public void The_annex_names_a_lone_annex_whatever_its_label()
    {
        // "The annex to resolution 2803 (2025)", whose one annex is printed "ANNEX 1"; among two annexes it names neither.
        AddressMatch lone = AddressLookup.Locate(OutlineCodec.Decode("o1-2[annex 1|o1-3]")!, Citation.Parse("S/RES/2803 (2025), annex, para. 3"));
        Assert.IsTrue(lone.Exists, lone.Message);
        CollectionAssert.AreEqual(new[] { 0 }, lone.Divisions.ToArray());

        AddressMatch among = Locate("A/RES/1/1, annex, para. 1");
        Assert.IsFalse(among.Exists);
        StringAssert.StartsWith(among.Message, "A/RES/1/1 has no annex; it has part A, part B, annex I, annex II");
    }

    [TestMethod]
    [DataRow(Outline)]
    [DataRow("")]
    [DataRow("o1(a(i(x,y)))")]
    [DataRow("o1-3,3,3[annex|o1-40]")]
    [DataRow("o1(a%002Db,c%0029)[part A%007C1|o1]")]
    public void The_outline_reads_back_as_written(string encoded) =>
        Assert.AreEqual(encoded, OutlineCodec.Decode(encoded)!.Encode());

    [TestMethod]
    [DataRow("o1-")]
    [DataRow("o3-1")]
    [DataRow("o1(a")]
    [DataRow("o1()")]
    [DataRow("[part A|o1")]
    [DataRow("[nothing|o1]")]
    [DataRow("x")]
    public void A_damaged_outline_reads_as_nothing(string encoded) =>
        Assert.IsNull(OutlineCodec.Decode(encoded));

    private static AddressMatch Locate(string citation) =>
        AddressLookup.Locate(OutlineCodec.Decode(Outline)!, Citation.Parse(citation));
}
