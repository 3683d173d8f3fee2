using System.Collections.Immutable;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;

namespace SqlConn.Ide.Symbols;

/// <summary>
/// Every resolved name of a document, in text order. A name resolves in the state before its statement,
/// except the name a CREATE gives (resolved after it, a declaration when the statement created the
/// object) and the new name of a RENAME (the renamed object, when the statement succeeded). Names that
/// denote nothing are left out.
/// </summary>
public sealed class DocumentReferences
{
    private DocumentReferences(DocumentAnalysis document, ImmutableArray<SymbolReference> references)
    {
        Document = document;
        References = references;
    }

    public DocumentAnalysis Document { get; }

    public ImmutableArray<SymbolReference> References { get; }

    public static DocumentReferences Of(DocumentAnalysis document) =>
        new(document, [.. document.Script.Statements.SelectMany(s => InStatement(document, s))]);

    /// <summary>The resolved names of one statement, in text order (what a request about one position needs).</summary>
    public static IEnumerable<SymbolReference> InStatement(DocumentAnalysis document, ParsedStatement statement)
    {
        var index = statement.Index;
        HashSet<Symbol>? created = null;
        foreach (var occurrence in NameOccurrences.Of(statement.Node))
        {
            created ??= [.. CreatedObjects.Between(document.StateBefore(index), document.Statements[index].After)];
            if (Resolve(document, index, occurrence, created) is { } reference)
            {
                yield return reference with { Span = statement.ToAbsolute(reference.Span) };
            }
        }
    }

    /// <summary>The reference whose name holds <paramref name="position"/> (its end included), or null.</summary>
    public SymbolReference? At(int position) =>
        References.FirstOrDefault(r => r.Span.Start <= position && position <= r.Span.End);

    private static SymbolReference? Resolve(DocumentAnalysis document, int index, NameOccurrence occurrence, HashSet<Symbol> created)
    {
        var before = document.StateBefore(index);
        var after = document.Statements[index].After;
        var name = occurrence.Name.Last;
        SymbolReference Reference(Symbol symbol, OccurrenceRole role, Engine.Execution.EngineState state) =>
            new(symbol, name.Value, name.Span, role, index, state, occurrence.IsString);

        switch (occurrence.Role)
        {
            case OccurrenceRole.Declaration when SymbolKinds.Resolve(after, occurrence.Name, occurrence.Expected) is { } createdSymbol
                && created.Contains(createdSymbol):
                return Reference(createdSymbol, OccurrenceRole.Declaration, after);
            case OccurrenceRole.NewName:
                return occurrence.Renamed is { } renamed
                    && SymbolKinds.Resolve(before, renamed, occurrence.Expected) is { } target
                    && SymbolKinds.NameIn(after, target) == name.Value
                        ? Reference(target, OccurrenceRole.NewName, after)
                        : null;
            default:
                return SymbolKinds.Resolve(before, occurrence.Name, occurrence.Expected) is { } symbol
                    ? Reference(symbol, OccurrenceRole.Reference, before)
                    : null;
        }
    }
}
