extern alias gen;

using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;
using ResolutionReader = gen::ResolutionCorpus.Generator.Parse.ResolutionReader;

namespace ResolutionCorpus.Tests;

/// <summary>The JSON Schema for editors says what the parser accepts: the same fields, bodies and requirements.</summary>
[TestClass]
public sealed class JsonSchemaTests
{
    private static readonly JsonElement s_schema =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "resolution.schema.json"))).RootElement;

    [TestMethod]
    public void Top_level_fields_are_the_parsers()
    {
        string[] schemaFields = [.. s_schema.GetProperty("properties").EnumerateObject().Select(p => p.Name)];
        CollectionAssert.AreEqual(ParserFields("s_resolutionFields"), schemaFields);
    }

    [TestMethod]
    [DataRow("preambularParagraph", "s_preambularFields")]
    [DataRow("operativeParagraph", "s_operativeFields")]
    [DataRow("subParagraph", "s_subParagraphFields")]
    [DataRow("footnote", "s_footnoteFields")]
    [DataRow("quotation", "s_quotationFields")]
    public void Nested_fields_are_the_parsers(string definition, string parserField)
    {
        string[] schemaFields = [.. s_schema.GetProperty("$defs").GetProperty(definition).GetProperty("properties").EnumerateObject().Select(p => p.Name)];
        CollectionAssert.AreEqual(ParserFields(parserField), schemaFields);
    }

    [TestMethod]
    [DataRow(new[] { "metadata" }, "s_metadataFields")]
    [DataRow(new[] { "metadata", "vote" }, "s_voteFields")]
    [DataRow(new[] { "metadata", "vote", "states" }, "s_stateListFields")]
    [DataRow(new[] { "metadata", "subjects", "items" }, "s_subjectFields")]
    public void Metadata_fields_are_the_parsers(string[] path, string parserField)
    {
        JsonElement element = s_schema.GetProperty("properties");
        for (int i = 0; i < path.Length; i++)
        {
            element = element.GetProperty(path[i]);
            if (i < path.Length - 1 && path[i + 1] != "items")
            {
                element = element.GetProperty("properties");
            }
        }

        string[] schemaFields = [.. element.GetProperty("properties").EnumerateObject().Select(p => p.Name)];
        CollectionAssert.AreEqual(ParserFields(parserField), schemaFields);
    }

    [TestMethod]
    public void Only_the_security_council_may_leave_out_the_title()
    {
        Assert.AreEqual("SecurityCouncil", s_schema.GetProperty("if").GetProperty("properties").GetProperty("body").GetProperty("const").GetString());
        CollectionAssert.AreEqual(new[] { "title" }, s_schema.GetProperty("else").GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToArray());
    }

    [TestMethod]
    public void Bodies_are_the_runtime_enum()
    {
        string[] bodies = [.. s_schema.GetProperty("properties").GetProperty("body").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];
        CollectionAssert.AreEqual(Enum.GetNames<UnBody>(), bodies);
    }

    [TestMethod]
    public void Every_required_field_is_reported_missing_when_absent()
    {
        foreach (string field in s_schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!))
        {
            string yaml = string.Join("\n", SampleYaml.Full.Split('\n').Where(line => !line.StartsWith(field + ":", StringComparison.Ordinal)));
            var result = Parsing.Parse(yaml);
            Assert.IsTrue(result.Diagnostics.Any(d => d.Descriptor.Id == "RC1002" && d.Message.Contains($"'{field}'", StringComparison.Ordinal)), field);
        }
    }

    private static string[] ParserFields(string name) =>
        (string[])typeof(ResolutionReader).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
}
