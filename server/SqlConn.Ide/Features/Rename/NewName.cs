using SqlConn.Ide.Tokens;
using SqlConn.Syntax;
using SqlConn.Syntax.Printing;

namespace SqlConn.Ide.Features.Rename;

/// <summary>
/// The new name a user types, read as SQL reads an identifier: unquoted it folds to lower case and must
/// not be a reserved word, in double quotes it is taken as written. It is written back in the form that
/// reads as the same name (quoted only when it must be).
/// </summary>
internal sealed record NewName(string Value)
{
    public string Sql => SqlPrinter.Identifier(Value);

    /// <summary>The name, or the reason it is not one.</summary>
    public static (NewName? Name, string? Error) Parse(string input)
    {
        var text = input.Trim();
        if (text.Length == 0)
        {
            return (null, "a name cannot be empty");
        }

        var tokens = SqlParser.Tokenize(text);
        if (tokens.Length != 1 || tokens[0].Span.Length != text.Length)
        {
            return (null, $"\"{input}\" is not a valid name: write one identifier, in double quotes if it holds spaces or other characters");
        }

        var value = tokens[0].Kind is SyntaxTokenKind.QuotedIdentifier or SyntaxTokenKind.Identifier or SyntaxTokenKind.Keyword
            ? IdentifierText.Value(tokens[0].Kind, text)
            : null;
        if (value is null || (tokens[0].Kind != SyntaxTokenKind.QuotedIdentifier && SqlPrinter.Identifier(value) != value))
        {
            return (null, $"\"{input}\" is not a valid name: a reserved word or other token must be written in double quotes");
        }

        return value.Length == 0 ? (null, "a name cannot be empty") : (new NewName(value), null);
    }
}
