using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Data;

namespace ResolutionCorpus.Tests;

/// <summary>
/// The runtime decodes generated text with its own UTF-8 loop (<c>Utf8Decoder</c>); it must give what
/// <see cref="Encoding.UTF8"/> gives for every text the generator can write.
/// </summary>
[TestClass]
public sealed class TextDecodingTests
{
    public static System.Collections.Generic.IEnumerable<object[]> Texts =>
    [
        [string.Empty],
        ["Recalling its resolution 44/6 of 17 October 1989,"],
        ["28\u00A0July 2006, the Secretary-General\u2019s report \u2013 \u201Cquoted\u201D \u00E9t\u00E9"],
        ["Arabic \u0627\u0644\u0623\u0645\u0645, Chinese \u8054\u5408\u56FD, emoji \U0001F30D\U0001F30E"],
        ["controls \u0001\u0007\u001B\u007F\u0085\u009F tab\t and \uFEFF\uFFFD\uFFFF"],
        [new string('x', 1023) + "\u00E9"],
        [new string('x', 1024)],
        [string.Concat(System.Linq.Enumerable.Repeat("\u00E9\U0001F30D ", 5_000))],
    ];

    [TestMethod]
    [DynamicData(nameof(Texts))]
    public void Decoding_gives_what_the_framework_gives(string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);

        Assert.AreEqual(text, TextSource.Decode(utf8));
    }

    [TestMethod]
    [DataRow(new byte[] { 0x41, 0x80, 0x42 }, "A\uFFFDB", DisplayName = "a lone continuation byte")]
    [DataRow(new byte[] { 0xC0, 0xAF }, "\uFFFD\uFFFD", DisplayName = "an overlong slash")]
    [DataRow(new byte[] { 0xED, 0xA0, 0x80 }, "\uFFFD\uFFFD\uFFFD", DisplayName = "an encoded surrogate")]
    [DataRow(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "\uFFFD\uFFFD\uFFFD\uFFFD", DisplayName = "past U+10FFFF")]
    [DataRow(new byte[] { 0x41, 0xE2, 0x80 }, "A\uFFFD\uFFFD", DisplayName = "a sequence cut short")]
    public void Ill_formed_bytes_become_replacement_characters(byte[] bytes, string expected)
    {
        Assert.AreEqual(expected, TextSource.Decode(bytes));
    }
}
