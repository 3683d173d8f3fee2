using System.Collections.Immutable;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Connections;

/// <summary>
/// Everything SqlConn knows about one connection type, as data: the options it permits (its
/// whitelist, in canonical order, each with its per-type requirement, default, allowed values and
/// description), its type-specific rules in the order the planner checks them, and whether
/// Materialize validates it by default. Validation, completion, hover, inlay hints and the docs all
/// read these tables; adding an option is adding a row.
/// </summary>
public sealed record ConnectionTypeSpec(
    ConnectionKind Kind,
    string CatalogName,
    bool ValidatedByDefault,
    string Summary,
    ImmutableArray<OptionRow> Options,
    ImmutableArray<ConnectionRule> Rules)
{
    /// <summary>The type as written in SQL and messages (<c>CONFLUENT SCHEMA REGISTRY</c>).</summary>
    public string DisplayName => KindKeywords.Of(Kind);

    public OptionRow? Row(string option)
    {
        foreach (var row in Options)
        {
            if (row.Name == option)
            {
                return row;
            }
        }

        return null;
    }

    public bool Permits(string option) => Row(option) is not null;
}
