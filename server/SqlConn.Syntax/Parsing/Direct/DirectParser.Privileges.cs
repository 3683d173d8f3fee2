using System.Collections.Immutable;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>GRANT, REVOKE and ALTER DEFAULT PRIVILEGES.</summary>
internal sealed partial class DirectParser
{
    /// <summary>The form of a GRANT or REVOKE, decided as ANTLR predicts it: by the token after the first list.</summary>
    private enum GrantForm
    {
        Privileges,
        System,
        Roles,
    }

    /// <summary>
    /// Which alternative of <c>grantStatement</c> / <c>revokeStatement</c> the tokens from here take:
    /// a privilege list before ON, SYSTEM and a privilege list, or role names before TO / FROM
    /// (<paramref name="separator"/>). Null when the tokens fit none plainly (left to ANTLR).
    /// </summary>
    private GrantForm? PredictGrantForm(int separator)
    {
        if (cursor.Type() == SqlConnLexer.ALL)
        {
            return GrantForm.Privileges;
        }

        if (cursor.Type() == SqlConnLexer.SYSTEM && cursor.Type(1) is not (SqlConnLexer.ON or SqlConnLexer.COMMA) && cursor.Type(1) != separator)
        {
            return GrantForm.System;
        }

        var k = 0;
        while (cursor.Type(k + 1) == SqlConnLexer.COMMA)
        {
            k += 2;
        }

        var after = cursor.Type(k + 1);
        return after == SqlConnLexer.ON ? GrantForm.Privileges : after == separator ? GrantForm.Roles : null;
    }

    /// <summary>Rule <c>grantStatement</c>.</summary>
    private Statement? Grant(int mark)
    {
        switch (PredictGrantForm(SqlConnLexer.TO))
        {
            case GrantForm.Privileges:
                var privileges = PrivilegeSpec();
                cursor.Expect(SqlConnLexer.ON);
                var target = GrantTarget(SqlConnLexer.TO);
                cursor.Expect(SqlConnLexer.TO);
                var grantees = CommaList(static p => p.RoleSpec());
                var withGrant = WithOption(SqlConnLexer.GRANT);
                return new GrantPrivilegesStatement(privileges, target, grantees, withGrant, cursor.SpanFrom(mark));
            case GrantForm.System:
                cursor.Next();
                var system = CommaList(static p => p.Privilege());
                cursor.Expect(SqlConnLexer.TO);
                var systemGrantees = CommaList(static p => p.RoleSpec());
                var withSystemGrant = WithOption(SqlConnLexer.GRANT);
                return new GrantSystemPrivilegesStatement(system, systemGrantees, withSystemGrant, cursor.SpanFrom(mark));
            case GrantForm.Roles:
                var roles = CommaList(static p => p.Ident());
                cursor.Expect(SqlConnLexer.TO);
                var members = CommaList(static p => p.Ident());
                var withAdmin = WithOption(SqlConnLexer.ADMIN);
                return new GrantRoleStatement(roles, members, withAdmin, cursor.SpanFrom(mark));
            default:
                return null;
        }
    }

    /// <summary>Rule <c>revokeStatement</c>.</summary>
    private Statement? Revoke(int mark)
    {
        var grantOptionFor = false;
        if (cursor.Type() == SqlConnLexer.GRANT && cursor.Type(1) == SqlConnLexer.OPTION && cursor.Type(2) == SqlConnLexer.FOR)
        {
            cursor.Next();
            cursor.Next();
            cursor.Next();
            grantOptionFor = true;
        }

        switch (PredictGrantForm(SqlConnLexer.FROM))
        {
            case GrantForm.Privileges:
                var privileges = PrivilegeSpec();
                cursor.Expect(SqlConnLexer.ON);
                var target = GrantTarget(SqlConnLexer.FROM);
                cursor.Expect(SqlConnLexer.FROM);
                var grantees = CommaList(static p => p.RoleSpec());
                return new RevokePrivilegesStatement(grantOptionFor, privileges, target, grantees, cursor.SpanFrom(mark));
            case GrantForm.System:
                cursor.Next();
                var system = CommaList(static p => p.Privilege());
                cursor.Expect(SqlConnLexer.FROM);
                var systemGrantees = CommaList(static p => p.RoleSpec());
                return new RevokeSystemPrivilegesStatement(grantOptionFor, system, systemGrantees, cursor.SpanFrom(mark));
            case GrantForm.Roles when !grantOptionFor:
                var roles = CommaList(static p => p.Ident());
                cursor.Expect(SqlConnLexer.FROM);
                var members = CommaList(static p => p.Ident());
                return new RevokeRoleStatement(roles, members, cursor.SpanFrom(mark));
            default:
                return null;
        }
    }

    /// <summary>Rules <c>withGrantOption</c> / <c>withAdminOption</c>, optional.</summary>
    private bool WithOption(int keyword)
    {
        if (!cursor.Accept(SqlConnLexer.WITH))
        {
            return false;
        }

        cursor.Expect(keyword);
        cursor.Expect(SqlConnLexer.OPTION);
        return true;
    }

