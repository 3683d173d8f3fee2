using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Secrets;

/// <summary>
/// The diagnostics of secret values (<c>CREATE SECRET ... AS expr</c>, <c>ALTER SECRET ... AS expr</c>),
/// category <c>semantic</c>, codes SC22xx. Messages use Materialize's wording, except that no message
/// ever quotes text taken from the value expression (Materialize quotes a bad base64 symbol or a whole
/// bad bytea literal): that text may be the secret. The diagnostic's span shows where it is instead.
/// </summary>
public static class SecretDiagnostics
{
    public const string Category = "semantic";

    public static readonly DiagnosticDescriptor NotBytea = new(
        "SC2201", "secret value is not bytea", DiagnosticSeverity.Error, Category,
        "A secret's value must have type bytea. A plain string literal becomes bytea by itself, but an "
        + "expression that computes text (|| of two strings, repeat(), a ::text cast) or a number does not. "
        + "Cast it with ::bytea, or write the value as a single literal or with decode().",
        "CREATE SECRET s AS 'abc' || 'def';",
        "CREATE SECRET s AS ('abc' || 'def')::bytea;");

    public static readonly DiagnosticDescriptor NullValue = new(
        "SC2202", "secret value is null", DiagnosticSeverity.Error, Category,
        "The value expression evaluates to NULL, either written as NULL or computed from a NULL argument "
        + "(functions and || return NULL when an argument is NULL). A secret must have a value.",
        "CREATE SECRET s AS NULL;",
        "CREATE SECRET s AS 'hunter2';");

    public static readonly DiagnosticDescriptor TooLarge = new(
        "SC2203", "secret value is too large", DiagnosticSeverity.Error, Category,
        "A secret holds at most 512 KiB (524,288 bytes), the largest value every secrets store Materialize "
        + "runs on accepts. Most secrets are well under 100 bytes; certificate bundles are the usual "
        + "exception. Split the bundle or keep only the certificates the connection needs.",
        "CREATE SECRET s AS repeat('x', 1024 * 512 + 1)::bytea;",
        "CREATE SECRET s AS repeat('x', 1024 * 512)::bytea;");

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "SC2204", "secret value is not valid UTF-8", DiagnosticSeverity.Error, Category,
        "Materialize only stores secrets whose bytes are valid UTF-8. A \\x or \\nnn escape in the literal, "
        + "or decode() of base64 or hex data, produced bytes that are not UTF-8 (binary DER keys, for "
        + "instance). Store PEM text instead of DER, or the base64 text itself.",
        "CREATE SECRET s AS '\\x80';",
        "CREATE SECRET s AS '\\xc3a9';");

    public static readonly DiagnosticDescriptor ForbiddenExpression = new(
        "SC2205", "secret value uses a construct AS does not allow", DiagnosticSeverity.Error, Category,
        "The value expression is planned with no table in scope and evaluated once, so it cannot contain "
        + "subqueries, parameters ($1), aggregate functions (count, sum, ...) or table functions "
        + "(generate_series, unnest, ...). Compute the value beforehand and write it as a literal.",
        "CREATE SECRET s AS (SELECT 'hunter2');",
        "CREATE SECRET s AS 'hunter2';");

    public static readonly DiagnosticDescriptor InvalidInput = new(
        "SC2206", "secret value cannot be computed", DiagnosticSeverity.Error, Category,
        "Evaluating the value expression failed: a literal is not valid bytea input syntax (\\x must be "
        + "followed by pairs of hex digits; any other backslash must be \\\\ or three octal digits), decode() "
        + "got malformed base64 or hex or an unknown format, or arithmetic divided by zero or overflowed. "
        + "To store a backslash, double it or use decode(..., 'base64').",
        "CREATE SECRET s AS decode('c2VjcmV0Cg', 'base64');",
        "CREATE SECRET s AS decode('c2VjcmV0Cg==', 'base64');");

    public static readonly DiagnosticDescriptor Unresolved = new(
        "SC2207", "secret value refers to something that does not exist", DiagnosticSeverity.Error, Category,
        "The value expression names a column (no table is in scope, so every bare name is an unknown "
        + "column: quote text with single quotes), a function, type or operator that does not exist for "
        + "these argument types, or a cast the database does not have. SqlConn evaluates the functions "
        + Evaluation.FunctionCatalog.Supported + " and the types " + Evaluation.TypeNames.Supported
        + "; a function or type outside these is reported as unknown even where Materialize has it.",
        "CREATE SECRET s AS hunter2;",
        "CREATE SECRET s AS 'hunter2';");

    public static readonly DiagnosticDescriptor NotSimulated = new(
        "SC2208", "secret value cannot be simulated", DiagnosticSeverity.Warning, Category,
        "The value expression is valid SQL that SqlConn's simulator does not evaluate (a comparison, CASE, "
        + "numeric arithmetic, a convert_to() encoding other than UTF8, or a value over 64 MiB along the way). "
        + "The database may well accept it; SqlConn cannot compute its fingerprint, size or kind. Write the "
        + "value as a literal or with decode() to have it checked.",
        "CREATE SECRET s AS (CASE WHEN true THEN 'a' END)::bytea;",
        "CREATE SECRET s AS 'a';");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        [NotBytea, NullValue, TooLarge, NotUtf8, ForbiddenExpression, InvalidInput, Unresolved, NotSimulated];
}
