using SqlConn.Engine.Execution;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>
/// What queries see: the system relations of the current state, found by name as Materialize finds
/// them (unqualified names in mz_catalog and pg_catalog; mz_internal must be named), and the session.
/// </summary>
internal sealed class SystemCatalogEnvironment(EngineState state) : IQueryEnvironment
{
    /// <summary>The relations by schema, then by name (dictionaries of references, whose code is compiled ahead of time).</summary>
    private static readonly Dictionary<string, Dictionary<string, SystemRelation>> Relations =
        SystemRelations.All.GroupBy(r => r.Schema).ToDictionary(schema => schema.Key, schema => schema.ToDictionary(r => r.Name));

    private static readonly string[] ImplicitSchemas = [SystemRelations.MzCatalog, "pg_catalog"];

    public Relation? Find(IReadOnlyList<string> parts)
    {
        var relation = parts.Count switch
        {
            1 => ImplicitSchemas.Select(schema => Named(schema, parts[0])).FirstOrDefault(r => r is not null),
            2 => Named(parts[0], parts[1]),
            3 when state.Catalog.FindDatabase(parts[0]) is not null => Named(parts[1], parts[2]),
            _ => null,
        };
        return relation?.Build(state);
    }

    private static SystemRelation? Named(string schema, string name) =>
        Relations.TryGetValue(schema, out var relations) ? relations.GetValueOrDefault(name) : null;

    public SqlValue? SessionFunction(string name) => name switch
    {
        "current_role" or "current_user" => SqlValue.Of(state.Catalog.Roles[state.Session.RoleId].Name),
        "session_user" => SqlValue.Of(state.Catalog.Roles[state.Session.SessionRoleId].Name),
        "current_database" => SqlValue.Of(state.Session.Database),
        "current_schema" => SqlValue.Of(state.Session.SearchPath.FirstOrDefault()),
        "mz_environment_id" => SqlValue.Of(state.Catalog.Environment.EnvironmentId),
        _ => null,
    };
}
