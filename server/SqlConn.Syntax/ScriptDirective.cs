using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax;

/// <summary>
/// A <c>-- sqlconn: name[=value]</c> comment that configures SqlConn, e.g.
/// <c>-- sqlconn: dialect=cockroachdb</c> or <c>-- sqlconn: bastion-updated</c>.
/// </summary>
public sealed record ScriptDirective(string Name, string? Value, TextSpan Span)
{
    public const string Prefix = "sqlconn:";
    public const string Dialect = "dialect";
    public const string BastionUpdated = "bastion-updated";

    /// <summary>The directives of a line comment (<c>-- sqlconn: a, b=c</c>), or none.</summary>
    public static ImmutableArray<ScriptDirective> Parse(string comment, TextSpan span)
    {
        var body = comment.AsSpan(2).Trim();
        if (!body.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ScriptDirective>();
        foreach (var part in body[Prefix.Length..].ToString().Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            result.Add(equals < 0
                ? new ScriptDirective(part.ToLowerInvariant(), null, span)
                : new ScriptDirective(part[..equals].ToLowerInvariant(), part[(equals + 1)..], span));
        }

        return result.ToImmutable();
    }

    /// <summary>The dialect named by a <c>-- sqlconn: dialect=...</c> comment on the first line, if any.</summary>
    public static SqlDialect? DialectOnFirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var line = (end < 0 ? text : text[..end]).Trim();
        if (!line.StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        return Parse(line, default).FirstOrDefault(d => d.Name == Dialect)?.Value is { } value ? ParseDialect(value) : null;
    }

    public static SqlDialect? ParseDialect(string value) => value.ToLowerInvariant() switch
    {
        "materialize" => SqlDialect.Materialize,
        "cockroachdb" or "cockroach" or "crdb" => SqlDialect.CockroachDb,
        _ => null,
    };
}
