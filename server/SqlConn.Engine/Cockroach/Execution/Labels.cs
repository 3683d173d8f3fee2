using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>Evaluation of CockroachDB's <c>string_or_placeholder</c>: names and URIs.</summary>
internal static class Labels
{
    /// <summary>
    /// The label's string. A placeholder has no value in a script: CockroachDB's evaluation error, after the
    /// statement's <paramref name="wrapper"/> when it has one (<c>failed to resolve External Connection name</c>).
    /// </summary>
    public static string Value(Label label, string? wrapper = null) =>
        label.Kind != LabelKind.Placeholder
            ? label.Value
            : throw StatementContext.Fail(CockroachDiagnostics.UnboundPlaceholder,
                (wrapper is null ? string.Empty : wrapper + ": ") + $"no value provided for placeholder: {label.Value}", label.Span,
                hint: "placeholders get their values from a prepared statement's parameters; write the value in the script");
}
