using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Privileges;

/// <summary>
/// Collects the requirements of one statement. Names that do not resolve add nothing: the statement
/// fails on them anyway, with the name error Materialize reports before it checks privileges.
/// </summary>
internal sealed class RequirementBuilder(EngineState state)
{
    private readonly List<PrivilegeRequirement> requirements = [];

    public Catalog.Catalog Catalog => state.Catalog;

    public Session Session => state.Session;

    public ImmutableArray<PrivilegeRequirement> ToImmutable() => [.. requirements];

    public CatalogItem? Item(ObjectName name) => Names.TryItemQuietly(state, name);

    /// <summary>CREATE on the schema a new object goes to.</summary>
    public void CreateIn(ObjectName name, string what)
    {
        try
        {
            var (schema, itemName) = Names.ForCreate(state.Catalog, state.Session, name);
            Needs(PrivilegeTarget.Of(state.Catalog, schema), Privilege.Create, $"to create {what} {itemName} in it", name.Span);
        }
        catch (StatementFailedException)
        {
            // An unknown schema fails the statement before privileges are checked.
        }
    }

    /// <summary>USAGE on an object the statement uses, and on its schema.</summary>
    public void Uses(ObjectName name, string reason)
    {
        if (Item(name) is { } item)
        {
            Add(RequirementKind.UsageOfReferencedObject, PrivilegeTarget.Of(state.Catalog, item), Privilege.Usage, reason, name.Span);
            Add(RequirementKind.UsageOfReferencedObject, PrivilegeTarget.Of(state.Catalog, state.Catalog.Schemas[item.SchemaId]), Privilege.Usage,
                $"it holds {item.KindName} {item.Name}", name.Span);
        }
    }

    /// <summary>USAGE on the schema that holds an item the statement names (DROP, SHOW CREATE).</summary>
    public void SchemaUsage(CatalogItem item, TextSpan span) =>
        Needs(PrivilegeTarget.Of(state.Catalog, state.Catalog.Schemas[item.SchemaId]), Privilege.Usage, $"it holds {item.KindName} {item.Name}", span);

    public void Owns(PrivilegeTarget target, string reason, TextSpan span) =>
        Add(RequirementKind.Ownership, target, Privilege.None, reason, span);

    public void Owns(CatalogItem item, string reason, TextSpan span) => Owns(PrivilegeTarget.Of(state.Catalog, item), reason, span);

    public void Member(Identifier role, string reason)
    {
        if (state.Catalog.FindRole(role.Value) is { } found)
        {
            requirements.Add(new PrivilegeRequirement(RequirementKind.Membership, null, Privilege.None, found.Id, null, reason, role.Span));
        }
    }

    public void Needs(PrivilegeTarget target, Privilege privilege, string reason, TextSpan span) =>
        Add(RequirementKind.Privilege, target, privilege, reason, span);

    public void System(Privilege privilege, string reason, TextSpan span) =>
        Needs(PrivilegeTarget.OfSystem(state.Catalog), privilege, reason, span);

    public void Superuser(string action, TextSpan span) =>
        requirements.Add(new PrivilegeRequirement(RequirementKind.Superuser, null, Privilege.None, null, action, $"only superusers may {action}", span));

    private void Add(RequirementKind kind, PrivilegeTarget target, Privilege privilege, string reason, TextSpan span) =>
        requirements.Add(new PrivilegeRequirement(kind, target, privilege, null, null, reason, span));
}
