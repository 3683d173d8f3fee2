namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// The type of a secret value sub-expression, named as Materialize names it in messages
/// (<c>AS must have type bytea, not type integer</c>). <see cref="Unknown"/> is the type of string
/// literals and NULL before context gives them one.
/// </summary>
internal sealed record ExpressionType(string Name, ExpressionType? Element = null)
{
    public static readonly ExpressionType Unknown = new("unknown");
    public static readonly ExpressionType Text = new("text");
    public static readonly ExpressionType Bytea = new("bytea");
    public static readonly ExpressionType Integer = new("integer");
    public static readonly ExpressionType BigInt = new("bigint");
    public static readonly ExpressionType Numeric = new("numeric");
    public static readonly ExpressionType Boolean = new("boolean");
    public static readonly ExpressionType Record = new("record");

    /// <summary>The pseudo-type of an overload parameter that accepts any type but an array.</summary>
    public static readonly ExpressionType AnyNonArray = new("anynonarray");

    public bool IsArray => Element is not null;

    public static ExpressionType ArrayOf(ExpressionType element) => new(element.Name + "[]", element);

    public override string ToString() => Name;
}
