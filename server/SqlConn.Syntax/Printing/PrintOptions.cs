namespace SqlConn.Syntax.Printing;

/// <summary>
/// How <see cref="SqlPrinter"/> prints. With <see cref="RedactSecrets"/>, secret material never
/// reaches the output: secret values (<c>CREATE/ALTER SECRET ... AS</c>), role passwords and values
/// written in the clear for a secret-only option (<see cref="Redaction.SecretOptions"/>) print as
/// Materialize's <c>'********'</c>, CockroachDB connection URIs as CockroachDB's own <c>'*****'</c>,
/// and string literals in statements kept verbatim (unanalysed statements, source and sink tails)
/// as <c>'********'</c>. <see cref="CatalogForm"/> reproduces how Materialize itself prints the
/// <c>create_sql</c> of its catalog, quirks included: no space before a broker's
/// <c>USING SSH TUNNEL</c> (spec §2.3; the output still parses). With a <see cref="ListIndent"/>,
/// the main list of a statement (connection options, ALTER CONNECTION actions, cluster, source and
/// sink options) prints one item per line, indented by it: the formatter's layout for long statements.
/// </summary>
public sealed record PrintOptions(bool RedactSecrets = false, bool CatalogForm = false, string? ListIndent = null)
{
    public static PrintOptions Default { get; } = new();

    public static PrintOptions Redacted { get; } = new(RedactSecrets: true);

    public static PrintOptions Catalog { get; } = new(CatalogForm: true);
}
