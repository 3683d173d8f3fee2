using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Cockroach.Execution;
using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Cockroach.Uris;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Privileges;
using RequirementKind = SqlConn.Engine.Privileges.RequirementKind;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Privileges;

/// <summary>
/// What each CockroachDB statement requires from the user running it, in the order CockroachDB checks them,
/// computed from the statement and the state it runs in. The CockroachDB handlers enforce exactly these (at the
/// step where CockroachDB checks them, <see cref="ClusterContext.EnforcePrivileges"/>) and
/// <see cref="PrivilegeExplainer"/> explains them; there is no other list. Names that do not resolve, and
/// placeholders, add nothing where the statement fails on them before its privileges are checked.
/// </summary>
public static class CockroachRequirements
{
    public static ImmutableArray<CockroachRequirement> For(EngineState state, Statement statement)
    {
        var user = state.Session.RoleId;
        var cluster = state.Catalog.Cockroach;
        return statement switch
        {
            CreateExternalConnectionStatement s => [System(cluster, CockroachPrivileges.ExternalConnection, "to create an external connection", s.Span,
                "only users with the EXTERNALCONNECTION system privilege are allowed to CREATE EXTERNAL CONNECTION", "GRANT SYSTEM EXTERNALCONNECTION TO the user")],
            AlterExternalConnectionStatement s when Value(s.Name) is { } name && Value(s.Uri) is not null =>
                [OnConnection(cluster, user, name, CockroachPrivileges.Update, "ALTER EXTERNAL CONNECTION replaces its URI", s.Name.Span)],
            DropExternalConnectionStatement s when Value(s.Name) is { } name =>
                [OnConnection(cluster, user, name, CockroachPrivileges.Drop, "DROP EXTERNAL CONNECTION removes it", s.Name.Span)],
            CheckExternalConnectionStatement s when Value(s.Uri) is { } uri => Destination(cluster, user, uri, s.Uri.Span),
            ShowExternalConnectionsStatement { Name: { } label } when Value(label) is { } name =>
                [OnConnection(cluster, user, name, CockroachPrivileges.Usage, "SHOW EXTERNAL CONNECTION shows it", label.Span) with
                {
                    Denial = $"must have USAGE privilege or be owner of the External Connection {GoStrconv.Quote(name)}",
                }],
            ShowCreateExternalConnectionsStatement { Name: { } label } when Value(label) is { } name => [ShowCreate(cluster, name, label.Span)],
            ShowCreateExternalConnectionsStatement s => [System(cluster, CockroachPrivileges.ViewClusterMetadata, "to show every connection's CREATE statement", s.Span,
                "must have VIEWCLUSTERMETADATA privilege to run `SHOW CREATE ALL EXTERNAL CONNECTIONS`")],
            GrantPrivilegesStatement { Target: ExternalConnectionGrantTarget target } s => GrantOptions(cluster, user, Names(s.Privileges), target, "GRANT passes them on", s.Span),
            RevokePrivilegesStatement { Target: ExternalConnectionGrantTarget target } s => GrantOptions(cluster, user, Names(s.Privileges), target, "REVOKE takes them back", s.Span),
            GrantSystemPrivilegesStatement s => GrantOptions(cluster, user, Names(null, s.Privileges), PrivilegeObject.Global, "GRANT SYSTEM passes them on", s.Span),
            RevokeSystemPrivilegesStatement s => GrantOptions(cluster, user, Names(null, s.Privileges), PrivilegeObject.Global, "REVOKE SYSTEM takes them back", s.Span),
            CreateRoleStatement s => [CreateRole(cluster, user, "CREATE USER and CREATE ROLE need it", s.Span)],
            DropObjectsStatement { Kind: ObjectKind.Role or ObjectKind.User } s => DropUsers(cluster, user, s),
            GrantRoleStatement s => [.. s.Roles.Select(role => RoleAdmin(user, role, "GRANT makes members of it"))],
            RevokeRoleStatement s => [.. s.Roles.Select(role => RoleAdmin(user, role, "REVOKE removes members from it"))],
            SetRoleStatement s when UserNames.Normalize(s.Role) is var role && cluster.FindRole(role) is not null => [BecomeRole(role, s.Role.Span)],
            _ => [],
        };
    }

