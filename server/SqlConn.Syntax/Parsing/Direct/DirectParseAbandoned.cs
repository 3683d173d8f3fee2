namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>
/// Ends a direct parse that met something it does not accept (a syntax error, a construct left to
/// ANTLR, a value the tree builder would report); <see cref="DirectParser.TryParse"/> turns it into
/// null and the statement takes the ANTLR path. Never escapes the direct parser.
/// </summary>
internal sealed class DirectParseAbandoned : Exception
{
}
