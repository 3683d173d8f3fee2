using System.Collections.Frozen;

namespace SqlConn.Syntax.Redaction;

/// <summary>
/// The connection options whose value is secret material and must be written as <c>SECRET name</c>
/// (Materialize rejects a literal: "invalid PASSWORD: must provide a secret value"). A literal
/// written there anyway is still a secret: redacted output masks it.
/// </summary>
public static class SecretOptions
{
    public static FrozenSet<string> Names { get; } = FrozenSet.ToFrozenSet(["PASSWORD", "SASL PASSWORD", "SECRET ACCESS KEY", "SSL KEY"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="option"/> holds a secret written in the clear (not <c>SECRET name</c>).</summary>
    public static bool HoldsPlainSecret(Tree.Option option) =>
        Names.Contains(option.Name.Name) && option.Value is not (null or Tree.SecretValue or Tree.MissingValue);
}
