using System.Collections.Immutable;
using Antlr4.Runtime;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;
using static SqlConn.Syntax.Generated.SqlConnParser;

namespace SqlConn.Syntax.Parsing;

/// <summary>Secrets, DROP, SHOW, privileges, roles, clusters, sources, sinks and CockroachDB statements.</summary>
internal sealed partial class TreeBuilder
{
    private Statement Create(CreateStatementContext c, TextSpan span) => c switch
    {
        _ when c.createConnection() is { } x => CreateConnection(x, span),
        _ when c.createSecret() is { } x => new CreateSecretStatement(
            IfNotExists(x.ifNotExists()), ItemName(x.itemName(), span.End), Expression(x.expression(), span.End), span),
        _ when c.createSource() is { } x => CreateSource(x, span),
        _ when c.createSink() is { } x => CreateSink(x, span),
        _ when c.createRole() is { } x => new CreateRoleStatement(
            x.USER() is not null,
            IfNotExists(x.ifNotExists()),
            RoleName(x.roleName(), span.End),
            [.. x.roleAttribute().Select(RoleAttribute)],
            span),
        _ when c.createClusterReplica() is { } x => new CreateClusterReplicaStatement(
            ReplicaName(x.ident(0), x.ident(1), Between(Span(x.ident(0)).Start, Span(x.ident(1)).End)), [.. x.replicaOption().Select(GenericOption)], span),
        _ when c.createCluster() is { } x => new CreateClusterStatement(
            Id(x.ident(), span.End), [.. x.clusterOption().Select(ClusterOption)], GenericWith(x.genericWithClause()), span),
        _ when c.createDatabase() is { } x => new CreateDatabaseStatement(IfNotExists(x.ifNotExists()), Id(x.ident(), span.End), span),
        _ when c.createSchema() is { } x => new CreateSchemaStatement(IfNotExists(x.ifNotExists()), ItemName(x.itemName(), span.End), span),
        _ when c.createExternalConnection() is { } x => new CreateExternalConnectionStatement(
            IfNotExists(x.ifNotExists()), Label(x.stringOrPlaceholder(0), span.End), Label(x.stringOrPlaceholder(1), span.End), span),
        _ when c.unanalyzedCreate() is not null => Unanalyzed(c, span),
        _ => new InvalidStatement(span),
    };

    private Statement Alter(AlterStatementContext c, TextSpan span) => c switch
    {
        _ when c.alterConnection() is { } x => AlterConnection(x, span),
        _ when c.alterSecret() is { } x => AlterSecret(x, span),
        _ when c.alterCluster() is { } x => AlterCluster(x, span),
        _ when c.alterExternalConnection() is { } x => new AlterExternalConnectionStatement(
            x.ifExists() is not null, x.NOT() is not null, Label(x.stringOrPlaceholder(0), span.End), Label(x.stringOrPlaceholder(1), span.End), span),
        _ when c.alterDefaultPrivileges() is { } x => AlterDefaultPrivileges(x, span),
        _ when c.unanalyzedAlter() is not null => Unanalyzed(c, span),
        _ => new InvalidStatement(span),
    };

    // ---------------------------------------------------------------------------------------------
    // Secrets
    // ---------------------------------------------------------------------------------------------
    private Statement AlterSecret(AlterSecretContext c, TextSpan span)
    {
        AlterOperation? operation = c.alterSecretBody() switch
        {
            AlterSecretValueContext v => new SetSecretValueOperation(Expression(v.expression(), span.End), Span(v)),
            AlterSecretRenameContext r => new RenameOperation(Id(r.ident(), span.End), Span(r)),
            AlterSecretOwnerContext o => new OwnerToOperation(RoleName(o.roleName(), span.End), Span(o)),
            _ => null,
        };
        return operation is null
            ? new InvalidStatement(span)
            : new AlterSecretStatement(c.ifExists() is not null, ItemName(c.itemName(), span.End), operation, span);
    }

    // ---------------------------------------------------------------------------------------------
    // DROP
    // ---------------------------------------------------------------------------------------------
    private Statement Drop(DropStatementContext c, TextSpan span)
    {
        if (c.dropClusterReplica() is { } replicas)
        {
            return new DropClusterReplicaStatement(
                replicas.ifExists() is not null,
                [.. replicas.replicaName().Select(r => ReplicaName(r.ident(0), r.ident(1), Span(r)))],
                span);
        }

        if (c.dropExternalConnection() is { } external)
        {
            return new DropExternalConnectionStatement(Label(external.stringOrPlaceholder(), span.End), span);
        }

        if (c.unanalyzedDrop() is not null)
        {
            return Unanalyzed(c, span);
        }

        if (c.dropObjects() is not { } drop || ObjectKindOf(drop.droppableObjectType()) is not { } kind)
        {
            return new InvalidStatement(span);
        }

        return new DropObjectsStatement(kind, drop.ifExists() is not null, ItemNames(drop.itemName(), span.End), DropBehavior(drop), span);
    }

