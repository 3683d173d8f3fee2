using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Cockroach.Uris;
using SqlConn.Engine.Connections;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;
using SqlConn.Syntax;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.DocumentSymbols;

/// <summary>
/// Document symbols: the objects the script's CREATE statements create, in text order, read from the
/// syntax so that the outline holds while a statement is being typed (and for CockroachDB external
/// connections, which the simulator does not store).
/// </summary>
public static class DocumentOutline
{
    private const string Masked = "'********'";

    public static ImmutableArray<DocumentSymbol> Of(DocumentAnalysis document) =>
        [.. document.Script.Statements.Select(Symbol).OfType<DocumentSymbol>()];

    private static DocumentSymbol? Symbol(ParsedStatement statement)
    {
        var created = statement.Node switch
        {
            CreateConnectionStatement s => Item(s.Name, SymbolKind.Connection, KindKeywords.Of(s.Type.Kind), ConnectionOptions(s.Options)),
            CreateSecretStatement s => Item(s.Name, SymbolKind.Secret, "secret", []),
            CreateSourceStatement s => Item(s.Name, SymbolKind.Source, "source", Options(s.Options, _ => false)),
            CreateSinkStatement s => Item(s.Name, SymbolKind.Sink, "sink", Options(s.Options, _ => false)),
            CreateRoleStatement s => Item(ObjectName.Of(s.Name), SymbolKind.Role, s.IsUser ? "user" : "role", []),
            CreateClusterStatement s => Item(ObjectName.Of(s.Name), SymbolKind.Cluster, "cluster", Options(s.Options, _ => false)),
            CreateExternalConnectionStatement s => ExternalConnection(s),
            _ => null,
        };
        return created is { } symbol
            ? symbol with
            {
                Span = statement.Span,
                SelectionSpan = statement.ToAbsolute(symbol.SelectionSpan),
                Children = [.. symbol.Children.Select(c => c with { Span = statement.ToAbsolute(c.Span), SelectionSpan = statement.ToAbsolute(c.SelectionSpan) })],
            }
            : null;
    }

    private static DocumentSymbol? Item(ObjectName name, SymbolKind kind, string detail, ImmutableArray<DocumentSymbol> children) =>
        name.IsMissing ? null : new DocumentSymbol(SqlPrinter.Print(name), DocumentSymbolKind.Object, detail, default, name.Span, children, kind);

    private static DocumentSymbol? ExternalConnection(CreateExternalConnectionStatement s) =>
        s.Name.Value.Length == 0 ? null : new DocumentSymbol(s.Name.Value, DocumentSymbolKind.Object,
            UriSchemes.FindForUri(s.Uri.Value) is { } scheme ? $"{scheme.Names[0]} ({scheme.Title})" : "external connection", default, s.Name.Span, [], SymbolKind.ExternalConnection);

    /// <summary>Connection options: a plaintext value of an option that only takes a secret is masked.</summary>
    private static ImmutableArray<DocumentSymbol> ConnectionOptions(ImmutableArray<Option> options) =>
        Options(options, o => OptionDefinitions.Find(o.Name.Name)?.Kind == OptionValueKind.Secret && o.Value is not SecretValue);

    private static ImmutableArray<DocumentSymbol> Options(ImmutableArray<Option> options, Func<Option, bool> masked) =>
        [.. options.Select(o => new DocumentSymbol(o.Name.Name, DocumentSymbolKind.Option, Value(o, masked(o)), o.Span, o.Name.Span, []))];

    private static string Value(Option option, bool masked) => option.Value switch
    {
        null or MissingValue => string.Empty,
        _ when masked => Masked,
        var value => SqlPrinter.Print(value),
    };
}
