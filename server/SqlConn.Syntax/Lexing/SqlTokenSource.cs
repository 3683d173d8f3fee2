using System.Collections.Frozen;
using Antlr4.Runtime;
using SqlConn.Syntax.Parsing;
using static SqlConn.Syntax.Generated.SqlConnLexer;

namespace SqlConn.Syntax.Lexing;

/// <summary>
/// The lexer the parser reads from: a hand-written scanner producing exactly the tokens of the
/// generated <c>SqlConnLexer</c> (grammar/SqlConnLexer.g4, which stays the grammar of record): the
/// same types, channels and offsets, skipping whitespace, resolving overlaps as ANTLR does (the
/// longest match, and between equally long ones the rule written first). It runs about four times
/// as fast as ANTLR's table-driven lexer and reads the text in place. LexerAgreementTests compare
/// both on the benchmark script, the examples, the test data and random input.
/// Tokens carry no line and column (SqlConn places them by offset). An instance is reused across
/// texts with <see cref="Reset"/>, which points its one character stream at the new text; it is not
/// thread-safe. Its tokens read their text from that stream, and one that reuses its tokens (the
/// statement parser's) hands out, after each <see cref="Reset"/>, the token objects of the text
/// before: its caller must keep no token from one text to the next.
/// </summary>
internal sealed class SqlTokenSource : ITokenSource
{
    /// <summary>Keyword token types by their text, any case.</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Keywords = BuildKeywords();

    private static readonly int MaxKeywordLength = Keywords.Dictionary.Keys.Max(k => k.Length);

    private string text;
    private int position;
    private readonly StringCharStream chars;

    /// <summary>What each token refers to as its source and character stream: one for every text.</summary>
    private readonly Tuple<ITokenSource, ICharStream> source;

    /// <summary>The tokens handed out since the last <see cref="Reset"/> and before, for reuse; null when tokens are not reused.</summary>
    private readonly List<ReusableToken>? reusable;

    private int reused;

    public SqlTokenSource(string text, bool reuseTokens = false)
    {
        reusable = reuseTokens ? [] : null;
        this.text = text;
        chars = new StringCharStream(text);
        source = Tuple.Create<ITokenSource, ICharStream>(this, chars);
    }

    public int Line => 0;

    public int Column => -1;

    public ICharStream InputStream => source.Item2;

    public string SourceName => IntStreamConstants.UnknownSourceName;

    public ITokenFactory TokenFactory { get; set; } = CommonTokenFactory.Default;

    /// <summary>Starts lexing <paramref name="newText"/> from its beginning.</summary>
    public void Reset(string newText)
    {
        text = newText;
        position = 0;
        reused = 0;
        chars.Reset(newText);
    }

    public IToken NextToken()
    {
        while (position < text.Length && IsWhitespace(text[position]))
        {
            position++;
        }

        var start = position;
        if (start == text.Length)
        {
            return Token(TokenConstants.EOF, TokenConstants.DefaultChannel, start, start - 1);
        }

        var (type, end) = Scan(start);
        position = end;
        var channel = type is LINE_COMMENT or BLOCK_COMMENT or UNTERMINATED_BLOCK_COMMENT ? COMMENTS : TokenConstants.DefaultChannel;
        return Token(type, channel, start, end - 1);
    }

    private CommonToken Token(int type, int channel, int start, int stop)
    {
        if (reusable is null)
        {
            return new CommonToken(source, type, channel, start, stop);
        }

        if (reused == reusable.Count)
        {
            reusable.Add(new ReusableToken());
        }

        var token = reusable[reused++];
        token.Reuse(source, type, channel, start, stop);
        return token;
    }

    /// <summary>The type and end of the token at <paramref name="start"/> (not whitespace).</summary>
    private (int Type, int End) Scan(int start)
    {
        var c = text[start];
        var next = At(start + 1);
        switch (c)
        {
            case '(':
                return (LPAREN, start + 1);
            case ')':
                return (RPAREN, start + 1);
            case '[':
                return (LBRACKET, start + 1);
            case ']':
                return (RBRACKET, start + 1);
            case ',':
                return (COMMA, start + 1);
            case ';':
                return (SEMI, start + 1);
            case ':':
                return next == ':' ? (DOUBLE_COLON, start + 2) : (COLON, start + 1);
            case '.':
                return char.IsAsciiDigit(next) ? (NUMBER, Number(start)) : (DOT, start + 1);
            case '-':
                return next == '-' ? (LINE_COMMENT, LineEnd(start)) : (MINUS, start + 1);
            case '/':
                return next == '*' ? Code(BlockComment.Scan(text, start), BLOCK_COMMENT, UNTERMINATED_BLOCK_COMMENT) : (SLASH, start + 1);
            case '\'':
                return Quoted(start + 1, '\'', STRING, UNTERMINATED_STRING, backslashEscapes: false);
            case '"':
                return Quoted(start + 1, '"', QUOTED_IDENTIFIER, UNTERMINATED_QUOTED_IDENTIFIER, backslashEscapes: false);
            case '$':
                return Dollar(start);
            case 'e' or 'E' when next == '\'':
                return Quoted(start + 2, '\'', ESCAPE_STRING, UNTERMINATED_ESCAPE_STRING, backslashEscapes: true);
            case 'x' or 'X' when next == '\'':
                // HEX_STRING: x'...' on one line; else the identifier x (a string follows).
                var close = text.AsSpan(start + 2).IndexOfAny('\'', '\r', '\n');
                return close >= 0 && text[start + 2 + close] == '\'' ? (HEX_STRING, start + 3 + close) : (IDENTIFIER, start + 1);
        }

        if (char.IsAsciiDigit(c))
        {
            return (NUMBER, Number(start));
        }

        if (IsOperator(c))
        {
            return Operator(start);
        }

        return IsIdentifierStart(c) ? Word(start) : (ERROR_CHAR, start + 1);
    }

