using System.Collections.Immutable;
using System.Text;
using SqlConn.Syntax.Redaction;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>
/// The state of one <see cref="SqlPrinter"/> call: the output and the options. Split by statement
/// family into partial files; this part holds the words every family writes (names, literals, lists).
/// </summary>
internal sealed partial class Printer(PrintOptions options)
{
    /// <summary>Materialize's rendering of a redacted secret value.</summary>
    private const string RedactedValue = "'********'";

    private readonly StringBuilder output = new();

    public override string ToString() => output.ToString();

    private void Write(string text) => output.Append(text);

    private void Write(char c) => output.Append(c);

    /// <summary>Writes <paramref name="items"/> with <paramref name="write"/>, separated by <c>", "</c>.</summary>
    private void List<T>(ImmutableArray<T> items, Action<T> write, string separator = ", ")
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                Write(separator);
            }

            write(items[i]);
        }
    }

    /// <summary>
    /// A statement's main list after a space: <c> (a, b)</c> (or <c> a, b</c> when not
    /// <paramref name="parenthesized"/>), or with <see cref="PrintOptions.ListIndent"/> one item per
    /// line, indented, the closing parenthesis on a line of its own.
    /// </summary>
    private void StatementList<T>(ImmutableArray<T> items, Action<T> write, bool parenthesized)
    {
        if (options.ListIndent is not { } indent || items.IsEmpty)
        {
            Write(' ');
            if (parenthesized)
            {
                Parenthesized(items, write);
            }
            else
            {
                List(items, write);
            }

            return;
        }

        if (parenthesized)
        {
            Write(" (");
        }

        for (var i = 0; i < items.Length; i++)
        {
            Write('\n');
            Write(indent);
            write(items[i]);
            if (i < items.Length - 1)
            {
                Write(',');
            }
        }

        if (parenthesized)
        {
            Write("\n)");
        }
    }

    /// <summary><c>(a, b)</c>.</summary>
    private void Parenthesized<T>(ImmutableArray<T> items, Action<T> write)
    {
        Write('(');
        List(items, write);
        Write(')');
    }

    private void Identifier(Identifier identifier) =>
        Write(identifier.IsQuoted || (!identifier.IsMissing && IdentifierQuoting.IsNeeded(identifier.Value))
            ? IdentifierQuoting.Quote(identifier.Value)
            : identifier.Value);

    private void Identifiers(ImmutableArray<Identifier> identifiers) => List(identifiers, Identifier);

    /// <summary><c>db.schema.item</c>, or the catalog-serialised <c>[u1 AS db.schema.item]</c>.</summary>
    internal void Name(ObjectName name)
    {
        if (name.InternalId is { } id)
        {
            Write('[');
            Identifier(new Identifier(id, false, default));
            Write(" AS ");
        }

        List(name.Parts, Identifier, ".");
        if (name.InternalId is not null)
        {
            Write(']');
        }
    }

    private void Names(ImmutableArray<ObjectName> names) => List(names, Name);

    private void String(StringLiteral literal) => Write(StringLiterals.Print(literal));

    /// <summary>A string kept verbatim by the tree; with redaction its string literals are masked.</summary>
    private void Verbatim(string text) => Write(options.RedactSecrets ? VerbatimRedaction.Redact(text, RedactedValue) : text);

    /// <summary>Writes <paramref name="text"/> when <paramref name="condition"/> holds (optional keywords such as IF EXISTS).</summary>
    private void WriteIf(bool condition, string text)
    {
        if (condition)
        {
            Write(text);
        }
    }

    /// <summary>A secret: printed with <paramref name="print"/>, or as <paramref name="mask"/> when redacting.</summary>
    private void Secret<T>(T value, Action<T> print, string mask)
    {
        if (options.RedactSecrets)
        {
            Write(mask);
        }
        else
        {
            print(value);
        }
    }
}
