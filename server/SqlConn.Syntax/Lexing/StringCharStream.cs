using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace SqlConn.Syntax.Lexing;

/// <summary>
/// A string as ANTLR's character stream, read in place (ANTLR's own streams copy it). Tokens of
/// <see cref="SqlTokenSource"/> take their text from it, only when asked. <see cref="Reset"/> points
/// it at another string, for a lexer that lexes one text after another.
/// </summary>
internal sealed class StringCharStream(string text) : ICharStream
{
    private string text = text;

    public int Index { get; private set; }

    public int Size => text.Length;

    public string SourceName => IntStreamConstants.UnknownSourceName;

    public void Consume()
    {
        if (Index >= text.Length)
        {
            throw new InvalidOperationException("cannot consume EOF");
        }

        Index++;
    }

    /// <summary>The character <paramref name="i"/> ahead (1 is the current one) or behind (-1 the previous one); 0 is undefined, as in ANTLR's streams.</summary>
    public int LA(int i)
    {
        if (i == 0)
        {
            return 0;
        }

        var at = i < 0 ? Index + i : Index + i - 1;
        return at >= 0 && at < text.Length ? text[at] : IntStreamConstants.EOF;
    }

    /// <summary>Reads <paramref name="newText"/> from its beginning.</summary>
    public void Reset(string newText)
    {
        text = newText;
        Index = 0;
    }

    public int Mark() => -1;

    public void Release(int marker)
    {
    }

    public void Seek(int index) => Index = Math.Clamp(index, 0, text.Length);

    public string GetText(Interval interval)
    {
        var start = Math.Max(0, interval.a);
        var stop = Math.Min(interval.b, text.Length - 1);
        return stop < start ? string.Empty : text.Substring(start, stop - start + 1);
    }
}
