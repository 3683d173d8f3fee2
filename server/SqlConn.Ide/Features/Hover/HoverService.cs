using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;

namespace SqlConn.Ide.Features.Hover;

/// <summary>
/// Hover at a position: on the name of a secret, connection, source, sink, role or cluster, the object
/// as it is at that point of the script (<see cref="ObjectDescription"/>; a name that denotes nothing
/// there says so); on a connection option, its documentation; inside a CockroachDB URI, its scheme's or
/// parameter's; on a statement's leading keywords, the statement and the privileges it needs. Never a
/// secret's value or hash.
/// </summary>
public static class HoverService
{
    public static HoverResult? Hover(DocumentAnalysis document, int position)
    {
        if (document.StatementAt(position) is not { } statement)
        {
            return null;
        }

        if (DocumentReferences.InStatement(document, statement).FirstOrDefault(r => r.Span.Start <= position && position <= r.Span.End) is { } reference)
        {
            return new HoverResult(reference.Span, ObjectDescription.Markdown(reference.State, reference.Symbol));
        }

        if (NameOccurrences.Of(statement.Node).FirstOrDefault(o => o.Name.Last.Span.Contains(position - statement.Offset) || o.Name.Last.Span.End == position - statement.Offset) is { } unknown)
        {
            var noun = unknown.Expected.Noun();
            return new HoverResult(statement.ToAbsolute(unknown.Name.Last.Span), unknown.Role == OccurrenceRole.Declaration
                ? $"**{noun} {unknown.Name}** · not created: this statement does not succeed"
                : $"**{noun} {unknown.Name}** · no {noun} of this name exists at this point of the script");
        }

        return OptionHover.Find(document, statement, position)
            ?? UriHover.Find(statement, position)
            ?? StatementHover.Find(document, statement, position);
    }
}
