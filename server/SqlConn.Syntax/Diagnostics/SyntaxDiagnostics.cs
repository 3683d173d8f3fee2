using System.Collections.Immutable;

namespace SqlConn.Syntax.Diagnostics;

/// <summary>The diagnostics the parser reports (category <c>syntax</c>, codes SC1xxx).</summary>
public static class SyntaxDiagnostics
{
    public const string Category = "syntax";

    public static readonly DiagnosticDescriptor SyntaxError = new(
        "SC1001", "syntax error", DiagnosticSeverity.Error, Category,
        "The statement does not follow the grammar of the database. The message names what the parser "
        + "expected at that point and the token it found instead, in the database's own wording.",
        "CREATE SECRET pg_password = 'hunter2';",
        "CREATE SECRET pg_password AS 'hunter2';");

    public static readonly DiagnosticDescriptor MissingComma = new(
        "SC1002", "missing comma between options", DiagnosticSeverity.Error, Category,
        "Two options follow each other without a comma. Materialize reads the second option as junk "
        + "after the first and stops with \"Expected right parenthesis\". Insert a comma.",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092' SECURITY PROTOCOL = 'PLAINTEXT');",
        "CREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'PLAINTEXT');");

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "SC1003", "unterminated quoted string", DiagnosticSeverity.Error, Category,
        "A string literal, quoted identifier or dollar-quoted string has no closing quote. SqlConn ends "
        + "it at the end of its line so that the statements after it are still checked.",
        "CREATE SECRET s AS 'hunter2;",
        "CREATE SECRET s AS 'hunter2';");

    public static readonly DiagnosticDescriptor UnterminatedComment = new(
        "SC1004", "unterminated block comment", DiagnosticSeverity.Error, Category,
        "A /* comment has no closing */ (block comments nest, so every /* needs its own */).",
        "/* rotate keys on Monday\nALTER CONNECTION ssh ROTATE KEYS;",
        "/* rotate keys on Monday */\nALTER CONNECTION ssh ROTATE KEYS;");

    public static readonly DiagnosticDescriptor UnexpectedCharacter = new(
        "SC1005", "unexpected character", DiagnosticSeverity.Error, Category,
        "The statement contains a character that is not part of SQL (a control character, a NUL byte, "
        + "a stray backslash or brace...). Remove it, or quote it if it belongs in a string.",
        "CREATE SECRET s AS 'x' \\;",
        "CREATE SECRET s AS 'x';");

    public static readonly DiagnosticDescriptor TooDeeplyNested = new(
        "SC1006", "statement too deeply nested", DiagnosticSeverity.Error, Category,
        "The statement nests parentheses, brackets or prefix operators more deeply than SqlConn "
        + "analyses (" + Parsing.NestingGuard.MaxDepth + " levels), or chains more than "
        + Parsing.NestingGuard.MaxChain + " operators in one expression (a + b + ...). Simplify the expression.",
        "SELECT ((((((((...))))))));",
        "SELECT 1;");

    public static readonly DiagnosticDescriptor EmptyStatement = new(
        "SC1007", "empty statement", DiagnosticSeverity.Hint, Category,
        "A semicolon with no statement before it. Databases skip it; it is usually a leftover.",
        "DROP SECRET s;;",
        "DROP SECRET s;");

    public static readonly DiagnosticDescriptor NotAnalyzed = new(
        "SC1008", "statement is not analyzed", DiagnosticSeverity.Hint, Category,
        "SqlConn recognises the statement but does not check or simulate it: it only analyses "
        + "connections, secrets and the statements around them. It never reports an error for it.",
        "CREATE TABLE t (a int);",
        "CREATE TABLE t (a int);  -- unchanged: this is only information");

    public static readonly DiagnosticDescriptor InvalidLiteral = new(
        "SC1009", "invalid literal", DiagnosticSeverity.Error, Category,
        "A string literal cannot be decoded: an E'' string with an invalid escape sequence, or one "
        + "whose escapes produce bytes that are not valid UTF-8.",
        "CREATE SECRET s AS E'\\xZZ';",
        "CREATE SECRET s AS E'\\x41';");

    public static readonly DiagnosticDescriptor UnknownDirective = new(
        "SC1010", "unknown sqlconn directive", DiagnosticSeverity.Warning, Category,
        "A comment starting with `-- sqlconn:` configures SqlConn, but this one is not understood. "
        + "Known directives: dialect=materialize|cockroachdb (first line only) and bastion-updated.",
        "-- sqlconn: dialect=oracle",
        "-- sqlconn: dialect=cockroachdb");

    public static readonly DiagnosticDescriptor InvalidEncoding = new(
        "SC1011", "file is not valid UTF-8", DiagnosticSeverity.Warning, Category,
        "The file contains bytes that are not UTF-8 (a binary file, or another encoding such as "
        + "Latin-1). They are read as U+FFFD and the file is still checked; save it as UTF-8.",
        "(a file saved as Latin-1 with the byte 0xE9 for é)",
        "(the same file saved as UTF-8)");

    public static readonly DiagnosticDescriptor InternalError = new(
        "SC1099", "internal error", DiagnosticSeverity.Error, Category,
        "SqlConn failed on this statement. This is a bug in SqlConn, not in your SQL: the statement is "
        + "skipped and the rest of the script is still checked. Please report it with the statement.",
        "(any statement)",
        "(any statement)");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        SyntaxError, MissingComma, UnterminatedString, UnterminatedComment, UnexpectedCharacter,
        TooDeeplyNested, EmptyStatement, NotAnalyzed, InvalidLiteral, UnknownDirective, InvalidEncoding, InternalError,
    ];
}
