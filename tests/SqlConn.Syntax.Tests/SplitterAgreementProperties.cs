using Antlr4.Runtime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Splitting;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// The statement splitter and the ANTLR lexer agree on where statements end: the splitter's
/// semicolons are exactly the SEMI tokens of lexing the whole text, whatever quotes, comments and
/// dollar strings (terminated or not) surround them.
/// </summary>
public sealed class SplitterAgreementProperties
{
    private static readonly string[] Fragments =
    [
        ";", "'", "''", "\"", "\"\"", "E'", "e'", "\\", "\\'", "$$", "$a$", "$A$", "$1", "$", "--", "-", "/*", "*/", "/", "*",
        "\n", "\r", " ", "x", "abc", "1", "1.5e3", ".", "e", "(", ")", "X'", "ä", "\0",
    ];

    private static Gen<string> Scripts =>
        Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts.Take(80)));

    [Property(MaxTest = 2000)]
    public Property Splitter_semicolons_are_the_lexer_semicolons() =>
        Prop.ForAll(Arb.From(Scripts), text => SplitterSemicolons(text).SequenceEqual(LexerSemicolons(text)));

    private static IEnumerable<int> SplitterSemicolons(string text) =>
        StatementSplitter.Split(text).Select(c => c.SemicolonPosition).OfType<int>();

    private static IEnumerable<int> LexerSemicolons(string text)
    {
        var lexer = new SqlConnLexer(new AntlrInputStream(text), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            if (token.Type == SqlConnLexer.SEMI)
            {
                yield return token.StartIndex;
            }
        }
    }
}
