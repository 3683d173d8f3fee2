using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>
/// Materialize's GRANT and REVOKE of privileges (on connections, secrets, schemas, databases,
/// clusters, ALL ... IN SCHEMA, SYSTEM) and of role membership, and ALTER DEFAULT PRIVILEGES
/// (spec §2.10, §5). Objects the simulator does not track (tables, types) are acknowledged, not simulated.
/// </summary>
internal static class GrantHandler
{
    public static void GrantPrivileges(StatementContext context, GrantPrivilegesStatement statement)
    {
        context.Tag = "GRANT";
        if (statement.WithGrantOption)
        {
            throw StatementContext.Fail(CatalogDiagnostics.NotSupported, "WITH GRANT OPTION is not supported", statement.Span,
                hint: "Materialize has no grant options: grant the privilege to each role that needs it");
        }

        Change(context, statement.Privileges, statement.Target, statement.Grantees, statement, grant: true);
    }

    public static void RevokePrivileges(StatementContext context, RevokePrivilegesStatement statement)
    {
        context.Tag = "REVOKE";
        if (statement.GrantOptionFor)
        {
            throw StatementContext.Fail(CatalogDiagnostics.NotSupported, "GRANT OPTION FOR is not supported", statement.Span,
                hint: "Materialize has no grant options");
        }

        Change(context, statement.Privileges, statement.Target, statement.Grantees, statement, grant: false);
    }

    public static void GrantRole(StatementContext context, GrantRoleStatement statement)
    {
        context.Tag = "GRANT ROLE";
        var roles = statement.Roles.Select(r => Names.Role(context.Catalog, r)).ToList();
        var members = statement.Members.Select(m => Names.Role(context.Catalog, m)).ToList();
        PrivilegeEnforcement.Enforce(context, statement);
        foreach (var role in roles)
        {
            foreach (var member in members.Select(m => context.Catalog.Roles[m.Id]))
            {
                if (role.Id == member.Id || Authorization.Memberships(context.Catalog, role.Id).Contains(member.Id))
                {
                    throw StatementContext.Fail(CatalogDiagnostics.CircularMembership,
                        $"role \"{member.Name}\" is a member of role \"{role.Name}\"", statement.Span,
                        hint: "role membership cannot be circular");
                }

                if (member.MemberOf.Contains(role.Id))
                {
                    context.Notice(null, $"role \"{member.Name}\" is already a member of role \"{role.Name}\"", statement.Span);
                    continue;
                }

                context.Catalog = context.Catalog.WithRole(member with { MemberOf = member.MemberOf.Add(role.Id) });
            }
        }
    }

    public static void RevokeRole(StatementContext context, RevokeRoleStatement statement)
    {
        context.Tag = "REVOKE ROLE";
        var roles = statement.Roles.Select(r => Names.Role(context.Catalog, r)).ToList();
        var members = statement.Members.Select(m => Names.Role(context.Catalog, m)).ToList();
        PrivilegeEnforcement.Enforce(context, statement);
        foreach (var role in roles)
        {
            foreach (var member in members.Select(m => context.Catalog.Roles[m.Id]))
            {
                if (!member.MemberOf.Contains(role.Id))
                {
                    context.Notice(null, $"role \"{member.Name}\" is not a member of role \"{role.Name}\"", statement.Span);
                    continue;
                }

                context.Catalog = context.Catalog.WithRole(member with { MemberOf = member.MemberOf.Remove(role.Id) });
            }
        }
    }

    public static void AlterDefaultPrivileges(StatementContext context, AlterDefaultPrivilegesStatement statement)
    {
        context.Tag = "ALTER DEFAULT PRIVILEGES";
        var kind = statement.ObjectKind switch
        {
            PluralObjectKind.Connections => ItemKind.Connection,
            PluralObjectKind.Secrets => ItemKind.Secret,
            _ => (ItemKind?)null,
        };
        if (kind is not { } itemKind)
        {
            context.Notice(null, $"default privileges on {KindKeywords.Of(statement.ObjectKind)} are not simulated", statement.Span);
            return;
        }

        var privileges = PrivilegeWords(statement.Privileges, DefaultPrivileges.AllOf(itemKind), KindKeywords.Of(statement.ObjectKind).TrimEnd('S'));
        var owners = statement.TargetRoles.IsEmpty
            ? [Role.PublicId]
            : statement.TargetRoles.Select(r => Names.Role(context.Catalog, r).Id).ToList();
        var grantees = Grantees(context, statement.Grantees);
        var scopes = statement.ContainerKind switch
        {
            ContainerKind.Schema => statement.Containers.Select(c => ((string?)null, (string?)Names.Schema(context.Catalog, context.Session, c).Id)).ToList(),
            ContainerKind.Database => statement.Containers.Select(c => ((string?)(context.Catalog.FindDatabase(c.Last.Value)
                ?? throw Names.Failure(CatalogDiagnostics.UnknownSchemaOrDatabase, $"unknown database '{c}'", c)).Id, (string?)null)).ToList(),
            _ => [((string?)null, (string?)null)],
        };
        PrivilegeEnforcement.Enforce(context, statement);

        var rules = context.Catalog.DefaultPrivileges.ToList();
        foreach (var owner in owners)
        {
            foreach (var (database, schema) in scopes)
            {
                foreach (var grantee in grantees)
                {
                    var existing = rules.FindIndex(r => r.RoleId == owner && r.DatabaseId == database && r.SchemaId == schema && r.Kind == itemKind && r.GranteeId == grantee);
                    var current = existing >= 0 ? rules[existing].Privileges : Privilege.None;
                    var updated = statement.IsGrant ? current | privileges : current & ~privileges;
                    if (existing >= 0)
                    {
                        rules.RemoveAt(existing);
                    }

                    if (updated != Privilege.None)
                    {
                        rules.Add(new DefaultPrivilegeRule(owner, database, schema, itemKind, grantee, updated));
                    }
                }
            }
        }

        context.Catalog = context.Catalog with { DefaultPrivileges = [.. rules] };
    }

