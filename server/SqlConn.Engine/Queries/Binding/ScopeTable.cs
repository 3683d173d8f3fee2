using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// A FROM item that columns can be qualified with: <see cref="Name"/> is its alias, or the relation's
/// name without one (then <see cref="Schema"/> also qualifies it). <see cref="RelationName"/> is the
/// relation's own name, kept to explain a reference by that name once an alias hides it. Compared by
/// reference: each FROM item is its own table.
/// </summary>
internal sealed class ScopeTable(string name, string? schema, string? relationName, bool aliased, TextSpan span)
{
    public string Name { get; } = name;

    public string? Schema { get; } = schema;

    public string? RelationName { get; } = relationName;

    public bool Aliased { get; } = aliased;

    public TextSpan Span { get; } = span;

    /// <summary>Whether a qualifier (<c>t</c> or <c>schema.t</c>) names this table.</summary>
    public bool Matches(IReadOnlyList<string> qualifier) => qualifier.Count switch
    {
        1 => qualifier[0] == Name,
        2 => !Aliased && qualifier[0] == Schema && qualifier[1] == Name,
        _ => false,
    };

    /// <summary>Whether two FROM items conflict: same name, and one is an alias or both the same relation.</summary>
    public bool ConflictsWith(ScopeTable other) => Name == other.Name && (Aliased || other.Aliased || Schema == other.Schema);
}