    /// <summary>The label's string, or null for a placeholder, which fails the statement first.</summary>
    private static string? Value(Label label) => label.Kind == LabelKind.Placeholder ? null : label.Value;

    private static CockroachRequirement System(CockroachCatalog cluster, string privilege, string reason, TextSpan span, string denial, string? hint = null) =>
        new(CockroachCheck.Privilege, PrivilegeObject.Global, [privilege], Explained(cluster, PrivilegeObject.Global, privilege, reason, span), denial, hint);

    private static CockroachRequirement OnConnection(CockroachCatalog cluster, string user, string name, string privilege, string reason, TextSpan span)
    {
        var target = PrivilegeObject.ExternalConnection(name);
        return new(CockroachCheck.Privilege, target, [privilege], Explained(cluster, target, privilege, reason, span),
            $"user {user} does not have {privilege} privilege on {target}");
    }

    /// <summary>CockroachDB's <c>CheckDestinationPrivileges</c>: USAGE on the external connection, or EXTERNALIOIMPLICITACCESS for implicit credentials.</summary>
    private static ImmutableArray<CockroachRequirement> Destination(CockroachCatalog cluster, string user, string uri, TextSpan span) =>
        ImplicitAccess.Classify(uri) switch
        {
            ExternalConnectionAccess { ConnectionName: var name } => [OnConnection(cluster, user, name, CockroachPrivileges.Usage, "CHECK EXTERNAL CONNECTION uses it", span)],
            StorageAccess { UsesImplicitAccess: true } storage => [System(cluster, CockroachPrivileges.ExternalIoImplicitAccess,
                $"the {storage.Provider} URI uses the node's implicit credentials", span, storage.PrivilegeMessage)],
            _ => [],
        };

    private static CockroachRequirement ShowCreate(CockroachCatalog cluster, string name, TextSpan span)
    {
        var target = PrivilegeObject.ExternalConnection(name);
        return new(CockroachCheck.OwnerOrSystemPrivilege, target, [CockroachPrivileges.ViewClusterMetadata],
            new PrivilegeRequirement(RequirementKind.Ownership, Target(cluster, target), Catalog.Privilege.None, null, null,
                "SHOW CREATE EXTERNAL CONNECTION shows its URI unredacted", span, CockroachPrivileges.ViewClusterMetadata),
            $"must have VIEWCLUSTERMETADATA privilege or be owner of the External Connection {GoStrconv.Quote(name)}");
    }

    /// <summary>
    /// The grant options of the privileges on each object, checked after the privilege names and the objects
    /// resolve: nothing when one of them does not.
    /// </summary>
    private static ImmutableArray<CockroachRequirement> GrantOptions(
        CockroachCatalog cluster, string user, ImmutableArray<string>? privileges, ExternalConnectionGrantTarget target, string reason, TextSpan span) =>
        target.Names.All(n => cluster.FindConnection(n.Value) is not null)
            ? [.. target.Names.SelectMany(n => GrantOptions(cluster, user, privileges, PrivilegeObject.ExternalConnection(n.Value), reason, span))]
            : [];

    private static ImmutableArray<CockroachRequirement> GrantOptions(
        CockroachCatalog cluster, string user, ImmutableArray<string>? privileges, PrivilegeObject target, string reason, TextSpan span)
    {
        if (privileges is not { } names || names.Any(p => !CockroachPrivileges.ValidOn(target.Kind).Contains(p)))
        {
            return [];
        }

        var listed = string.Join(", ", names);
        return [new(CockroachCheck.GrantOptions, target, names, Explained(cluster, target, $"grant option of {listed}", reason, span),
            $"user {user} missing WITH GRANT OPTION privilege on {(names.Length > 1 ? "one or more of " : string.Empty)}{listed}",
            "only admins and users holding the privileges WITH GRANT OPTION can grant or revoke them")];
    }