    /// <summary>The character at <paramref name="index"/>, or U+FFFF (which no rule but ERROR_CHAR matches) past the end.</summary>
    private char At(int index) => index < text.Length ? text[index] : '\uFFFF';

    private int LineEnd(int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        return end >= 0 ? start + end : text.Length;
    }

    private static (int Type, int End) Code((int End, bool Terminated) scan, int terminated, int unterminated) =>
        (scan.Terminated ? terminated : unterminated, scan.End);

    /// <summary>
    /// A quoted token whose body starts at <paramref name="body"/>: the closed rule (quote, body
    /// with doubled quotes, quote) against the UNTERMINATED_* rule (the body up to the end of the
    /// line or a semicolon), the longer winning and the closed rule on a tie. With
    /// <paramref name="backslashEscapes"/> (E'...') a backslash escapes any character in the closed
    /// rule, any but a line end or semicolon in the unterminated one, where it may also end the token.
    /// </summary>
    private (int Type, int End) Quoted(int body, char quote, int closedType, int unterminatedType, bool backslashEscapes)
    {
        // The closed rule may end at any quote not taken as the first of a pair: keep the last such end.
        var closedEnd = -1;
        for (var i = body; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && backslashEscapes)
            {
                if (i + 1 == text.Length)
                {
                    break;
                }

                i++;
            }
            else if (c == quote)
            {
                closedEnd = i + 1;
                if (At(i + 1) != quote)
                {
                    break;
                }

                i++;
            }
        }

        var end = body;
        while (end < text.Length)
        {
            var c = text[end];
            if (c == '\\' && backslashEscapes)
            {
                if (end + 1 < text.Length && !IsLineEndOrSemicolon(text[end + 1]))
                {
                    end += 2;
                    continue;
                }

                // A trailing backslash ends the token.
                end++;
                break;
            }

            if (c == quote && At(end + 1) == quote)
            {
                end += 2;
            }
            else if (c == quote || IsLineEndOrSemicolon(c))
            {
                break;
            }
            else
            {
                end++;
            }
        }

        return closedEnd >= end ? (closedType, closedEnd) : (unterminatedType, end);
    }

    private static bool IsLineEndOrSemicolon(char c) => c is '\r' or '\n' or ';';

    /// <summary>PARAMETER (<c>$1</c>), a dollar-quoted string, or a stray dollar sign.</summary>
    private (int Type, int End) Dollar(int start)
    {
        if (char.IsAsciiDigit(At(start + 1)))
        {
            var end = start + 1;
            while (char.IsAsciiDigit(At(end)))
            {
                end++;
            }

            return (PARAMETER, end);
        }

        var tag = DollarQuote.OpeningTagLength(text, start);
        return tag == 0
            ? (ERROR_CHAR, start + 1)
            : Code(DollarQuote.ScanBody(text, start + tag, text.AsSpan(start, tag)), DOLLAR_STRING, UNTERMINATED_DOLLAR_STRING);
    }

    /// <summary>NUMBER: digits with an optional fraction, or a fraction alone, then an optional exponent.</summary>
    private int Number(int start)
    {
        var end = Digits(start);
        if (At(end) == '.')
        {
            end = Digits(end + 1);
        }

        if (At(end) is 'e' or 'E')
        {
            var exponent = At(end + 1) is '+' or '-' ? end + 2 : end + 1;
            if (char.IsAsciiDigit(At(exponent)))
            {
                end = Digits(exponent);
            }
        }

        return end;
    }

    private int Digits(int start)
    {
        var end = start;
        while (char.IsAsciiDigit(At(end)))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A run of operator characters: one OPERATOR token, unless it is one or two characters that
    /// have a token of their own (which the grammar lists before OPERATOR).
    /// </summary>
    private (int Type, int End) Operator(int start)
    {
        var end = start + 1;
        while (end < text.Length && IsOperator(text[end]))
        {
            end++;
        }

        var type = (end - start, text[start], At(start + 1)) switch
        {
            (1, '=', _) => EQ,
            (1, '<', _) => LT,
            (1, '>', _) => GT,
            (1, '+', _) => PLUS,
            (1, '*', _) => STAR,
            (1, '%', _) => PERCENT,
            (2, '=', '>') => ARROW,
            (2, '<', '>') or (2, '!', '=') => NEQ,
            (2, '<', '=') => LTE,
            (2, '>', '=') => GTE,
            (2, '|', '|') => CONCAT,
            _ => OPERATOR,
        };
        return (type, end);
    }

    /// <summary>A keyword (a word of ASCII letters spelling one, any case) or an IDENTIFIER.</summary>
    private (int Type, int End) Word(int start)
    {
        var end = start + 1;
        var letters = char.IsAsciiLetter(text[start]);
        while (end < text.Length && IsIdentifierPart(text[end]))
        {
            letters &= char.IsAsciiLetter(text[end]);
            end++;
        }

        return letters && end - start <= MaxKeywordLength && Keywords.TryGetValue(text.AsSpan(start, end - start), out var keyword)
            ? (keyword, end)
            : (IDENTIFIER, end);
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';

    private static bool IsOperator(char c) => c is '~' or '!' or '@' or '#' or '^' or '&' or '|' or '`' or '?' or '<' or '>' or '=' or '+' or '*' or '%';

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || c is >= '\u0080' and <= '\uFFFE';

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || char.IsAsciiDigit(c) || c == '$';

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BuildKeywords()
    {
        var keywords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var type = 1; type <= TokenFacts.MaxTokenType; type++)
        {
            if (TokenFacts.Keyword(type) is { } keyword)
            {
                keywords.Add(keyword, type);
            }
        }

        return keywords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
