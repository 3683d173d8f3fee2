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
}