    /// <summary>Rule <c>privilegeSpec</c>.</summary>
    private PrivilegeSpec PrivilegeSpec()
    {
        var mark = cursor.Mark;
        if (cursor.Accept(SqlConnLexer.ALL))
        {
            cursor.Accept(SqlConnLexer.PRIVILEGES);
            return new PrivilegeSpec(true, [], cursor.SpanFrom(mark));
        }

        var privileges = CommaList(static p => p.Privilege());
        return new PrivilegeSpec(false, privileges, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>privilege</c>: SELECT or an alias identifier, as written and upper-cased.</summary>
    private Word Privilege()
    {
        var type = cursor.Type();
        if (type != SqlConnLexer.SELECT && !IsAliasIdent(type))
        {
            throw new DirectParseAbandoned();
        }

        var token = cursor.Next();
        return new Word(token.Text.ToUpperInvariant(), TreeValues.Span(token));
    }

    /// <summary>Rule <c>grantTarget</c>, followed by <paramref name="separator"/> (TO or FROM).</summary>
    private GrantTarget GrantTarget(int separator)
    {
        var mark = cursor.Mark;
        switch (cursor.Type())
        {
            case SqlConnLexer.SYSTEM when cursor.Type(1) == separator:
                cursor.Next();
                return new SystemGrantTarget(cursor.SpanFrom(mark));
            case SqlConnLexer.SYSTEM:
                // A table named "system" (or a list): left to ANTLR's prediction.
                throw new DirectParseAbandoned();
            case SqlConnLexer.ALL:
                cursor.Next();
                var plural = PluralObjectType();
                var (container, containers) = InContainers();
                if (container is not null && TreeValues.InIsInvalid(plural, container))
                {
                    throw new DirectParseAbandoned();
                }

                return new AllObjectsGrantTarget(plural, container, containers, cursor.SpanFrom(mark));
            case SqlConnLexer.EXTERNAL when cursor.Type(1) == SqlConnLexer.CONNECTION:
                cursor.Next();
                cursor.Next();
                var names = CommaList(static p => p.Ident());
                return new ExternalConnectionGrantTarget(names, cursor.SpanFrom(mark));
            default:
                // grantObjectType? itemName: a type keyword followed by a name (else the keyword is the name).
                ObjectKind? kind = null;
                var typeLength = cursor.Type() == SqlConnLexer.NETWORK && cursor.Type(1) == SqlConnLexer.POLICY ? 2 : 1;
                if (cursor.Type() is SqlConnLexer.TABLE or SqlConnLexer.TYPE or SqlConnLexer.CLUSTER or SqlConnLexer.SECRET
                        or SqlConnLexer.CONNECTION or SqlConnLexer.DATABASE or SqlConnLexer.SCHEMA or SqlConnLexer.NETWORK
                    && IsIdent(cursor.Type(typeLength)))
                {
                    kind = ObjectType(droppable: true) ?? throw new DirectParseAbandoned();
                }

                var objects = CommaList(static p => p.ItemName());
                return new ObjectGrantTarget(kind, objects, cursor.SpanFrom(mark));
        }
    }

    /// <summary>Rule <c>pluralObjectType</c>.</summary>
    private PluralObjectKind PluralObjectType() =>
        cursor.Type() is SqlConnLexer.TABLES or SqlConnLexer.TYPES or SqlConnLexer.SECRETS or SqlConnLexer.CONNECTIONS
            or SqlConnLexer.SCHEMAS or SqlConnLexer.DATABASES or SqlConnLexer.CLUSTERS
        && TreeValues.PluralKind(cursor.Next()) is { } kind
            ? kind
            : throw new DirectParseAbandoned();

    /// <summary><c>( IN ( SCHEMA | DATABASE ) itemName ( COMMA itemName )* )?</c>.</summary>
    private (ContainerKind? Kind, ImmutableArray<ObjectName> Names) InContainers()
    {
        if (!cursor.Accept(SqlConnLexer.IN))
        {
            return (null, []);
        }

        var kind = cursor.Next().Type switch
        {
            SqlConnLexer.SCHEMA => ContainerKind.Schema,
            SqlConnLexer.DATABASE => ContainerKind.Database,
            _ => throw new DirectParseAbandoned(),
        };
        return (kind, CommaList(static p => p.ItemName()));
    }

    /// <summary>Rule <c>roleSpec</c>.</summary>
    private RoleSpec RoleSpec()
    {
        var mark = cursor.Mark;
        var group = cursor.Accept(SqlConnLexer.GROUP);
        var role = Ident();
        return new RoleSpec(role, group, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>alterDefaultPrivileges</c>.</summary>
    private Statement AlterDefaultPrivileges(int mark)
    {
        cursor.Expect(SqlConnLexer.DEFAULT);
        cursor.Expect(SqlConnLexer.PRIVILEGES);
        cursor.Expect(SqlConnLexer.FOR);
        var writtenAsUser = false;
        ImmutableArray<Identifier> targetRoles = [];
        if (cursor.Accept(SqlConnLexer.ALL))
        {
            cursor.Expect(SqlConnLexer.ROLES);
        }
        else
        {
            writtenAsUser = cursor.Next().Type switch
            {
                SqlConnLexer.ROLE => false,
                SqlConnLexer.USER => true,
                _ => throw new DirectParseAbandoned(),
            };
            targetRoles = CommaList(static p => p.Ident());
        }

        var (container, containers) = InContainers();
        var isGrant = cursor.Type() == SqlConnLexer.GRANT;
        cursor.Expect(isGrant ? SqlConnLexer.GRANT : SqlConnLexer.REVOKE);
        var privileges = PrivilegeSpec();
        cursor.Expect(SqlConnLexer.ON);
        var kind = PluralObjectType();
        cursor.Expect(isGrant ? SqlConnLexer.TO : SqlConnLexer.FROM);
        var grantees = CommaList(static p => p.RoleSpec());
        return new AlterDefaultPrivilegesStatement(
            targetRoles, writtenAsUser, container, containers, isGrant, privileges, kind, grantees, cursor.SpanFrom(mark));
    }
}
