using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>A diagnostic to fix, its statement, and what the fixes share: spans, options and new statements.</summary>
internal sealed class FixContext(DocumentAnalysis document, ParsedStatement statement, Diagnostic diagnostic)
{
    public DocumentAnalysis Document => document;

    public ParsedStatement Statement => statement;

    public Diagnostic Diagnostic => diagnostic;

    /// <summary>The diagnostic's span relative to the statement's chunk, as the tree's spans are.</summary>
    public TextSpan RelativeSpan => new(diagnostic.Span.Start - statement.Offset, diagnostic.Span.Length);

    /// <summary>The state the statement ran in.</summary>
    public EngineState StateBefore => document.StateBefore(statement.Index);

    public CodeAction Action(string title, bool preferred, params TextChange[] changes) =>
        new(title, diagnostic.Code, diagnostic.Span, preferred, [.. changes.OrderBy(c => c.Span.Start)]);

    /// <summary>A change of a span relative to the statement's chunk.</summary>
    public TextChange Replace(TextSpan relative, string text) => new(statement.ToAbsolute(relative), text);

    /// <summary>
    /// Inserts a statement before this one: on a line of its own with the same indentation when this
    /// one starts its line, else on the same line.
    /// </summary>
    public TextChange InsertBefore(string sql)
    {
        var start = statement.Span.Start;
        var line = document.Text.Lines.GetLineFromPosition(start);
        var lead = document.Text.ToString(TextSpan.FromBounds(line.Start, start));
        return new TextChange(new TextSpan(start, 0), string.IsNullOrWhiteSpace(lead) ? $"{sql};\n{lead}" : $"{sql}; ");
    }

    /// <summary>The connection options of the statement: CREATE CONNECTION's, or ALTER CONNECTION's SET options.</summary>
    public ImmutableArray<Option> ConnectionOptions => statement.Node switch
    {
        CreateConnectionStatement create => create.Options,
        AlterConnectionStatement { Operation: AlterConnectionActionsOperation actions } => [.. actions.Actions.OfType<SetOptionAction>().Select(a => a.Option)],
        _ => [],
    };

    /// <summary>The type of the connection the statement creates or alters (in the state it ran in), if known.</summary>
    public ConnectionTypeSpec? ConnectionSpec => statement.Node switch
    {
        CreateConnectionStatement create => ConnectionTypes.Of(create.Type.Kind),
        AlterConnectionStatement alter when NameLookup.Item(StateBefore, alter.Name) is ConnectionItem connection => ConnectionTypes.Of(connection.Type),
        _ => null,
    };

    /// <summary>The option whose value is exactly the diagnostic's span, if any.</summary>
    public Option? OptionWithValueAtDiagnostic => ConnectionOptions.FirstOrDefault(o => o.Value?.Span == RelativeSpan);

    /// <summary>The option whose value or name is exactly the diagnostic's span (warnings are placed on names), if any.</summary>
    public Option? OptionAtDiagnostic => OptionWithValueAtDiagnostic ?? ConnectionOptions.FirstOrDefault(o => o.Name.Span == RelativeSpan);
}
