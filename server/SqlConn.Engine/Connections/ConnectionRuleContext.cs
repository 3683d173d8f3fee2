using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Connections;

/// <summary>
/// What a connection rule can see and do: the options being planned (validated, by name), the
/// catalog to look at referenced connections, and two ways out: <see cref="Fail"/> (the statement's
/// error, placed on the option) and <see cref="Warn"/>.
/// </summary>
internal sealed class ConnectionRuleContext(
    ConnectionTypeSpec spec,
    IReadOnlyDictionary<string, PlannedOption> options,
    Catalog.Catalog catalog,
    TextSpan typeSpan,
    List<EngineError> warnings)
{
    public ConnectionTypeSpec Spec => spec;

    public Catalog.Catalog Catalog => catalog;

    private IReadOnlySet<string>? names;

    /// <summary>The names of the options given (built when a rule first asks: most plans never do).</summary>
    public IReadOnlySet<string> Names => names ??= options.Keys.ToHashSet();

    public bool Has(string option) => options.ContainsKey(option);

    public StoredValue? Value(string option) => options.TryGetValue(option, out var planned) ? planned.Value : null;

    /// <summary>The option's text value, or null when absent or given as a secret.</summary>
    public string? Text(string option) => Value(option) is StoredText text ? text.Value : null;

    public TextSpan NameSpan(string option) => options.TryGetValue(option, out var planned) ? planned.NameSpan : typeSpan;

    public TextSpan ValueSpan(string option) => options.TryGetValue(option, out var planned) ? planned.ValueSpan : typeSpan;

    public ConnectionItem Connection(string id) => (ConnectionItem)catalog.Items[id];

    public void Fail(DiagnosticDescriptor descriptor, string message, string option, string? hint = null, string? detail = null) =>
        throw new StatementFailedException(new EngineError(descriptor, message, ValueSpan(option), detail, hint));

    public void FailAt(DiagnosticDescriptor descriptor, string message, TextSpan span, string? hint = null) =>
        throw new StatementFailedException(new EngineError(descriptor, message, span, Hint: hint));

    public void FailAtType(DiagnosticDescriptor descriptor, string message, string? hint = null) =>
        FailAt(descriptor, message, typeSpan, hint);

    public void Warn(DiagnosticDescriptor descriptor, string message, string option, string? hint = null) =>
        warnings.Add(new EngineError(descriptor, message, NameSpan(option), Hint: hint));

    /// <summary>
    /// The connection named by SSH TUNNEL, AWS PRIVATELINK or AWS CONNECTION must be of the type the
    /// option's definition references: <c>tunnel is not an SSH connection</c>.
    /// </summary>
    public void RequireReferencedType(string option)
    {
        var id = Value(option) switch
        {
            StoredConnectionReference r => r.ConnectionId,
            StoredPrivatelink p => p.ConnectionId,
            _ => null,
        };
        if (id is not null && OptionDefinitions.Find(option)?.ReferencedType is { } expected)
        {
            RequireType(Connection(id), expected, ValueSpan(option));
        }
    }

    public void RequireType(ConnectionItem connection, ConnectionKind expected, TextSpan span)
    {
        if (connection.Type != expected)
        {
            FailAt(ConnectionDiagnostics.WrongConnectionType, $"{connection.Name} is not an {TypeNoun(expected)} connection", span,
                hint: $"{connection.Name} is a connection of type {KindKeywords.Of(connection.Type)}");
        }
    }

    /// <summary>The type as the "is not an X connection" messages name it.</summary>
    private static string TypeNoun(ConnectionKind kind) => kind switch
    {
        ConnectionKind.SshTunnel => "SSH",
        ConnectionKind.AwsPrivatelink => "AWS PRIVATELINK",
        _ => KindKeywords.Of(kind),
    };
}
