using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>COMMENT ON.</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>commentOn</c>.</summary>
    private Statement? CommentOn(int mark)
    {
        cursor.Expect(SqlConnLexer.ON);
        if (ObjectType(droppable: false) is not { } kind)
        {
            return null;
        }

        var name = RawName();
        cursor.Expect(SqlConnLexer.IS);
        StringLiteral? comment = cursor.Accept(SqlConnLexer.NULL) ? null : String();
        return new CommentOnStatement(kind, name, comment, cursor.SpanFrom(mark));
    }
}
