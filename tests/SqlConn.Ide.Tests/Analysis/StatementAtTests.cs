using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.Analysis;

/// <summary><see cref="Ide.Analysis.DocumentAnalysis.StatementAt"/> finds, at every position of the test corpus, the statement its definition names.</summary>
public sealed class StatementAtTests
{
    public static TheoryData<string> Scripts => Corpus.Files("seeds", "syntax", "engine");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Finds_the_statement_whose_chunk_holds_the_position(string path)
    {
        var document = Analyses.Document(Corpus.Script(path));
        for (var position = 0; position <= document.Text.Length; position++)
        {
            var expected = document.Script.Statements.FirstOrDefault(s => s.ChunkSpan.Start <= position && position <= (s.SemicolonPosition ?? s.ChunkSpan.End));
            Assert.Same(expected, document.StatementAt(position));
        }
    }
}
