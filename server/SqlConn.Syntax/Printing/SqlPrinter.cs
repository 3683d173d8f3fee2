using SqlConn.Syntax.Redaction;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>
/// The canonical printer: writes a statement of the syntax tree back as SQL on one line, without a
/// final semicolon. It is faithful to the tree, so that parsing the output gives the same tree (spans
/// aside): the legacy <c>FOR</c> form, <c>RESET</c>, <c>BROKERS [...]</c>, the kind of each string
/// literal, quoted identifiers and statements kept verbatim are reproduced. What the tree does not
/// record is normalised: options print as <c>NAME = value</c>, keywords in upper case, identifiers
/// quoted only when they were quoted or must be, one space between tokens.
/// An <see cref="InvalidStatement"/> has no text to print and prints as the empty string.
/// </summary>
public static class SqlPrinter
{
    public static string Print(Statement statement, PrintOptions? options = null)
    {
        var printer = new Printer(options ?? PrintOptions.Default);
        printer.Statement(statement);
        return printer.ToString();
    }

    /// <summary>
    /// SQL text as written with every string literal masked: for statements that have no complete tree
    /// to print (those with syntax errors) where secret material must not be shown.
    /// </summary>
    public static string RedactVerbatim(string sql) => VerbatimRedaction.Redact(sql, "'********'");

    /// <summary>
    /// A statement for output that must not leak secrets: printed from its tree, or, when it has syntax
    /// errors, as written with its string literals masked.
    /// </summary>
    public static string PrintRedacted(StatementSyntax statement) =>
        statement.HasErrors || statement.Node is InvalidStatement
            ? RedactVerbatim(statement.Node.Span.IsEmpty ? statement.Text.Trim() : statement.Text[statement.Node.Span.Start..statement.Node.Span.End])
            : Print(statement.Node, PrintOptions.Redacted);

    /// <summary>One option as <c>NAME = value</c> (e.g. for messages that quote options as written).</summary>
    public static string Print(Option option)
    {
        var printer = new Printer(PrintOptions.Default);
        printer.Option(option);
        return printer.ToString();
    }

    /// <summary>An option's value, as <see cref="Print(Option)"/> writes it after <c>=</c>.</summary>
    public static string Print(OptionValue value)
    {
        var printer = new Printer(PrintOptions.Default);
        printer.OptionValue(value);
        return printer.ToString();
    }

    /// <summary>A (possibly qualified) name, each part quoted only when it must be.</summary>
    public static string Print(ObjectName name)
    {
        var printer = new Printer(PrintOptions.Default);
        printer.Name(name);
        return printer.ToString();
    }

    /// <summary>An identifier that reads back as <paramref name="value"/>: as is, or in double quotes when it must be.</summary>
    public static string Identifier(string value) => IdentifierQuoting.IsNeeded(value) ? IdentifierQuoting.Quote(value) : value;

    /// <summary><paramref name="value"/> as a standard string literal: <c>'it''s'</c>.</summary>
    public static string StringLiteral(string value) => StringLiterals.Standard(value);
}
