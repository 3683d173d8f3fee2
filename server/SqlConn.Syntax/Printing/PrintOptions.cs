namespace SqlConn.Syntax.Printing;

/// <summary>
/// How <see cref="SqlPrinter"/> prints. With <see cref="RedactSecrets"/>, secret material never
/// reaches the output: secret values (<c>CREATE/ALTER SECRET ... AS</c>) and role passwords print as
/// Materialize's <c>'********'</c>, CockroachDB connection URIs as CockroachDB's own <c>'*****'</c>,
/// and string literals in statements kept verbatim (unanalysed statements, source and sink tails)
/// as <c>'********'</c>.
/// </summary>
public sealed record PrintOptions(bool RedactSecrets = false)
{
    public static PrintOptions Default { get; } = new();

    public static PrintOptions Redacted { get; } = new(RedactSecrets: true);
}
