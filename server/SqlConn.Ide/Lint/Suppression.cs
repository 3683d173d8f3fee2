using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Lint;

public enum SuppressionScope
{
    /// <summary><c>-- sqlconn-ignore</c>: the statement after the comment (or around it).</summary>
    Statement,

    /// <summary><c>-- sqlconn-ignore-file</c>: the whole file.</summary>
    File,
}

/// <summary>A code named by a suppression comment, and where (absolute span).</summary>
public sealed record SuppressedCode(string Code, TextSpan Span);

/// <summary>
/// A suppression comment of a document: <c>-- sqlconn-ignore CODE[, CODE]: reason</c> or
/// <c>-- sqlconn-ignore-file CODE[, CODE]: reason</c>. <see cref="Span"/> is the comment's absolute span;
/// <see cref="StatementIndex"/> is the statement a <see cref="SuppressionScope.Statement"/> suppression
/// applies to (null when no statement follows it, and for file suppressions). <see cref="Reason"/> is
/// null when the comment gives none.
/// </summary>
public sealed record Suppression(SuppressionScope Scope, ImmutableArray<SuppressedCode> Codes, string? Reason, TextSpan Span, int? StatementIndex)
{
    /// <summary>True when the suppression covers <paramref name="code"/> reported in the statement at <paramref name="statementIndex"/>.</summary>
    public bool Covers(string code, int? statementIndex) =>
        (Scope == SuppressionScope.File || (StatementIndex is { } index && index == statementIndex))
        && Codes.Any(c => c.Code == code);
}
