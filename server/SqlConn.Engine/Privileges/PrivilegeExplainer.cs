using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.Privileges;
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
    /// <summary>
    /// The checks of a statement: Materialize's (<see cref="PrivilegeRequirements"/>, in Materialize's order),
    /// or in a CockroachDB session CockroachDB's (<see cref="CockroachRequirements"/>, in the order it checks them).
    /// </summary>
    public static ImmutableArray<PrivilegeCheck> Explain(EngineState state, ParsedStatement statement) =>
        statement.HasErrors ? []
        : state.Session.Dialect == SqlDialect.CockroachDb
            ? [.. CockroachRequirements.For(state, statement.Node).Select(r => Cockroach.Privileges.Authorization.Check(state.Catalog.Cockroach, state.Session, r))]
            : [.. PrivilegeRequirements.For(state, statement.Node)
                .OrderBy(r => r.Kind)
                .Select(r => Authorization.Check(state.Catalog, state.Session.RoleId, r))];

    /// <summary>Whether the session's current role passes every check: a Materialize superuser, or a CockroachDB admin (root included).</summary>
    public static bool RunsAsSuperuser(EngineState state) =>
        state.Session.Dialect == SqlDialect.CockroachDb
            ? Cockroach.Privileges.Authorization.IsAdmin(state.Catalog.Cockroach, state.Session.RoleId)
            : Authorization.IsSuperuser(state.Catalog, state.Session.RoleId);

    /// <summary>The name of a role of the session's dialect: a Materialize role id's name, or a CockroachDB user name as it is.</summary>
    public static string RoleName(EngineState state, string id) =>
        state.Session.Dialect != SqlDialect.CockroachDb && state.Catalog.Roles.TryGetValue(id, out var role) ? role.Name : id;

    /// <summary>One line: what is required, why, and whether and how it is held, in the state the statement runs in.</summary>
    public static string Describe(PrivilegeCheck check, EngineState state)
    {
        var requirement = check.Requirement;
        var what = requirement.Kind switch
        {
            RequirementKind.Membership => $"membership in role \"{(requirement.RoleId is { } id ? RoleName(state, id) : null)}\""
                + (requirement.PrivilegeNames is { } option ? $" WITH {option}" : string.Empty),
            RequirementKind.Ownership => $"ownership of {requirement.Target?.Quoted}"
                + (requirement.PrivilegeNames is { } alternative ? $" or the {alternative} system privilege" : string.Empty),
            RequirementKind.Superuser => "superuser",
            _ when requirement.PrivilegeNames is { } names => requirement.Target?.ObjectType == PrivilegeTarget.System
                ? $"{names} system privilege"
                : $"{names} on {requirement.Target?.Quoted}",
            _ => $"{Catalog.Privileges.Names(requirement.Privilege)} on {requirement.Target?.Quoted}",
        };
        var how = check.Grant switch
        {
            Grant.Missing => "MISSING",
            Grant.Superuser => "held (superuser)",
            Grant.Owner => "held (owner)",
            Grant.Directly => "held (granted directly)",
            Grant.ThroughMembership => $"held (through role {check.ThroughRole})",
            Grant.Admin => "held (admin role)",
            Grant.RoleOption => "held (role option)",
            _ => "held (granted to PUBLIC)",
        };
        return $"{what} ({requirement.Reason}): {how}";
    }
}