    /// <summary>
    /// CASCADE or RESTRICT after the names (a name such as <c>cascade</c> is a name); writing both is
    /// Materialize's "Cannot specify both ... in DROP".
    /// </summary>
    private DropBehavior DropBehavior(DropObjectsContext drop)
    {
        var behaviors = drop.CASCADE().Concat(drop.RESTRICT())
            .Select(t => t.Symbol)
            .OrderBy(t => t.TokenIndex)
            .ToList();
        if (behaviors.Count == 0)
        {
            return Tree.DropBehavior.Unspecified;
        }

        var first = behaviors[0].Type;
        var conflict = behaviors.FirstOrDefault(b => b.Type != first);
        if (conflict is not null)
        {
            var (a, b) = first == SqlConnLexer.CASCADE ? ("CASCADE", "RESTRICT") : ("RESTRICT", "CASCADE");
            Error(SyntaxDiagnostics.SyntaxError, Cover(behaviors[0], conflict), $"Cannot specify both {a} and {b} in DROP");
        }

        return first == SqlConnLexer.CASCADE ? Tree.DropBehavior.Cascade : Tree.DropBehavior.Restrict;
    }

    private static ObjectKind? ObjectKindOf(ParserRuleContext? c) =>
        TreeValues.ObjectKindOf(c is null ? string.Empty : string.Join(' ', Terminals(c).Select(t => TokenFacts.Keyword(t.Type))));

    // ---------------------------------------------------------------------------------------------
    // SHOW
    // ---------------------------------------------------------------------------------------------
    private Statement Show(ShowStatementContext c, TextSpan span)
    {
        var redacted = c.REDACTED();
        if (redacted is not null && c.showCreate() is null && c.Start is not null)
        {
            Error(SyntaxDiagnostics.SyntaxError, Span(redacted), "SHOW REDACTED is only supported for SHOW REDACTED CREATE ...");
        }

        if (c.showObjects() is { } objects)
        {
            ShowFilter? filter = objects.showFilter() switch
            {
                { } f when f.LIKE() is not null => new LikeShowFilter(String(f.stringLiteral(), End(f)), Span(f)),
                { } f => new WhereShowFilter(Expression(f.expression(), End(f)), Span(f)),
                null => null,
            };
            return new ShowObjectsStatement(
                objects.SECRETS() is not null ? ShowObjectsKind.Secrets : ShowObjectsKind.Connections,
                objects.itemName() is { } from ? ItemName(from, span.End) : null,
                filter,
                span);
        }

        if (c.showCreate() is { } create)
        {
            return create.showCreateBody() switch
            {
                ShowCreateConnectionContext x => new ShowCreateConnectionStatement(redacted is not null, RawName(x.rawName(), span.End), span),
                ShowCreateAllExternalConnectionsContext => new ShowCreateExternalConnectionsStatement(null, span),
                ShowCreateExternalConnectionContext x => new ShowCreateExternalConnectionsStatement(Label(x.stringOrPlaceholder(), span.End), span),
                ShowCreateOtherContext => Unanalyzed(c, span),
                _ => new InvalidStatement(span),
            };
        }

        if (c.showExternalConnections() is { } external)
        {
            return new ShowExternalConnectionsStatement(
                external.stringOrPlaceholder() is { } name ? Label(name, span.End) : null, span);
        }

        if (c.showGrants() is { } grants)
        {
            return new ShowGrantsOnExternalConnectionStatement(
                Ids(grants.ident(), span.End), RoleNames(grants.roleName(), span.End), span);
        }

        return c.unanalyzedShow() is not null ? Unanalyzed(c, span) : new InvalidStatement(span);
    }