    /// <summary>The privilege names as written (<c>ALL</c> for ALL PRIVILEGES), or null when one is unknown.</summary>
    private static ImmutableArray<string>? Names(PrivilegeSpec spec) => Names(spec.All ? CockroachPrivileges.All : null, spec.Privileges);

    private static ImmutableArray<string>? Names(string? all, IEnumerable<Word> words)
    {
        var names = words.Select(w => CockroachPrivileges.Find(w.Text)).ToList();
        return names.Any(n => n is null) ? null : [.. all is null ? [] : new[] { all }, .. names.OfType<string>()];
    }

    /// <summary>Managing users takes CREATEROLE: the system privilege or the role option (admins have it).</summary>
    private static CockroachRequirement CreateRole(CockroachCatalog cluster, string user, string reason, TextSpan span) =>
        new(CockroachCheck.SystemPrivilegeOrRoleOption, PrivilegeObject.Global, [CockroachPrivileges.CreateRole],
            Explained(cluster, PrivilegeObject.Global, CockroachPrivileges.CreateRole, reason, span), $"user {user} does not have CREATEROLE privilege");

    /// <summary>CREATEROLE, then, when a user to drop is an admin, membership in admin (checked after the reserved names).</summary>
    private static ImmutableArray<CockroachRequirement> DropUsers(CockroachCatalog cluster, string user, DropObjectsStatement statement)
    {
        var createRole = CreateRole(cluster, user, "DROP USER and DROP ROLE need it", statement.Span);
        var superuser = statement.Names.Select(n => n.Last)
            .FirstOrDefault(n => UserNames.Normalize(n) is var name && cluster.FindRole(name) is not null && Authorization.IsAdmin(cluster, name));
        return superuser is null
            ? [createRole]
            : [createRole, new(CockroachCheck.Admin, PrivilegeObject.Global, [],
                Membership(CockroachRole.Admin, $"{UserNames.Normalize(superuser)} is an admin: only admins drop admins", superuser.Span),
                "must be superuser to drop superusers")];
    }

    private static CockroachRequirement RoleAdmin(string user, Identifier source, string reason)
    {
        var role = UserNames.Normalize(source);
        return new(CockroachCheck.RoleAdmin, PrivilegeObject.Global, [], Membership(role, reason, source.Span) with { PrivilegeNames = "ADMIN OPTION" },
            role == CockroachRole.Admin ? $"{user} is not a role admin for role admin" : $"{user} is not a superuser or role admin for role {role}");
    }

    private static CockroachRequirement BecomeRole(string role, TextSpan span) =>
        new(CockroachCheck.BecomeRole, PrivilegeObject.Global, [], Membership(role, "SET ROLE assumes it; the session user's memberships count", span),
            role == CockroachRole.Root ? "only root can become root" : $"permission denied to set role {GoStrconv.Quote(role)}");

    private static PrivilegeRequirement Membership(string role, string reason, TextSpan span) =>
        new(RequirementKind.Membership, null, Catalog.Privilege.None, role, null, reason, span);

    private static PrivilegeRequirement Explained(CockroachCatalog cluster, PrivilegeObject target, string privileges, string reason, TextSpan span) =>
        new(RequirementKind.Privilege, Target(cluster, target), Catalog.Privilege.None, null, null, reason, span, privileges);

    /// <summary>The object as explanations name it: SYSTEM, or <c>EXTERNAL CONNECTION "c"</c> with its owner.</summary>
    private static PrivilegeTarget Target(CockroachCatalog cluster, PrivilegeObject target) =>
        target.Kind == PrivilegeObjectKind.Global
            ? new PrivilegeTarget(PrivilegeTarget.System, string.Empty, null, [])
            : new PrivilegeTarget("EXTERNAL CONNECTION", target.Name, cluster.FindConnection(target.Name)?.Owner, []);
}
