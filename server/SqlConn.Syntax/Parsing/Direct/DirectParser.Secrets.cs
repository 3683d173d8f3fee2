using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>CREATE / ALTER SECRET.</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>createSecret</c>.</summary>
    private Statement CreateSecret(int mark)
    {
        cursor.Expect(SqlConnLexer.SECRET);
        var ifNotExists = IfNotExists();
        var name = ItemName();
        cursor.Expect(SqlConnLexer.AS);
        var value = Expression();
        return new CreateSecretStatement(ifNotExists, name, value, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>alterSecret</c>.</summary>
    private Statement AlterSecret(int mark)
    {
        cursor.Expect(SqlConnLexer.SECRET);
        var ifExists = IfExists();
        var name = ItemName();
        var bodyMark = cursor.Mark;
        AlterOperation operation;
        switch (cursor.Type())
        {
            case SqlConnLexer.AS:
                cursor.Next();
                var value = Expression();
                operation = new SetSecretValueOperation(value, cursor.SpanFrom(bodyMark));
                break;
            case SqlConnLexer.RENAME:
                operation = Rename(bodyMark);
                break;
            default:
                operation = OwnerTo(bodyMark);
                break;
        }

        return new AlterSecretStatement(ifExists, name, operation, cursor.SpanFrom(mark));
    }
}
