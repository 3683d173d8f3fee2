using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using SqlConn.Syntax.Generated;

namespace SqlConn.Syntax.Lexing;

/// <summary>
/// Base class of the generated lexer (the grammar's <c>superClass</c>, imported by its <c>@header</c>):
/// the part of SQL lexing a lexer rule cannot express, the bodies of dollar-quoted strings and of nested
/// block comments. Written by hand; the generated lexer and parser are written to obj/Antlr by the build
/// from grammar/*.g4 and never committed.
/// </summary>
internal abstract class BodyScanningLexer : Lexer
{
    protected BodyScanningLexer(ICharStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }

    /// <summary>
    /// Called by the DOLLAR_STRING rule once it has matched the opening <c>$tag$</c>: consumes the
    /// body and the closing tag. Without a closing tag the token ends at the end of the line and
    /// becomes UNTERMINATED_DOLLAR_STRING, so that the rest of the script still lexes.
    /// </summary>
    protected void ScanDollarQuotedBody()
    {
        var rest = RestOfInput(out var start);
        var tagLength = ((ICharStream)InputStream).Index - start;
        var (end, terminated) = DollarQuote.ScanBody(rest, tagLength, rest.AsSpan(0, tagLength));
        Finish(start + end, terminated ? null : SqlConnLexer.UNTERMINATED_DOLLAR_STRING);
    }

    /// <summary>
    /// Called by the BLOCK_COMMENT rule after <c>/*</c>: consumes the (nested) comment. An unterminated
    /// comment ends at the end of its line and becomes UNTERMINATED_BLOCK_COMMENT.
    /// </summary>
    protected void ScanBlockCommentBody()
    {
        var rest = RestOfInput(out var start);
        var (end, terminated) = BlockComment.Scan(rest, 0);
        Finish(start + end, terminated ? null : SqlConnLexer.UNTERMINATED_BLOCK_COMMENT);
    }

    private string RestOfInput(out int tokenStart)
    {
        var input = (ICharStream)InputStream;
        tokenStart = TokenStartCharIndex;
        return input.GetText(Interval.Of(tokenStart, input.Size - 1));
    }

    private void Finish(int end, int? unterminatedType)
    {
        ((ICharStream)InputStream).Seek(end);
        if (unterminatedType is { } type)
        {
            Type = type;
        }
    }
}
