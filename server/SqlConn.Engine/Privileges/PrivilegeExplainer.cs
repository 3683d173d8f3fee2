using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;

namespace SqlConn.Engine.Privileges;

/// <summary>
/// The privilege explanation API: for a statement and the state it runs in, each privilege it requires
/// (object, privilege, reason) and whether the current role holds it — directly, through a role, as
/// owner, as superuser or through PUBLIC. <c>sqlconn run --explain-privileges</c> prints it; the
/// language server shows it as hover, diagnostics and inlay hints.
/// </summary>
public static class PrivilegeExplainer
{
    /// <summary>The checks of a Materialize statement; none for a CockroachDB session, whose users and privileges are CockroachDB's.</summary>
    public static ImmutableArray<PrivilegeCheck> Explain(EngineState state, ParsedStatement statement) =>
        statement.HasErrors || state.Session.Dialect == SqlDialect.CockroachDb
            ? []
            : [.. PrivilegeRequirements.For(state, statement.Node)
                .OrderBy(r => r.Kind)
                .Select(r => Authorization.Check(state.Catalog, state.Session.RoleId, r))];

    /// <summary>One line: what is required, why, and whether and how it is held.</summary>
    public static string Describe(PrivilegeCheck check, Catalog.Catalog catalog)
    {
        var requirement = check.Requirement;
        var what = requirement.Kind switch
        {
            RequirementKind.Membership => $"membership in role \"{(requirement.RoleId is { } id && catalog.Roles.TryGetValue(id, out var role) ? role.Name : requirement.RoleId)}\"",
            RequirementKind.Ownership => $"ownership of {requirement.Target?.Quoted}",
            RequirementKind.Superuser => "superuser",
            _ => $"{Catalog.Privileges.Names(requirement.Privilege)} on {requirement.Target?.Quoted}",
        };
        var how = check.Grant switch
        {
            Grant.Missing => "MISSING",
            Grant.Superuser => "held (superuser)",
            Grant.Owner => "held (owner)",
            Grant.Directly => "held (granted directly)",
            Grant.ThroughMembership => $"held (through role {check.ThroughRole})",
            _ => "held (granted to PUBLIC)",
        };
        return $"{what} ({requirement.Reason}): {how}";
    }
}
