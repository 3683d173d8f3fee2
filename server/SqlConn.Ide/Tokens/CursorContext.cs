using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;

namespace SqlConn.Ide.Tokens;

/// <summary>
/// Where the cursor is, read from tokens so that it works in the statement being typed (completion and
/// signature help read it): the statement's significant tokens, those before the word being typed
/// (<see cref="Before"/>), that word (<see cref="Word"/>, when the cursor ends or is inside one), the
/// string the cursor is in, and the state the statement runs in (the objects in scope).
/// </summary>
internal sealed class CursorContext
{
    private CursorContext(DocumentAnalysis document, int position, ParsedStatement? statement, EngineState state, ImmutableArray<Token> tokens)
    {
        Document = document;
        Position = position;
        Statement = statement;
        State = state;
        Tokens = tokens;
        var word = tokens.FirstOrDefault(t => t.Span.Start < position && position <= t.Span.End && IsWordKind(t.Kind));
        Word = word.Text is null ? null : word;
        var text = tokens.FirstOrDefault(t => t.Span.Start < position
            && (position < t.Span.End || (position == t.Span.End && t.Kind == SyntaxTokenKind.Error))
            && t.Kind is SyntaxTokenKind.String or SyntaxTokenKind.Error && t.Text.StartsWith('\''));
        StringAtCursor = text.Text is null ? null : text;
        var boundary = Word?.Span.Start ?? StringAtCursor?.Span.Start ?? position;
        Before = [.. tokens.TakeWhile(t => t.Span.End <= boundary)];
    }

    public DocumentAnalysis Document { get; }

    public int Position { get; }

    public ParsedStatement? Statement { get; }

    /// <summary>The state before the statement at the cursor (after the last one when the cursor follows it).</summary>
    public EngineState State { get; }

    public SqlDialect Dialect => Document.Script.Dialect;

    /// <summary>The statement's significant tokens (no comments), in order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The significant tokens that end before the word or string being typed.</summary>
    public ImmutableArray<Token> Before { get; }

    /// <summary>The word (keyword, identifier or number) the cursor ends or is inside, if any.</summary>
    public Token? Word { get; }

    /// <summary>The context at <paramref name="position"/>: in a statement, or between statements (no tokens then).</summary>
    public static CursorContext Of(DocumentAnalysis document, int position)
    {
        var statement = document.StatementAt(position);
        var state = statement is null ? StateAfterLastBefore(document, position) : document.StateBefore(statement.Index);
        return new CursorContext(document, position, statement, state, statement is null ? [] : StatementTokens.Significant(statement));
    }

    /// <summary>Whether the cursor is inside a comment (or at the end of a line comment), in a statement or between statements.</summary>
    public bool InComment =>
        (Statement is { } statement ? StatementTokens.All(statement) : DocumentTokens.Between(Document, Position)).Any(t => t.Kind == SyntaxTokenKind.Comment
            && t.Span.Start < Position && (Position < t.Span.End || (Position == t.Span.End && t.Text.StartsWith("--", StringComparison.Ordinal))));

    /// <summary>The standard string literal the cursor is inside (an unterminated one included), if any.</summary>
    public Token? StringAtCursor { get; }

    /// <summary>The span from the start of <see cref="Before"/>[<paramref name="index"/>] (or of the word) to the cursor.</summary>
    public TextSpan ReplacementFrom(int index) =>
        TextSpan.FromBounds(index < Before.Length ? Before[index].Span.Start : WordStart, Position);

    /// <summary>The span of the word being typed, up to the cursor (empty at the cursor when there is none).</summary>
    public TextSpan WordSpan => TextSpan.FromBounds(WordStart, Position);

    private int WordStart => Word?.Span.Start ?? Position;

    private static bool IsWordKind(SyntaxTokenKind kind) =>
        kind is SyntaxTokenKind.Keyword or SyntaxTokenKind.Identifier or SyntaxTokenKind.QuotedIdentifier or SyntaxTokenKind.Number;

    private static EngineState StateAfterLastBefore(DocumentAnalysis document, int position) =>
        document.Statements.LastOrDefault(s => s.Statement.ChunkSpan.End <= position) is { } previous ? previous.After : document.Before;
}
