using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>
/// DROP of connections, secrets, sources and sinks (spec §4.10), clusters, roles, schemas and
/// databases. Items follow their dependencies: RESTRICT (the default) refuses to drop an item others
/// depend on, CASCADE drops the dependents too and says which.
/// </summary>
internal static class DropHandler
{
    public static void Execute(StatementContext context, DropObjectsStatement statement)
    {
        context.Tag = $"DROP {KindKeywords.Of(statement.Kind == ObjectKind.User ? ObjectKind.Role : statement.Kind)}";
        switch (statement.Kind)
        {
            case ObjectKind.Connection or ObjectKind.Secret or ObjectKind.Source or ObjectKind.Sink:
                DropItems(context, statement);
                break;
            case ObjectKind.Cluster:
                ClusterHandler.Drop(context, statement);
                break;
            case ObjectKind.Role or ObjectKind.User:
                RoleHandler.Drop(context, statement);
                break;
            case ObjectKind.Schema or ObjectKind.Database:
                NamespaceHandler.Drop(context, statement);
                break;
            default:
                context.Tag = $"DROP {KindKeywords.Of(statement.Kind)}";
                context.Notice(null, $"DROP {KindKeywords.Of(statement.Kind)} is not executed by the simulator", statement.Span);
                break;
        }
    }

    private static void DropItems(StatementContext context, DropObjectsStatement statement)
    {
        var kind = statement.Kind.ToString().ToLowerInvariant();
        var targets = new List<CatalogItem>();
        foreach (var name in statement.Names)
        {
            if (Names.TryItem(context.Catalog, context.Session, name) is not { } item)
            {
                if (!statement.IfExists)
                {
                    throw Names.Failure(CatalogDiagnostics.UnknownItem, $"unknown catalog item '{name}'", name);
                }

                context.Notice(PreviewDiagnostics.Skipped, $"{KindKeywords.Of(statement.Kind)} \"{name}\" does not exist, skipping", name.Span);
                continue;
            }

            if (item.KindName != kind)
            {
                throw Names.WrongKind(item, name, kind);
            }

            targets.Add(item);
        }

        if (statement.Behavior != DropBehavior.Cascade)
        {
            RefuseDependents(context, targets, statement);
        }

        PrivilegeEnforcement.Enforce(context, statement);
        Drop(context, targets, statement);
    }

    /// <summary>RESTRICT: the first dependent of a target that is not itself dropped blocks the statement.</summary>
    private static void RefuseDependents(StatementContext context, IReadOnlyList<CatalogItem> targets, Statement statement)
    {
        var catalog = context.Catalog;
        var dropped = targets.Select(t => t.Id).ToHashSet();
        foreach (var target in targets)
        {
            if (catalog.Dependents(target.Id).FirstOrDefault(d => !dropped.Contains(d.Id)) is { } dependent)
            {
                throw StatementContext.Fail(CatalogDiagnostics.DependentObjects,
                    $"cannot drop {target.KindName} \"{Names.Minimal(catalog, context.Session, target)}\": still depended upon by {dependent.KindName} \"{Names.Minimal(catalog, context.Session, dependent)}\"",
                    NameSpan(statement, target),
                    hint: "Use DROP ... CASCADE to drop the dependent objects too.");
            }
        }
    }

    /// <summary>Drops <paramref name="targets"/> and every item that depends on them, saying which.</summary>
    public static void Drop(StatementContext context, IReadOnlyList<CatalogItem> targets, Statement statement)
    {
        var catalog = context.Catalog;
        var dropped = targets.Select(t => t.Id).ToHashSet();
        var closure = Closure(catalog, targets);
        var extra = closure.Where(i => !dropped.Contains(i.Id)).ToList();
        if (extra.Count == 1)
        {
            context.Notice(null, $"drop cascades to {extra[0].KindName.ToUpperInvariant()} \"{catalog.FullName(extra[0])}\"", statement.Span);
        }
        else if (extra.Count > 1)
        {
            context.Notice(null, $"drop cascades to {extra.Count} other objects", statement.Span,
                detail: string.Join('\n', extra.Select(i => $"drop cascades to {i.KindName.ToUpperInvariant()} \"{catalog.FullName(i)}\"")));
        }

        foreach (var item in closure.AsEnumerable().Reverse())
        {
            catalog = catalog.WithoutItem(item.Id);
        }

        context.Catalog = catalog;
    }

    /// <summary>The targets and everything that depends on them, dependencies before dependents.</summary>
    private static ImmutableArray<CatalogItem> Closure(Catalog.Catalog catalog, IEnumerable<CatalogItem> targets)
    {
        var order = new List<CatalogItem>();
        var seen = new HashSet<string>();
        var pending = new Queue<CatalogItem>(targets);
        while (pending.TryDequeue(out var item))
        {
            if (seen.Add(item.Id))
            {
                order.Add(item);
                foreach (var dependent in catalog.Dependents(item.Id))
                {
                    pending.Enqueue(dependent);
                }
            }
        }

        return [.. order];
    }

    private static Microsoft.CodeAnalysis.Text.TextSpan NameSpan(Statement statement, CatalogItem target) =>
        statement is DropObjectsStatement drop && drop.Names.FirstOrDefault(n => n.Last.Value == target.Name) is { } name ? name.Span : statement.Span;
}