    // ---------------------------------------------------------------------------------------------
    // GRANT / REVOKE / ALTER DEFAULT PRIVILEGES
    // ---------------------------------------------------------------------------------------------
    private Statement Grant(GrantStatementContext c, TextSpan span) => c switch
    {
        GrantPrivilegesContext g => new GrantPrivilegesStatement(
            PrivilegeSpec(g.privilegeSpec()), GrantTarget(g.grantTarget()), RoleSpecs(g.roleSpec(), span.End), g.withGrantOption() is not null, span),
        GrantSystemContext g => new GrantSystemPrivilegesStatement(
            Privileges(g.privilegeList()), RoleSpecs(g.roleSpec(), span.End), g.withGrantOption() is not null, span),
        GrantRoleContext g => GrantRole(g, span),
        _ => new InvalidStatement(span),
    };

    /// <summary><c>GRANT a, b TO c, d</c>: the role names before TO are granted, those after receive them.</summary>
    private GrantRoleStatement GrantRole(GrantRoleContext g, TextSpan span)
    {
        var (roles, members) = SplitRoleLists(g.roleName(), g.TO()?.Symbol);
        return new GrantRoleStatement(roles, members, g.withAdminOption() is not null, span);
    }

    private Statement Revoke(RevokeStatementContext c, TextSpan span)
    {
        switch (c)
        {
            case RevokePrivilegesContext r:
                return new RevokePrivilegesStatement(
                    r.grantOptionFor() is not null, PrivilegeSpec(r.privilegeSpec()), GrantTarget(r.grantTarget()), RoleSpecs(r.roleSpec(), span.End), span);
            case RevokeSystemContext r:
                return new RevokeSystemPrivilegesStatement(r.grantOptionFor() is not null, Privileges(r.privilegeList()), RoleSpecs(r.roleSpec(), span.End), span);
            case RevokeRoleContext r:
                var (roles, members) = SplitRoleLists(r.roleName(), r.FROM()?.Symbol);
                return new RevokeRoleStatement(roles, members, span);
            default:
                return new InvalidStatement(span);
        }
    }

    private (ImmutableArray<Identifier> Before, ImmutableArray<Identifier> After) SplitRoleLists(RoleNameContext[] names, IToken? separator)
    {
        if (separator is null)
        {
            return (RoleNames(names, End(names.LastOrDefault())), []);
        }

        var all = names.Select(n => (n, Id: RoleName(n, separator.StartIndex))).ToList();
        return ([.. all.Where(x => x.n.Start.TokenIndex < separator.TokenIndex).Select(x => x.Id)],
                [.. all.Where(x => x.n.Start.TokenIndex > separator.TokenIndex).Select(x => x.Id)]);
    }

    private PrivilegeSpec PrivilegeSpec(PrivilegeSpecContext? c) =>
        c is null
            ? new PrivilegeSpec(false, [], default)
            : new PrivilegeSpec(c.ALL() is not null, c.privilegeList() is { } list ? Privileges(list) : [], Span(c));

    private static ImmutableArray<Word> Privileges(PrivilegeListContext? c) =>
        c is null ? [] : [.. c.privilege().Where(p => p.Start is not null).Select(p => new Word(p.GetText().ToUpperInvariant(), Span(p)))];

    private GrantTarget GrantTarget(GrantTargetContext? c)
    {
        var span = Span(c);
        switch (c)
        {
            case SystemTargetContext:
                return new SystemGrantTarget(span);
            case AllInTargetContext a:
                var plural = PluralKind(a.pluralObjectType()) ?? PluralObjectKind.Tables;
                ContainerKind? container = a.IN() is null ? null : a.SCHEMA() is not null ? ContainerKind.Schema : ContainerKind.Database;
                if (a.IN() is { } inKeyword && TreeValues.InIsInvalid(plural, container))
                {
                    Error(SyntaxDiagnostics.SyntaxError, Span(inKeyword), $"IN invalid for {KindKeywords.Of(plural)}");
                }

                return new AllObjectsGrantTarget(plural, container, ItemNames(a.itemName(), span.End), span);
            case ExternalConnectionTargetContext e:
                return new ExternalConnectionGrantTarget(Ids(e.ident(), span.End), span);
            case ObjectTargetContext o:
                return new ObjectGrantTarget(ObjectKindOf(o.grantObjectType()), ItemNames(o.itemName(), span.End), span);
            default:
                return new ObjectGrantTarget(null, [], span);
        }
    }

    private static PluralObjectKind? PluralKind(PluralObjectTypeContext? c) =>
        c?.Start is { } t && c.exception is null ? TreeValues.PluralKind(t) : null;

