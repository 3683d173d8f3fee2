using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Privileges;

/// <summary>
/// Checks a statement's privilege requirements (<see cref="PrivilegeRequirements"/>) at the point of
/// execution where Materialize does (after planning), in Materialize's order, with its messages (spec
/// §5.3). Requirements of one kind that fail together are reported together, as Materialize joins
/// them (<c>must be owner of CONNECTION a, CONNECTION b</c>). Superusers pass every check.
/// </summary>
internal static class PrivilegeEnforcement
{
    public static void Enforce(StatementContext context, Statement statement)
    {
        // A superuser holds every requirement (Authorization.Check): there is nothing to compute.
        if (Authorization.IsSuperuser(context.Catalog, context.Session.RoleId))
        {
            return;
        }

        var state = new EngineState(context.Catalog, context.Session);
        var failed = PrivilegeRequirements.For(state, statement)
            .Select(r => Authorization.Check(context.Catalog, context.Session.RoleId, r))
            .Where(c => !c.Held)
            .GroupBy(c => c.Requirement.Kind)
            .OrderBy(g => g.Key);
        foreach (var group in failed)
        {
            context.Deny(Error(context, [.. group.Select(c => c.Requirement)]));
        }
    }

    private static EngineError Error(StatementContext context, IReadOnlyList<PrivilegeRequirement> requirements)
    {
        var first = requirements[0];
        var role = context.Catalog.Roles.TryGetValue(context.Session.RoleId, out var current) ? current.Name : context.Session.RoleId;
        switch (first.Kind)
        {
            case RequirementKind.Membership:
                return new EngineError(PrivilegeDiagnostics.NotMember,
                    $"must be a member of {string.Join(", ", requirements.Select(r => $"\"{RoleName(context.Catalog, r.RoleId)}\"").Distinct())}",
                    first.Span, Hint: $"GRANT {RoleName(context.Catalog, first.RoleId)} TO {role}");
            case RequirementKind.Ownership:
                return new EngineError(PrivilegeDiagnostics.NotOwner,
                    $"must be owner of {string.Join(", ", requirements.Select(r => $"{r.Target?.ObjectType} {r.Target?.Name}").Distinct())}",
                    first.Span, Hint: first.Target?.OwnerId is { } owner ? $"the owner is {RoleName(context.Catalog, owner)}" : null);
            case RequirementKind.Superuser:
                return new EngineError(PrivilegeDiagnostics.SuperuserRequired, $"permission denied to {first.Action}", first.Span,
                    Detail: $"You must be a superuser to {first.Action}");
            default:
                var target = first.Target ?? throw new InvalidOperationException("a privilege requirement without a target");
                var privileges = Catalog.Privileges.Names(requirements.Where(r => r.Target == target).Aggregate(Privilege.None, (p, r) => p | r.Privilege));
                return new EngineError(PrivilegeDiagnostics.PermissionDenied, $"permission denied for {target.Quoted}", first.Span,
                    Detail: $"The '{role}' role needs {privileges} privileges on {target.Quoted}",
                    Hint: target.ObjectType == PrivilegeTarget.System
                        ? $"GRANT {privileges} ON SYSTEM TO {role}"
                        : $"GRANT {privileges} ON {target.ObjectType} {target.Name} TO {role}");
        }
    }

    private static string RoleName(Catalog.Catalog catalog, string? id) =>
        id is not null && catalog.Roles.TryGetValue(id, out var role) ? role.Name : id ?? "?";
}
