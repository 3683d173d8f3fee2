using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Cockroach.Privileges;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>
/// GRANT / REVOKE [GRANT OPTION FOR] privileges ON EXTERNAL CONNECTION, and GRANT / REVOKE SYSTEM (spec §3.4,
/// pkg/sql/grant_revoke_system.go). The checks, in order: privilege names, their validity for the object,
/// the grantees, the objects, then per object the current user's grant options.
/// </summary>
internal static class PrivilegeHandler
{
    private const string ResolveWrapper = "failed to resolve External Connection";

    public static void Grant(StatementContext context, GrantPrivilegesStatement statement, ExternalConnectionGrantTarget target) =>
        Grant(context, Names(statement.Privileges, PrivilegeObjectKind.ExternalConnection), statement.Grantees, () => Connections(context, target),
            statement.WithGrantOption);

    public static void GrantSystem(StatementContext context, GrantSystemPrivilegesStatement statement) =>
        Grant(context, Names(null, statement.Privileges, PrivilegeObjectKind.Global), statement.Grantees, () => [PrivilegeObject.Global],
            statement.WithGrantOption);

    public static void Revoke(StatementContext context, RevokePrivilegesStatement statement, ExternalConnectionGrantTarget target) =>
        Revoke(context, Names(statement.Privileges, PrivilegeObjectKind.ExternalConnection), statement.Grantees, () => Connections(context, target),
            statement.GrantOptionFor);

    public static void RevokeSystem(StatementContext context, RevokeSystemPrivilegesStatement statement) =>
        Revoke(context, Names(null, statement.Privileges, PrivilegeObjectKind.Global), statement.Grantees, () => [PrivilegeObject.Global],
            statement.GrantOptionFor);

    private static void Grant(
        StatementContext context, List<string> privileges, IEnumerable<RoleSpec> grantees, Func<IReadOnlyList<PrivilegeObject>> targets, bool withGrantOption)
    {
        context.Tag = "GRANT";
        Change(context, privileges, Grantees(context, grantees, withGrantOption), targets, (row, _) => row.Granting(privileges, withGrantOption));
    }

    private static void Revoke(
        StatementContext context, List<string> privileges, IEnumerable<RoleSpec> grantees, Func<IReadOnlyList<PrivilegeObject>> targets, bool grantOptionFor)
    {
        context.Tag = "REVOKE";
        Change(context, privileges, Grantees(context, grantees, grantingOptions: false), targets,
            (row, kind) => row.Revoking(privileges, CockroachPrivileges.ValidOn(kind), grantOptionFor));
    }

    private static void Change(
        StatementContext context,
        IReadOnlyList<string> privileges,
        IReadOnlyList<string> grantees,
        Func<IReadOnlyList<PrivilegeObject>> resolveTargets,
        Func<UserPrivileges, PrivilegeObjectKind, UserPrivileges?> change)
    {
        var cluster = context.Cluster();
        var targets = resolveTargets();
        context.EnforcePrivileges();
        foreach (var target in targets)
        {
            foreach (var grantee in grantees)
            {
                cluster = cluster.WithPrivileges(target, grantee, change(cluster.PrivilegesOf(grantee, target), target.Kind));
            }
        }

        context.SetCluster(cluster);
    }

    /// <summary>
    /// The privilege names as written (<c>ALL</c> for ALL PRIVILEGES, at <paramref name="all"/>), each known and
    /// valid on the object kind.
    /// </summary>
    private static List<string> Names(PrivilegeSpec spec, PrivilegeObjectKind kind) => Names(spec.All ? spec.Span : null, spec.Privileges, kind);

    private static List<string> Names(TextSpan? all, IEnumerable<Word> words, PrivilegeObjectKind kind)
    {
        var named = new List<(string Name, TextSpan Span)>();
        if (all is { } allSpan)
        {
            named.Add((CockroachPrivileges.All, allSpan));
        }

        foreach (var word in words)
        {
            var name = CockroachPrivileges.Find(word.Text)
                ?? throw StatementContext.Fail(CockroachDiagnostics.InvalidPrivilege, $"not a valid privilege: \"{word.Text.ToLowerInvariant()}\"", word.Span);
            named.Add((name, word.Span));
        }

        foreach (var (name, span) in named.Where(n => !CockroachPrivileges.ValidOn(kind).Contains(n.Name)))
        {
            throw kind == PrivilegeObjectKind.Global
                ? StatementContext.Fail(CockroachDiagnostics.InvalidPrivilege, $"invalid privilege type {name} for global", span,
                    hint: "GRANT SYSTEM takes system privileges, such as EXTERNALCONNECTION, VIEWCLUSTERMETADATA or EXTERNALIOIMPLICITACCESS")
                : StatementContext.Fail(CockroachDiagnostics.InvalidPrivilege, $"invalid privilege type {name} for external_connection", span,
                    hint: "an external connection takes ALL, USAGE, DROP and UPDATE");
        }

        return [.. named.Select(n => n.Name)];
    }

    /// <summary>The grantees, each an existing user or public (which cannot receive grant options).</summary>
    private static List<string> Grantees(StatementContext context, IEnumerable<RoleSpec> specs, bool grantingOptions)
    {
        var grantees = new List<string>();
        foreach (var spec in specs)
        {
            var name = UserNames.Normalize(spec.Role);
            if (name == CockroachRole.Public && grantingOptions)
            {
                throw StatementContext.Fail(CockroachDiagnostics.InvalidPrivilege, "grant options cannot be granted to \"public\" role", spec.Span);
            }

            if (name != CockroachRole.Public && context.Cluster().FindRole(name) is null)
            {
                throw UserNames.Unknown(name, spec.Role);
            }

            grantees.Add(name);
        }

        return grantees;
    }

    private static List<PrivilegeObject> Connections(StatementContext context, ExternalConnectionGrantTarget target) =>
        [.. target.Names.Select(name => context.Cluster().FindConnection(name.Value) is not null
            ? PrivilegeObject.ExternalConnection(name.Value)
            : throw ConnectionErrors.NotFound(name.Value, name.Span, ResolveWrapper))];
}