    private Statement AlterDefaultPrivileges(AlterDefaultPrivilegesContext c, TextSpan span)
    {
        if (PluralKind(c.pluralObjectType()) is not { } kind)
        {
            return new InvalidStatement(span);
        }

        ContainerKind? container = c.IN() is null ? null : c.SCHEMA() is not null ? ContainerKind.Schema : ContainerKind.Database;
        var isGrant = c.GRANT() is not null;
        var grantees = RoleSpecs(c.roleSpec(), span.End);
        return new AlterDefaultPrivilegesStatement(
            c.ROLES() is not null ? [] : RoleNames(c.roleName(), span.End),
            c.USER() is not null,
            container,
            ItemNames(c.itemName(), span.End),
            isGrant,
            PrivilegeSpec(c.privilegeSpec()),
            kind,
            grantees,
            span);
    }

    // ---------------------------------------------------------------------------------------------
    // COMMENT, SET ROLE, RESET ROLE, roles
    // ---------------------------------------------------------------------------------------------
    private Statement CommentOn(CommentOnContext c, TextSpan span) =>
        ObjectKindOf(c.commentTarget()) is { } kind
            ? new CommentOnStatement(kind, RawName(c.rawName(), span.End), c.NULL() is not null ? null : String(c.stringLiteral(), span.End), span)
            : new InvalidStatement(span);

    private Statement Set(SetStatementContext c, TextSpan span) => c switch
    {
        SetRoleContext s when s.roleValue() is { } value => new SetRoleStatement(
            value.stringLiteral() is { } literal
                ? new Identifier(String(literal, span.End).Value, true, Span(literal))
                : RoleName(value.roleName(), span.End),
            span),
        SetOtherContext => Unanalyzed(c, span),
        _ => new InvalidStatement(span),
    };

    private Statement Reset(ResetStatementContext c, TextSpan span) => c switch
    {
        ResetRoleContext => new ResetRoleStatement(span),
        ResetOtherContext => Unanalyzed(c, span),
        _ => new InvalidStatement(span),
    };

    private RoleAttribute RoleAttribute(RoleAttributeContext c)
    {
        if (c.PASSWORD() is not null)
        {
            return new RoleAttribute("PASSWORD", c.stringLiteral() is { } s ? String(s, End(c)) : null, c.NULL() is not null, Span(c));
        }

        return new RoleAttribute(
            c.ident()?.GetText().ToUpperInvariant() ?? string.Empty,
            c.stringLiteral() is { } value ? String(value, End(c)) : null,
            false,
            Span(c));
    }

    // ---------------------------------------------------------------------------------------------
    // Clusters
    // ---------------------------------------------------------------------------------------------
    private Statement AlterCluster(AlterClusterContext c, TextSpan span)
    {
        AlterOperation? operation = c.alterClusterBody() switch
        {
            AlterClusterSetContext s => new SetClusterOptionsOperation([.. s.clusterOption().Select(ClusterOption)], GenericWith(s.genericWithClause()), Span(s)),
            AlterClusterResetContext r => new ResetClusterOptionsOperation([.. r.clusterOptionName().Select(n => OptionName(n))], Span(r)),
            AlterClusterRenameContext r => new RenameOperation(Id(r.ident(), span.End), Span(r)),
            AlterClusterOwnerContext o => new OwnerToOperation(RoleName(o.roleName(), span.End), Span(o)),
            AlterClusterSwapContext s => new SwapClusterOperation(Id(s.ident(), span.End), Span(s)),
            _ => null,
        };
        return operation is null
            ? new InvalidStatement(span)
            : new AlterClusterStatement(c.ifExists() is not null, Id(c.ident(), span.End), operation, span);
    }

    private Option ClusterOption(ClusterOptionContext c)
    {
        var span = Span(c);
        return c switch
        {
            ClusterReplicasOptionContext r => new Option(
                KeywordName(r.REPLICAS().Symbol),
                new ReplicasValue(
                    [.. r.replicaDefinition().Select(d => new ReplicaDefinition(Id(d.ident(), End(d)), [.. d.replicaOption().Select(GenericOption)], Span(d)))],
                    Between(r.LPAREN()?.Symbol.StartIndex ?? span.End, span.End)),
                span),
            ClusterGenericOptionContext g => new Option(OptionName(g.clusterOptionName()), Value(g.optionValueClause()), span),
            _ => new Option(new OptionName(string.Empty, span), null, span),
        };
    }

    private ReplicaName ReplicaName(IdentContext? cluster, IdentContext? replica, TextSpan span) =>
        new(Id(cluster, span.End), Id(replica, span.End), span);

