using System.Collections.Immutable;
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
    private static readonly ImmutableDictionary<(string Schema, string Name), SystemRelation> Relations =
        SystemRelations.All.ToImmutableDictionary(r => (r.Schema, r.Name));

    private static readonly string[] ImplicitSchemas = [SystemRelations.MzCatalog, "pg_catalog"];

    public Relation? Find(IReadOnlyList<string> parts)
    {
        var relation = parts.Count switch
        {
            1 => ImplicitSchemas.Select(schema => Relations.GetValueOrDefault((schema, parts[0]))).FirstOrDefault(r => r is not null),
            2 => Relations.GetValueOrDefault((parts[0], parts[1])),
            3 when state.Catalog.FindDatabase(parts[0]) is not null => Relations.GetValueOrDefault((parts[1], parts[2])),
            _ => null,
        };
        return relation?.Build(state);
    }

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
