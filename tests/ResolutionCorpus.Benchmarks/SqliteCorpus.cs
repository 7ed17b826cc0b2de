extern alias gen;

using System.Collections.Generic;
using System.IO;
using Microsoft.Data.Sqlite;
using ParagraphAddress = gen::ResolutionCorpus.ParagraphAddress;
using ParagraphModel = gen::ResolutionCorpus.Generator.Model.ParagraphModel;
using ResolutionParser = gen::ResolutionCorpus.Generator.Parse.ResolutionParser;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// The alternative an app would pick for the run-time measure: the same resolutions in a SQLite database, every
/// paragraph and point by its citation, as read by the generator's own parser (so the texts are the corpus's).
/// </summary>
internal static class SqliteCorpus
{
    public const string Table = "paragraph";

    public static void Write(string path, IEnumerable<(string Path, string Yaml)> files)
    {
        File.Delete(path);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (SqliteCommand create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE {Table} (citation TEXT PRIMARY KEY, text TEXT NOT NULL) WITHOUT ROWID";
            create.ExecuteNonQuery();
        }

        using SqliteTransaction transaction = connection.BeginTransaction();
        using SqliteCommand insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {Table} VALUES ($citation, $text)";
        SqliteParameter citation = insert.Parameters.Add("$citation", SqliteType.Text);
        SqliteParameter text = insert.Parameters.Add("$text", SqliteType.Text);
        void Insert(string cited, ParagraphModel paragraph)
        {
            citation.Value = cited;
            text.Value = paragraph.Text.Plain;
            insert.ExecuteNonQuery();
            foreach (ParagraphModel point in paragraph.SubParagraphs)
            {
                Insert(ParagraphAddress.PointCitation(cited, point.Label!), point);
            }
        }

        foreach ((string file, string yaml) in files)
        {
            var resolution = ResolutionParser.Parse(file, yaml).Resolution!;
            foreach (ParagraphModel paragraph in resolution.Preamble)
            {
                Insert(ParagraphAddress.PreambularCitation(resolution.Symbol, paragraph.Number), paragraph);
            }

            foreach (ParagraphModel paragraph in resolution.Operative)
            {
                Insert(ParagraphAddress.OperativeCitation(resolution.Symbol, paragraph.Number), paragraph);
            }
        }

        transaction.Commit();
    }
}