    private static void Change(StatementContext context, PrivilegeSpec spec, GrantTarget target, ImmutableArray<RoleSpec> grantees, Statement statement, bool grant)
    {
        var objects = Objects(context, target);
        if (objects is null)
        {
            context.Notice(null, $"{context.Tag} on {Describe(target)} is not simulated", target.Span);
            return;
        }

        var grantable = objects.Count > 0 ? objects[0].Grantable : Privilege.Usage;
        var typeWord = objects.Count > 0 ? objects[0].Target(context.Catalog).ObjectType : "CONNECTION";
        var privileges = PrivilegeWords(spec, grantable, typeWord);
        var granteeIds = Grantees(context, grantees);
        PrivilegeEnforcement.Enforce(context, statement);
        foreach (var grantObject in objects)
        {
            var (ownerId, current) = grantObject.Privileges(context.Catalog);
            var acl = grant ? Acl.Grant(current, granteeIds, ownerId ?? DefaultCatalog.MzSystemRoleId, privileges) : Acl.Revoke(current, granteeIds, privileges);
            if (acl != current)
            {
                context.Catalog = grantObject.WithAcl(context.Catalog, acl);
            }
        }
    }

    /// <summary>The objects named, or null when they are of a kind the simulator does not track.</summary>
    private static List<GrantObject>? Objects(StatementContext context, GrantTarget target)
    {
        switch (target)
        {
            case SystemGrantTarget:
                return [new SystemGrantObject()];
            case AllObjectsGrantTarget all when all.Kind is PluralObjectKind.Connections or PluralObjectKind.Secrets:
                if (all.ContainerKind == ContainerKind.Schema)
                {
                    all.Containers.ToList().ForEach(c => Names.Schema(context.Catalog, context.Session, c));
                }

                return [.. GrantTargets.All(context.Catalog, context.Session.Database, all).Select(i => (GrantObject)new ItemGrantObject(i))];
            case ObjectGrantTarget { Kind: ObjectKind.Connection or ObjectKind.Secret or ObjectKind.Schema or ObjectKind.Database or ObjectKind.Cluster } objects:
                return [.. objects.Names.Select(name => Resolve(context, objects.Kind, name))];
            default:
                return null;
        }
    }

    private static GrantObject Resolve(StatementContext context, ObjectKind? kind, ObjectName name)
    {
        switch (kind)
        {
            case ObjectKind.Connection or ObjectKind.Secret:
                var item = Names.Item(context.Catalog, context.Session, name);
                var expected = kind == ObjectKind.Connection ? "connection" : "secret";
                return item.KindName == expected ? new ItemGrantObject(item) : throw Names.WrongKind(item, name, expected);
            case ObjectKind.Schema:
                return new SchemaGrantObject(Names.Schema(context.Catalog, context.Session, name));
            case ObjectKind.Cluster:
                return new ClusterGrantObject(Names.Cluster(context.Catalog, name.Last));
            default:
                return GrantTargets.Resolve(context.Catalog, context.Session.Database, kind, name, _ => null)
                    ?? throw Names.Failure(CatalogDiagnostics.UnknownSchemaOrDatabase, $"unknown database '{name}'", name);
        }
    }

    /// <summary>
    /// The privileges written, which must apply to the object type: ALL means every privilege the type
    /// has; anything else is <c>invalid privilege types SELECT, CREATE for SECRET</c> (listed in the fixed order).
    /// </summary>
    private static Privilege PrivilegeWords(PrivilegeSpec spec, Privilege grantable, string objectType)
    {
        if (spec.All)
        {
            return grantable;
        }

        var requested = Privilege.None;
        foreach (var word in spec.Privileges)
        {
            requested |= Catalog.Privileges.Parse(word.Text) ?? throw StatementContext.Fail(PrivilegeDiagnostics.InvalidPrivilege,
                $"unrecognized privilege type \"{word.Text.ToLowerInvariant()}\"", word.Span,
                hint: $"{objectType} privileges: {Catalog.Privileges.Names(grantable)}");
        }

        var invalid = requested & ~grantable;
        if (invalid != Privilege.None)
        {
            throw StatementContext.Fail(PrivilegeDiagnostics.InvalidPrivilege, $"invalid privilege types {Catalog.Privileges.Names(invalid)} for {objectType}",
                spec.Span, hint: $"{objectType} privileges: {Catalog.Privileges.Names(grantable)}");
        }

        return requested;
    }

    private static ImmutableArray<string> Grantees(StatementContext context, ImmutableArray<RoleSpec> grantees) =>
        [.. grantees.Select(g => g.Role.Value.Equals(Role.PublicName, StringComparison.OrdinalIgnoreCase) ? Role.PublicId : Names.Role(context.Catalog, g.Role).Id)];

    private static string Describe(GrantTarget target) => target switch
    {
        ObjectGrantTarget { Kind: { } kind } => KindKeywords.Of(kind),
        ObjectGrantTarget => "TABLE",
        AllObjectsGrantTarget all => $"ALL {KindKeywords.Of(all.Kind)}",
        _ => "this object type",
    };
}
