using SqlConn.Syntax;
using SqlConn.Syntax.Formatting;

namespace SqlConn.Ide.Tests.Formatting;

/// <summary>The guarantees of <see cref="FormattingAssertions"/>, over every script of the test corpus.</summary>
public sealed class FormattingProperties
{
    public static TheoryData<string> Corpus => [.. CorpusFiles()];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Formatting_the_test_corpus_is_idempotent_and_keeps_statements_and_comments(string path)
    {
        var text = File.ReadAllText(RepositoryPaths.TestData(path)).ReplaceLineEndings("\n");
        var input = text.Contains("\n----\n", StringComparison.Ordinal) ? text[..(text.IndexOf("\n----\n", StringComparison.Ordinal) + 1)] : text;
        var dialect = path.Contains("cockroach", StringComparison.Ordinal) ? SqlDialect.CockroachDb : SqlDialect.Materialize;
        FormattingAssertions.FixedPointWithSameStatements(input, SqlFormatter.Format(input, dialect), dialect);
    }

    private static IEnumerable<string> CorpusFiles() =>
        new[] { "seeds", "syntax", "engine" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryPaths.TestData(folder)))
            .Where(p => p.EndsWith(".sql", StringComparison.Ordinal) || p.EndsWith(".test", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RepositoryPaths.TestData(), p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}
