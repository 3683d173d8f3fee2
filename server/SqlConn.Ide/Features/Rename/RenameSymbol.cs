using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;
using SqlConn.Syntax;
using SqlConn.Syntax.Printing;

namespace SqlConn.Ide.Features.Rename;

/// <summary>
/// Rename of secrets, connections, sources, sinks, roles, clusters and CockroachDB external connections
/// across the workspace (a name written as a string stays a string). The names
/// renamed are those that spell the object's name under the cursor: an object renamed by the script
/// (ALTER ... RENAME TO) keeps its other name where the script uses that one. Refused with a message
/// when the new name is not a valid name, when the object is not created in the workspace (its
/// definition could not follow), and when another object already has the new name in the object's
/// namespace (its schema for items, the instance for roles and clusters) at a point where the object
/// bears the name being replaced.
/// </summary>
public static class RenameSymbol
{
    /// <summary>The name a rename at <paramref name="position"/> would rename, or null when there is none.</summary>
    /// <param name="known">The workspace's resolved names when the caller keeps them (the language server builds them once per analysis, <see cref="ReferenceIndex"/>); computed here otherwise.</param>
    public static RenameTarget? Prepare(WorkspaceAnalysis workspace, string uri, int position, WorkspaceReferences? known = null)
    {
        var references = known ?? WorkspaceReferences.Of(workspace);
        return references.At(uri, position) is { } origin ? new RenameTarget(origin.Span, origin.Name, NotInWorkspace(references, origin)) : null;
    }

    /// <param name="known">The workspace's resolved names when the caller keeps them (the language server builds them once per analysis, <see cref="ReferenceIndex"/>); computed here otherwise.</param>
    public static RenameResult Execute(WorkspaceAnalysis workspace, string uri, int position, string newName, WorkspaceReferences? known = null)
    {
        var references = known ?? WorkspaceReferences.Of(workspace);
        if (references.At(uri, position) is not { } origin)
        {
            return RenameResult.Refused("there is no secret, connection, source, sink, role or cluster name here to rename");
        }

        var (name, error) = NewName.Parse(newName);
        if (name is null)
        {
            return RenameResult.Refused(error ?? "invalid name");
        }

        if (NotInWorkspace(references, origin) is { } refusal)
        {
            return RenameResult.Refused(refusal);
        }

        var symbol = origin.Symbol;
        var all = references.Of(symbol).ToList();

        if (name.Value == origin.Name)
        {
            return new RenameResult([], null);
        }

        if (Collision(workspace, symbol, origin.Name, name.Value) is { } collision)
        {
            return RenameResult.Refused($"cannot rename {symbol.Kind.Noun()} \"{origin.Name}\" to \"{name.Value}\": {collision}");
        }

        var edits = all
            .Where(r => r.Reference.Name == origin.Name)
            .GroupBy(r => r.Document.Uri)
            .Select(g => new DocumentEdit(g.Key, [.. g.Select(r => new TextChange(r.Reference.Span, r.Reference.IsString ? SqlPrinter.StringLiteral(name.Value) : name.Sql))
                .DistinctBy(c => c.Span).OrderBy(c => c.Span.Start)]));
        return new RenameResult([.. edits], null);
    }

    /// <summary>Why an object the workspace does not create cannot be renamed (its definition would not follow), or null.</summary>
    private static string? NotInWorkspace(WorkspaceReferences references, SymbolReference origin) =>
        references.Of(origin.Symbol).Any(r => r.Reference.IsDeclaration)
            ? null
            : $"cannot rename {origin.Symbol.Kind.Noun()} \"{origin.Name}\": it is not created in the workspace";

    /// <summary>What already bears <paramref name="newName"/> where the object is named <paramref name="oldName"/>, or null.</summary>
    private static string? Collision(WorkspaceAnalysis workspace, Symbol symbol, string oldName, string newName)
    {
        if (symbol.Kind == SymbolKind.Role && newName.Equals(Role.PublicName, StringComparison.OrdinalIgnoreCase))
        {
            return "PUBLIC is reserved";
        }

        foreach (var state in workspace.Documents.SelectMany(d => d.Statements.Select(s => s.After).Prepend(d.Before)))
        {
            if (SymbolKinds.NameIn(state, symbol) == oldName && Holder(state, symbol, newName) is { } holder)
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>The other object named <paramref name="name"/> in the symbol's namespace in <paramref name="state"/>, described, or null.</summary>
    private static string? Holder(EngineState state, Symbol symbol, string name)
    {
        var catalog = state.Catalog;
        switch (symbol.Kind)
        {
            case SymbolKind.Role when state.Session.Dialect == SqlDialect.CockroachDb:
                return NameLookup.CockroachRole(state, name) is { } user && user.Name != symbol.Id ? $"{(user.IsRole ? "role" : "user")} \"{user.Name}\" already exists" : null;
            case SymbolKind.ExternalConnection:
                return catalog.Cockroach.FindConnection(name) is { } external && external.Name != symbol.Id ? $"external connection \"{name}\" already exists" : null;
            case SymbolKind.Role:
                return catalog.FindRole(name) is { } role && role.Id != symbol.Id ? $"role \"{name}\" already exists" : null;
            case SymbolKind.Cluster:
                return catalog.FindCluster(name) is { } cluster && cluster.Id != symbol.Id ? $"cluster \"{name}\" already exists" : null;
            default:
                var item = catalog.Items[symbol.Id];
                return catalog.FindItem(item.SchemaId, name) is { } other && other.Id != symbol.Id
                    ? $"{other.KindName} \"{catalog.FullName(other)}\" already exists"
                    : null;
        }
    }
}
