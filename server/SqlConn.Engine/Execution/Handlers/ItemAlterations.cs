using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>RENAME TO and OWNER TO, shared by ALTER CONNECTION and ALTER SECRET (spec §4.11).</summary>
internal static class ItemAlterations
{
    public static void Rename(StatementContext context, CatalogItem item, RenameOperation rename)
    {
        var newName = rename.NewName.Value;
        if (context.Catalog.FindItem(item.SchemaId, newName) is { } existing && existing.Id != item.Id)
        {
            throw StatementContext.Fail(CatalogDiagnostics.AlreadyExists, $"catalog item '{newName}' already exists", rename.NewName.Span);
        }

        context.Catalog = context.Catalog.WithItem(item with { Name = newName });
    }

    /// <summary>The new owner takes over the privileges the old owner held (as grantee and as grantor).</summary>
    public static void ChangeOwner(StatementContext context, CatalogItem item, OwnerToOperation owner)
    {
        var role = Names.Role(context.Catalog, owner.Role);
        string Replace(string id) => id == item.OwnerId ? role.Id : id;
        ImmutableArray<AclItem> privileges = [.. item.Privileges.Select(a => a with { GranteeId = Replace(a.GranteeId), GrantorId = Replace(a.GrantorId) })];
        context.Catalog = context.Catalog.WithItem(item with { OwnerId = role.Id, Privileges = Acl.Normalize(privileges) });
    }
}