    // ---------------------------------------------------------------------------------------------
    // Generic options (sources, sinks, replicas, WITH clauses)
    // ---------------------------------------------------------------------------------------------

    /// <summary>An option whose name is one or more words (replica, source, sink and WITH options).</summary>
    private Option GenericOption(ParserRuleContext c)
    {
        var nameContext = c switch
        {
            GenericOptionContext g => (ParserRuleContext?)g,
            ReplicaOptionContext r => r.replicaOptionName(),
            _ => null,
        };
        var valueClause = c switch
        {
            GenericOptionContext g => g.optionValueClause(),
            ReplicaOptionContext r => r.optionValueClause(),
            _ => null,
        };
        var nameTokens = c is GenericOptionContext generic
            ? [.. generic.genericOptionWord().Select(w => w.Start)]
            : nameContext is null ? [] : Terminals(nameContext);
        var name = nameTokens.Count == 0 ? new OptionName(string.Empty, Span(c)) : TreeValues.WordsName(nameTokens);
        return new Option(name, Value(valueClause), Span(c));
    }

    private ImmutableArray<Option> GenericWith(GenericWithClauseContext? c) =>
        c is null ? [] : [.. c.genericOption().Select(GenericOption)];

    private ImmutableArray<Option> GenericOptions(GenericOptionListContext? c) =>
        c is null ? [] : [.. c.genericOption().Select(GenericOption)];

    // ---------------------------------------------------------------------------------------------
    // Sources and sinks
    // ---------------------------------------------------------------------------------------------
    private Statement CreateSource(CreateSourceContext c, TextSpan span)
    {
        var connector = c.sourceConnector() is { } s
            ? s.KAFKA() is not null ? SourceConnector.Kafka
              : s.POSTGRES() is not null ? SourceConnector.Postgres
              : s.MYSQL() is not null ? SourceConnector.MySql
              : SourceConnector.SqlServer
            : c.otherSourceKind()?.WEBHOOK() is not null ? SourceConnector.Webhook : SourceConnector.LoadGenerator;
        return new CreateSourceStatement(
            IfNotExists(c.ifNotExists()),
            ItemName(c.itemName(), span.End),
            c.inCluster() is { } cluster ? Id(cluster.ident(), span.End) : null,
            connector,
            c.sourceConnector() is null ? null : RawName(c.rawName(), span.End),
            GenericOptions(c.genericOptionList()),
            Tail(c.unanalyzedTail(), span.End),
            span);
    }

    private Statement CreateSink(CreateSinkContext c, TextSpan span) =>
        new CreateSinkStatement(
            IfNotExists(c.ifNotExists()),
            ItemName(c.itemName(0), span.End),
            c.inCluster() is { } cluster ? Id(cluster.ident(), span.End) : null,
            ItemName(c.itemName(1), span.End),
            c.sinkConnector()?.ICEBERG() is not null ? SinkConnector.IcebergCatalog : SinkConnector.Kafka,
            RawName(c.rawName(), span.End),
            GenericOptions(c.genericOptionList()),
            Tail(c.unanalyzedTail(), span.End),
            span);

    private DefinitionTail Tail(UnanalyzedTailContext? c, int fallback)
    {
        var span = c is null || c.ChildCount == 0 ? new TextSpan(fallback, 0) : Span(c);
        var references = c is null ? [] : c.csrConnectionReference().Select(r => RawName(r.rawName(), End(r))).ToImmutableArray();
        return new DefinitionTail(TextOf(span), references, span);
    }

    // ---------------------------------------------------------------------------------------------
    // CockroachDB
    // ---------------------------------------------------------------------------------------------
    private Statement CheckExternalConnection(CheckExternalConnectionContext c, TextSpan span)
    {
        var options = c.checkOption().Select(o => o switch
        {
            CheckTransferContext t => new CheckOption(CheckOptionKind.Transfer, Label(t.stringOrPlaceholder(), End(t)), null, Span(t)),
            CheckTimeContext t => new CheckOption(CheckOptionKind.Time, Label(t.stringOrPlaceholder(), End(t)), null, Span(t)),
            CheckConcurrentlyContext x => new CheckOption(CheckOptionKind.Concurrently, null, Expression(x.expression(), End(x)), Span(x)),
            _ => new CheckOption(CheckOptionKind.Concurrently, null, null, Span(o)),
        });
        return new CheckExternalConnectionStatement(Label(c.stringOrPlaceholder(), span.End), [.. options], span);
    }
}
