using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// Valid SQL the simulator does not evaluate. Its type is unknown, so expressions built on it are
/// not type-checked (they become unsupported too); a query that still holds one after binding is
/// reported as not evaluated rather than run.
/// </summary>
internal sealed record BoundUnsupported(string Feature, Location Location) : BoundLeaf
{
    public override SqlType Type => SqlType.Text;

    public override SqlValue Evaluate(RowContext row) =>
        throw new InvalidOperationException($"{Feature} cannot be evaluated");
}
