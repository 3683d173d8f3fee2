using SqlConn.Engine.Secrets;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Tests.Secrets;

/// <summary>Parses CREATE / ALTER SECRET statements and evaluates their value as the engine will.</summary>
internal static class SecretSql
{
    public static (Expression Value, string Text) Parse(string sql)
    {
        var syntax = SqlParser.ParseStatement(sql);
        Assert.False(syntax.HasErrors, $"the test statement does not parse: {sql}");
        var value = syntax.Node switch
        {
            CreateSecretStatement create => create.Value,
            AlterSecretStatement { Operation: SetSecretValueOperation set } => set.Value,
            var other => throw new ArgumentException($"not a statement that sets a secret value: {other.GetType().Name}", nameof(sql)),
        };
        return (value, syntax.Text);
    }

    public static SecretFingerprint Evaluate(string sql) => SecretValueEvaluator.Evaluate(Parse(sql).Value);

    /// <summary>The error the statement fails with, and the statement text its span covers.</summary>
    public static (EngineError Error, string SpanText) Fail(string sql)
    {
        var (value, text) = Parse(sql);
        var error = Assert.Throws<StatementFailedException>(() => SecretValueEvaluator.Evaluate(value)).Error;
        return (error, text.Substring(error.Span.Start, error.Span.Length));
    }
}
