using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Privileges;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;

namespace SqlConn.Ide.Features.Privileges;

/// <summary>
/// The privilege hints of a statement: each privilege it needs and whether the role it runs as holds
/// it, from the engine's explanation API (<see cref="PrivilegeExplainer"/>) in the state the statement
/// runs in, so a <c>SET ROLE</c> or a <c>GRANT</c> earlier in the script counts. Statement hover and
/// inlay hints show them; the missing ones are also the engine's privilege warnings.
/// </summary>
public static class StatementPrivileges
{
    public static ImmutableArray<PrivilegeCheck> Of(DocumentAnalysis document, ParsedStatement statement) =>
        PrivilegeExplainer.Explain(document.StateBefore(statement.Index), statement);

    /// <summary>Whether the statement runs as a superuser (a CockroachDB admin), for whom every check passes.</summary>
    public static bool RunsAsSuperuser(DocumentAnalysis document, ParsedStatement statement) =>
        PrivilegeExplainer.RunsAsSuperuser(document.StateBefore(statement.Index));

    /// <summary>
    /// A few words for what a check asks, e.g. <c>USAGE</c>, <c>owner</c>, <c>member of app</c>; a
    /// privilege on a container (schema, database, cluster, system) names it: <c>schema CREATE</c>.
    /// </summary>
    public static string ShortName(PrivilegeCheck check, EngineState state) => check.Requirement switch
    {
        { Kind: RequirementKind.Ownership } => "owner",
        { Kind: RequirementKind.Superuser } => "superuser",
        { Kind: RequirementKind.Membership, RoleId: var id, PrivilegeNames: var option } =>
            $"member of {(id is null ? null : PrivilegeExplainer.RoleName(state, id))}{(option is null ? string.Empty : $" WITH {option}")}",
        { Target.ObjectType: "SCHEMA" or "DATABASE" or "CLUSTER" or PrivilegeTarget.System } requirement =>
            $"{requirement.Target.ObjectType.ToLowerInvariant()} {Names(requirement)}",
        var requirement => Names(requirement),
    };

    /// <summary>The privileges by name: CockroachDB's as the requirement gives them, or Materialize's.</summary>
    private static string Names(PrivilegeRequirement requirement) => requirement.PrivilegeNames ?? Engine.Catalog.Privileges.Names(requirement.Privilege);
}
