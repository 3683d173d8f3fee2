using System.Collections.Immutable;

namespace SqlConn.Engine.Connections;

public enum Requirement
{
    Optional,
    Required,

    /// <summary>Required in some configurations; <see cref="OptionRow.Constraints"/> says which.</summary>
    Conditional,
}

/// <summary>
/// The default of an option. <see cref="Value"/> computes it from the names of the options present
/// (the Kafka SECURITY PROTOCOL default depends on them); null means "no value" (e.g. the broker's
/// default replication factor).
/// </summary>
public sealed record OptionDefault(string Description, Func<IReadOnlySet<string>, string?> Value)
{
    public static OptionDefault Constant(string value) => new(value, _ => value);
}

/// <summary>
/// One option of one connection type: the row that drives validation, completion, hover and inlay
/// hints. <see cref="AllowedValues"/> are the canonical spellings; <see cref="Constraints"/> is the
/// human-readable form of the type's rules that mention it; a <see cref="Generated"/> option is set
/// by Materialize and never offered to users.
/// </summary>
public sealed record OptionRow(
    OptionDefinition Definition,
    Requirement Requirement,
    string Description,
    OptionDefault? Default = null,
    ImmutableArray<string> AllowedValues = default,
    string? Constraints = null,
    bool Generated = false)
{
    public string Name => Definition.Name;

    public ImmutableArray<string> Values => AllowedValues.IsDefault ? [] : AllowedValues;
}
