using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SqlConn.Ide.Vocabulary;

namespace SqlConn.Ide.Tests.Vocabulary;

/// <summary>
/// The TextMate grammar of the VS Code extension (<c>source.sql.sqlconn</c>), built from a
/// <see cref="DialectVocabulary"/>: every keyword, connection type, option name, URI scheme and URI
/// parameter it highlights comes from the server's tables. The regular expressions are Oniguruma's,
/// which VS Code runs line by line; the lexical rules mirror grammar/SqlConnLexer.g4.
/// </summary>
internal static class TextMateGrammar
{
    public const string ScopeName = "source.sql.sqlconn";

    /// <summary>Keywords with a scope of their own; every other keyword is <c>keyword.other.sql</c>.</summary>
    public static ImmutableArray<string> Constants { get; } = ["TRUE", "FALSE", "NULL"];

    public static ImmutableArray<string> LogicalOperators { get; } = ["AND", "OR", "NOT"];

    // An identifier may contain '$' (the lexer's IDENT_PART), so \b is no word boundary here.
    private const string WordStart = @"(?<![\w$])";
    private const string WordEnd = @"(?![\w$])";

    // An identifier or a quoted identifier ("" escapes a quote), as the lexer reads them.
    private const string Name = @"(?:""(?:[^""]|"""")*""|[^\W\d][\w$]*)";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(DialectVocabulary vocabulary)
    {
        // What may appear inside a connection's definition, where option names are options; they come
        // before SECRET references so that SECRET ACCESS KEY is an option.
        string[] inDefinition =
            ["#comments", "#strings", "#quoted-identifier", "#option", "#secret-reference", "#keywords", "#parameter", "#number", "#operator", "#punctuation"];
        string[] everywhere =
            ["#comments", "#strings", "#quoted-identifier", "#connection-definition", "#alter-connection", "#secret-reference", "#keywords", "#parameter", "#number", "#operator", "#punctuation"];
        var others = vocabulary.Keywords.Except(Constants).Except(LogicalOperators);

        var grammar = new JsonObject
        {
            ["name"] = "SqlConn SQL",
            ["scopeName"] = ScopeName,
            ["comment"] = "Materialize and CockroachDB connection scripts. Generated from the server's dialect tables by tests/SqlConn.Ide.Tests/Vocabulary/TextMateGrammar.cs: do not edit (UPDATE_TESTDATA=1 dotnet test tests/SqlConn.Ide.Tests regenerates it).",
            ["patterns"] = Includes(everywhere),
            ["repository"] = new JsonObject
            {
                ["comments"] = Patterns(Includes("#line-comment", "#block-comment")),
                ["line-comment"] = new JsonObject
                {
                    ["name"] = "comment.line.double-dash.sql",
                    ["match"] = "(--).*$",
                    ["captures"] = Captures("punctuation.definition.comment.sql"),
                },
                ["block-comment"] = new JsonObject
                {
                    // Block comments nest, as in PostgreSQL.
                    ["name"] = "comment.block.sql",
                    ["begin"] = @"/\*",
                    ["end"] = @"\*/",
                    ["beginCaptures"] = Captures(0, "punctuation.definition.comment.begin.sql"),
                    ["endCaptures"] = Captures(0, "punctuation.definition.comment.end.sql"),
                    ["patterns"] = Includes("#block-comment"),
                },
                ["strings"] = Patterns(Includes("#uri-string", "#escape-string", "#hex-string", "#string", "#dollar-string")),
                ["uri-string"] = new JsonObject
                {
                    // A CockroachDB external connection's URI: the scheme and the query parameters it takes.
                    ["name"] = "string.quoted.single.uri.sql",
                    ["begin"] = $"'(?=(?i:{Alternatives(vocabulary.UriSchemes)})://)",
                    ["end"] = "'(?!')",
                    ["beginCaptures"] = Captures(0, "punctuation.definition.string.begin.sql"),
                    ["endCaptures"] = Captures(0, "punctuation.definition.string.end.sql"),
                    ["patterns"] = new JsonArray(
                        Match("constant.character.escape.sql", "''"),
                        Match("support.type.uri-scheme.sql", $@"\G(?i:{Alternatives(vocabulary.UriSchemes)})(?=://)"),
                        Match("variable.parameter.uri.sql", $"(?<=[?&])(?:{Alternatives(vocabulary.UriParameters)})(?==)")),
                },
                ["escape-string"] = Quoted("string.quoted.single.escape.sql", $"{WordStart}[Ee]'", "'(?!')", Match("constant.character.escape.sql", @"\\.|''")),
                ["hex-string"] = Match("string.quoted.single.hex.sql", $"{WordStart}[Xx]'[^']*'"),
                ["string"] = Quoted("string.quoted.single.sql", "'", "'(?!')", Match("constant.character.escape.sql", "''")),
                ["dollar-string"] = new JsonObject
                {
                    // $$...$$ and $tag$...$tag$: the end repeats the begin's tag (an empty group for $$).
                    ["name"] = "string.quoted.other.dollar.sql",
                    ["begin"] = $@"{WordStart}\$([A-Za-z_][A-Za-z0-9_]*|)\$",
                    ["end"] = @"\$\1\$",
                    ["beginCaptures"] = Captures(0, "punctuation.definition.string.begin.sql"),
                    ["endCaptures"] = Captures(0, "punctuation.definition.string.end.sql"),
                },
                ["quoted-identifier"] = Quoted("variable.other.quoted.sql", "\"", "\"(?!\")", Match("constant.character.escape.sql", "\"\"")),
                ["connection-definition"] = Definition(
                    "meta.connection-definition.sql",
                    $"(?i){WordStart}(TO|FOR)\\s+({Alternatives(vocabulary.ConnectionTypes)}){WordEnd}",
                    Captures("keyword.other.sql", "support.type.connection.sql"), inDefinition),
                ["alter-connection"] = Definition(
                    "meta.alter-connection.sql",
                    $"(?i){WordStart}(ALTER)\\s+(CONNECTION){WordEnd}",
                    Captures("keyword.other.sql", "keyword.other.sql"), inDefinition),
                ["secret-reference"] = new JsonObject
                {
                    ["match"] = $@"(?i){WordStart}(SECRET)\s+(?:(IF)\s+(?:(NOT)\s+)?(EXISTS)\s+)?({Name}(?:\s*\.\s*{Name})*)",
                    ["captures"] = Captures("keyword.other.sql", "keyword.other.sql", "keyword.operator.logical.sql", "keyword.other.sql", "variable.other.secret.sql"),
                },
                ["option"] = Match("support.type.property-name.option.sql", $"(?i){WordStart}(?:{Alternatives(vocabulary.OptionNames)}){WordEnd}"),
                ["keywords"] = Patterns(new JsonArray(
                    Match("constant.language.sql", Words(Constants)),
                    Match("keyword.operator.logical.sql", Words(LogicalOperators)),
                    Match("keyword.other.sql", Words(others)))),
                ["parameter"] = Match("variable.parameter.positional.sql", $@"{WordStart}\$\d+"),
                ["number"] = Match("constant.numeric.sql", $@"{WordStart}(?:\d+(?:\.\d*)?|\.\d+)(?:[Ee][+-]?\d+)?"),
                ["operator"] = Match("keyword.operator.sql", @"::|=>|<>|!=|<=|>=|\|\||[~!@#^&|`?<>=+*%]+|[-/]"),
                ["punctuation"] = Patterns(new JsonArray(
                    Match("punctuation.separator.comma.sql", ","),
                    Match("punctuation.terminator.statement.sql", ";"),
                    Match("punctuation.separator.period.sql", @"\."),
                    Match("punctuation.section.parens.sql", @"[()]"),
                    Match("punctuation.section.brackets.sql", @"[\[\]]"))),
            },
        };
        return grammar.ToJsonString(Json).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>
    /// A connection's definition or alteration, from <paramref name="begin"/> to the statement's
    /// semicolon: there, option names are options (elsewhere <c>DATABASE</c> or <c>USER</c> are plain keywords).
    /// </summary>
    private static JsonObject Definition(string name, string begin, JsonObject captures, string[] patterns) => new()
    {
        ["name"] = name,
        ["begin"] = begin,
        ["end"] = "(?=;)",
        ["beginCaptures"] = captures,
        ["patterns"] = Includes(patterns),
    };

    private static JsonObject Quoted(string name, string begin, string end, JsonObject escape) => new()
    {
        ["name"] = name,
        ["begin"] = begin,
        ["end"] = end,
        ["beginCaptures"] = Captures(0, "punctuation.definition.string.begin.sql"),
        ["endCaptures"] = Captures(0, "punctuation.definition.string.end.sql"),
        ["patterns"] = new JsonArray(escape),
    };

    /// <summary>Whole words, case-insensitive.</summary>
    private static string Words(IEnumerable<string> words) => $"(?i){WordStart}(?:{Alternatives(words)}){WordEnd}";

    /// <summary>
    /// An alternation of names, longest first so that <c>SSL CERTIFICATE AUTHORITY</c> wins over
    /// <c>SSL CERTIFICATE</c>; the words of a multi-word name may be separated by any blanks.
    /// </summary>
    private static string Alternatives(IEnumerable<string> names) => string.Join("|", names
        .Distinct()
        .OrderByDescending(name => name.Length)
        .ThenBy(name => name, StringComparer.Ordinal)
        .Select(name => string.Join(@"\s+", name.Split(' ').Select(Escape))));

    private static string Escape(string word) =>
        string.Concat(word.Select(c => @"\^$.|?*+()[]{}/".Contains(c) ? $"\\{c}" : c.ToString()));

    private static JsonObject Match(string name, string match) => new() { ["name"] = name, ["match"] = match };

    private static JsonObject Patterns(JsonArray patterns) => new() { ["patterns"] = patterns };

    private static JsonArray Includes(params string[] names) => [.. names.Select(name => (JsonNode)new JsonObject { ["include"] = name })];

    /// <summary>Scopes for capture groups 1, 2, ...</summary>
    private static JsonObject Captures(params string[] scopes)
    {
        var captures = new JsonObject();
        for (var group = 1; group <= scopes.Length; group++)
        {
            captures[group.ToString(CultureInfo.InvariantCulture)] = new JsonObject { ["name"] = scopes[group - 1] };
        }

        return captures;
    }

    private static JsonObject Captures(int group, string scope) =>
        new() { [group.ToString(CultureInfo.InvariantCulture)] = new JsonObject { ["name"] = scope } };
}
