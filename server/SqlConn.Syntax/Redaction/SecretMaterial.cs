using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Redaction;

/// <summary>
/// Where a script holds secret material, so that output quoting the source (the source line under a
/// diagnostic) masks it as the redacting printer does: secret values, role passwords, plain values of
/// <see cref="SecretOptions"/>, CockroachDB connection URIs, and the string literals of text kept as
/// written (unanalysed statements, source and sink tails). A statement with syntax errors has no
/// reliable tree, so every string literal in it is secret material except those its partial tree
/// reads as the value of a connection option that is not secret (<c>HOST 'db'</c> stays readable).
/// </summary>
public static class SecretMaterial
{
    /// <summary>The absolute spans of secret material in <paramref name="script"/>, in text order.</summary>
    public static ImmutableArray<TextSpan> Spans(ParsedScript script) => Spans(script, new TextSpan(0, script.Text.Length));

    /// <summary>
    /// The absolute spans of secret material in the statements of <paramref name="script"/> whose chunks
    /// overlap or touch <paramref name="within"/>, in text order: what output quoting that part of the
    /// source must mask, without reading the rest of the script.
    /// </summary>
    public static ImmutableArray<TextSpan> Spans(ParsedScript script, TextSpan within)
    {
        var statements = script.Statements;
        int low = 0, high = statements.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (statements[middle].ChunkSpan.End < within.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        for (var i = low; i < statements.Length && statements[i].Offset <= within.End; i++)
        {
            foreach (var span in Spans(statements[i].Syntax))
            {
                spans.Add(new TextSpan(statements[i].Offset + span.Start, span.Length));
            }
        }

        return spans.ToImmutable();
    }

    /// <summary>The spans of secret material in one statement, relative to its chunk, in text order.</summary>
    public static IEnumerable<TextSpan> Spans(StatementSyntax statement) => statement.HasErrors
        ? Literals(statement, new TextSpan(0, statement.Text.Length)).Except(ReadableOptionLiterals(statement.Node))
        : statement.Node switch
        {
            InvalidStatement or UnanalyzedStatement => Literals(statement, new TextSpan(0, statement.Text.Length)),
            CreateSecretStatement s => [s.Value.Span],
            AlterSecretStatement { Operation: SetSecretValueOperation value } => [value.Value.Span],
            CreateRoleStatement role => role.Attributes.Where(a => a.IsPassword).Select(a => a.Value).OfType<StringLiteral>().Select(v => v.Span),
            CreateConnectionStatement or AlterConnectionStatement =>
                ConnectionOptions(statement.Node).Where(SecretOptions.HoldsPlainSecret).Select(o => o.Value).OfType<OptionValue>().Select(v => v.Span),
            CreateSourceStatement source => Literals(statement, source.Tail.Span),
            CreateSinkStatement sink => Literals(statement, sink.Tail.Span),
            CreateExternalConnectionStatement e => [e.Uri.Span],
            AlterExternalConnectionStatement e => [e.Uri.Span],
            CheckExternalConnectionStatement e => [e.Uri.Span],
            _ => [],
        };

    /// <summary>The string literals a connection statement's tree reads as values of options that are not secret.</summary>
    private static IEnumerable<TextSpan> ReadableOptionLiterals(Statement node) =>
        ConnectionOptions(node).Where(o => !SecretOptions.Names.Contains(o.Name.Name)).SelectMany(o => o.Value switch
        {
            StringValue text => [text.Span],
            BrokerValue broker => [broker.Broker.Address.Span],
            _ => Enumerable.Empty<TextSpan>(),
        });

    /// <summary>The options a CREATE CONNECTION or ALTER CONNECTION ... SET writes.</summary>
    private static IEnumerable<Option> ConnectionOptions(Statement node) => node switch
    {
        CreateConnectionStatement c => c.Options,
        AlterConnectionStatement { Operation: AlterConnectionActionsOperation actions } => actions.Actions.OfType<SetOptionAction>().Select(a => a.Option),
        _ => [],
    };

    /// <summary>The string literals, terminated or not, among the tokens inside <paramref name="within"/>.</summary>
    private static IEnumerable<TextSpan> Literals(StatementSyntax statement, TextSpan within) =>
        statement.Tokens
            .Where(t => within.Contains(t.Span) && (t.Kind == SyntaxTokenKind.String || (t.Kind == SyntaxTokenKind.Error && IsUnterminatedString(statement.Text, t.Span))))
            .Select(t => t.Span);

    private static bool IsUnterminatedString(string text, TextSpan span) =>
        text[span.Start] is '\'' or '$' || (span.Length > 1 && text[span.Start] is 'e' or 'E' or 'x' or 'X' && text[span.Start + 1] == '\'');
}
