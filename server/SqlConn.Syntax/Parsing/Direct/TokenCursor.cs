using Antlr4.Runtime;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>
/// The direct parser's view of one statement's tokens: the default-channel tokens the lexer
/// produced for the chunk (comments and whitespace skipped, no EOF), read forward with lookahead.
/// Reused from statement to statement (<see cref="Reset"/>); not thread-safe. Anything the cursor
/// cannot match ends the direct parse (<see cref="DirectParseAbandoned"/>).
/// </summary>
internal sealed class TokenCursor
{
    private readonly List<IToken> tokens = new(64);

    private int position;

    public void Reset(IList<IToken> all)
    {
        tokens.Clear();
        position = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var token = all[i];
            if (token.Channel == TokenConstants.DefaultChannel && token.Type != TokenConstants.EOF)
            {
                tokens.Add(token);
            }
        }
    }

    public bool IsEmpty => tokens.Count == 0;

    public bool AtEnd => position >= tokens.Count;

    /// <summary>The index of the next token, to build a span from with <see cref="SpanFrom"/>.</summary>
    public int Mark => position;

    /// <summary>The type of the token <paramref name="k"/> after the next one (EOF past the end).</summary>
    public int Type(int k = 0) => position + k < tokens.Count ? tokens[position + k].Type : TokenConstants.EOF;

    /// <summary>The type of the token at <paramref name="index"/>, a position already passed (see <see cref="Mark"/>).</summary>
    public int TypeAt(int index) => tokens[index].Type;

    /// <summary>The next token (the statement must not be at its end).</summary>
    public IToken Peek() => AtEnd ? throw new DirectParseAbandoned() : tokens[position];

    /// <summary>The token just consumed.</summary>
    public IToken Previous => tokens[position - 1];

    /// <summary>The start of the next token, or the end of the statement's last token at the end.</summary>
    public int NextStart => AtEnd ? EndOfPrevious : tokens[position].StartIndex;

    /// <summary>The end of the token just consumed.</summary>
    public int EndOfPrevious => tokens[position - 1].StopIndex + 1;

    /// <summary>From the token at <paramref name="mark"/> to the token just consumed (the span ANTLR gives a rule context).</summary>
    public TextSpan SpanFrom(int mark) => TextSpan.FromBounds(tokens[mark].StartIndex, tokens[position - 1].StopIndex + 1);

    public IToken Next() => AtEnd ? throw new DirectParseAbandoned() : tokens[position++];

    /// <summary>Consumes the next token, which must be of <paramref name="type"/>.</summary>
    public IToken Expect(int type) => !AtEnd && tokens[position].Type == type ? tokens[position++] : throw new DirectParseAbandoned();

    /// <summary>Consumes the next token when it is of <paramref name="type"/>.</summary>
    public bool Accept(int type)
    {
        if (AtEnd || tokens[position].Type != type)
        {
            return false;
        }

        position++;
        return true;
    }

    /// <summary>Consumes and returns the next token when it is of <paramref name="type"/>.</summary>
    public IToken? AcceptToken(int type) => !AtEnd && tokens[position].Type == type ? tokens[position++] : null;
}
