using System.Collections.Immutable;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>CREATE ROLE and SET ROLE.</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>createRole</c>.</summary>
    private Statement CreateRole(int mark)
    {
        var isUser = cursor.Next().Type == SqlConnLexer.USER;
        var ifNotExists = IfNotExists();
        var name = Ident();
        cursor.Accept(SqlConnLexer.WITH);
        var attributes = ImmutableArray.CreateBuilder<RoleAttribute>();
        while (IsIdent(cursor.Type()))
        {
            attributes.Add(RoleAttribute());
        }

        return new CreateRoleStatement(isUser, ifNotExists, name, attributes.ToImmutable(), cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>roleAttribute</c>: <c>PASSWORD ( stringLiteral | NULL )</c> or <c>ident stringLiteral?</c>.</summary>
    private RoleAttribute RoleAttribute()
    {
        var mark = cursor.Mark;
        var word = cursor.Next();
        if (word.Type == SqlConnLexer.PASSWORD && cursor.Accept(SqlConnLexer.NULL))
        {
            return new RoleAttribute("PASSWORD", null, true, cursor.SpanFrom(mark));
        }

        var value = IsString(cursor.Type()) ? String() : null;
        var name = word.Type == SqlConnLexer.PASSWORD ? "PASSWORD" : word.Text.ToUpperInvariant();
        return new RoleAttribute(name, value, false, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>setStatement</c>'s <c>setRole</c>; other SET statements are left to ANTLR.</summary>
    private Statement? SetRole(int mark)
    {
        var session = cursor.Type() == SqlConnLexer.SESSION ? 1 : 0;
        if (cursor.Type(session) != SqlConnLexer.ROLE)
        {
            return null;
        }

        cursor.Next();
        if (session == 1)
        {
            cursor.Next();
        }

        // `SET ROLE to` names the role "to"; otherwise TO or = introduces the value.
        if (cursor.Type() == SqlConnLexer.EQ || (cursor.Type() == SqlConnLexer.TO && cursor.Type(1) != Antlr4.Runtime.TokenConstants.EOF))
        {
            cursor.Next();
        }

        Identifier role;
        if (IsString(cursor.Type()))
        {
            var literal = String();
            role = new Identifier(literal.Value, true, literal.Span);
        }
        else
        {
            role = Ident();
        }

        return new SetRoleStatement(role, cursor.SpanFrom(mark));
    }
}
