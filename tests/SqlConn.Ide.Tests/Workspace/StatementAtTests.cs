using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;

namespace SqlConn.Ide.Tests.Workspace;

public sealed class StatementAtTests
{
    [Theory]
    [InlineData("SELECT 1;\n\n;  -- note\nSELECT 2 ;SELECT 3")]
    [InlineData(";;SELECT 1;")]
    [InlineData("-- only a comment\n")]
    [InlineData("")]
    public void Finds_the_statement_whose_chunk_holds_each_position(string text)
    {
        var analysis = DocumentAnalyzer.Analyze(
            new WorkspaceDocument("untitled:1", 1, SourceText.From(text), true), Sessions.Start(DefaultCatalog.Create(0), null, SqlDialect.Materialize),
            SqlDialect.Materialize, null, CancellationToken.None);

        for (var position = 0; position <= text.Length; position++)
        {
            var expected = analysis.Script.Statements.FirstOrDefault(s => s.ChunkSpan.Start <= position && position <= (s.SemicolonPosition ?? s.ChunkSpan.End));
            Assert.Equal(expected?.Index, analysis.StatementAt(position)?.Index);
        }
    }
}
