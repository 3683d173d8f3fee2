using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Connections;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.InlayHints;

/// <summary>
/// Inlay hints for the effective defaults of CREATE CONNECTION: after the last option, each option of
/// the type that is not written and has a default in its row, computed from the options present (the
/// implied Kafka SECURITY PROTOCOL depends on them), e.g. <c>, PORT = 5432</c>; after the option list,
/// the validation the type gets without a WITH clause, e.g. <c> WITH (VALIDATE = true)</c>. Statements
/// with syntax errors (being typed) get none.
/// </summary>
public static class DefaultHints
{
    public static ImmutableArray<InlayHint> Compute(DocumentAnalysis document, TextSpan range) =>
        [.. document.Script.Statements
            .Where(s => s.Span.IntersectsWith(range) && !s.HasErrors)
            .SelectMany(s => s.Node is CreateConnectionStatement create ? Hints(s, create) : [])
            .Where(h => range.Contains(h.Position) || range.End == h.Position)];

    private static IEnumerable<InlayHint> Hints(ParsedStatement statement, CreateConnectionStatement create)
    {
        if (create.Options.IsEmpty)
        {
            yield break;
        }

        var spec = ConnectionTypes.Of(create.Type.Kind);
        var present = create.Options.Select(o => o.Name.Name).ToHashSet();
        var afterOptions = statement.ToAbsolute(create.Options[^1].Span).End;
        foreach (var row in spec.Options.Where(r => !r.Generated && !present.Contains(r.Name)))
        {
            if (row.Default is { } defaultValue && defaultValue.Value(present) is { } value)
            {
                yield return new InlayHint(afterOptions, $", {row.Name} = {Literal(row, value)}",
                    $"Default of {row.Name} for {spec.DisplayName} connections: {defaultValue.Description}");
            }
        }

        if (create.WithOptions.IsEmpty)
        {
            var validated = spec.ValidatedByDefault ? "true" : "false";
            yield return new InlayHint(statement.Span.End, $" WITH (VALIDATE = {validated})",
                spec.ValidatedByDefault
                    ? $"Materialize validates {spec.DisplayName} connections when it creates them: it must reach and authenticate with the system"
                    : $"Materialize does not validate {spec.DisplayName} connections when it creates them (VALIDATE CONNECTION does)");
        }
    }

    private static string Literal(OptionRow row, string value) =>
        row.Definition.Kind is OptionValueKind.Port or OptionValueKind.Integer ? value : SqlPrinter.StringLiteral(value);
}
