using System.Text.Json.Nodes;
using SqlConn.Ide.Vocabulary;

namespace SqlConn.Ide.Tests.Vocabulary;

/// <summary>
/// vscode-extension/syntaxes/sqlconn.tmLanguage.json is generated from the dialect tables: the test
/// fails when the committed grammar is stale (a keyword, option, connection type or URI scheme was
/// added or removed) and rewrites it with UPDATE_TESTDATA=1. The extension's own grammar snapshot
/// tests (vscode-extension/test/grammar) check what it highlights.
/// </summary>
public sealed class TextMateGrammarTests
{
    private static readonly string GrammarPath = Path.Combine(RepositoryPaths.Root, "vscode-extension", "syntaxes", "sqlconn.tmLanguage.json");

    [Fact]
    public void The_committed_grammar_is_generated_from_the_dialect_tables() =>
        GeneratedFile.Check(GrammarPath, TextMateGrammar.Render(DialectVocabulary.Current));

    [Fact]
    public void The_grammar_is_the_one_the_extension_contributes()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "vscode-extension", "package.json")));
        var grammar = manifest?["contributes"]?["grammars"]?.AsArray().Single();
        Assert.Equal(TextMateGrammar.ScopeName, grammar?["scopeName"]?.GetValue<string>());
        Assert.Equal("./syntaxes/sqlconn.tmLanguage.json", grammar?["path"]?.GetValue<string>());
    }

    [Fact]
    public void The_vocabulary_reads_every_table()
    {
        var vocabulary = DialectVocabulary.Current;
        Assert.Contains("ROTATE", vocabulary.Keywords);
        Assert.Contains("CHANGEFEED", vocabulary.Keywords);
        Assert.Contains("CONFLUENT SCHEMA REGISTRY", vocabulary.ConnectionTypes);
        Assert.Contains("ICEBERG CATALOG", vocabulary.ConnectionTypes);
        Assert.Contains("SSL CERTIFICATE AUTHORITY", vocabulary.OptionNames);
        Assert.Contains("PUBLIC KEY 2", vocabulary.OptionNames);
        Assert.Contains("azure-blob", vocabulary.UriSchemes);
        Assert.Contains("AWS_ACCESS_KEY_ID", vocabulary.UriParameters);
        Assert.Equal(vocabulary.Keywords.Order(StringComparer.Ordinal), vocabulary.Keywords);
    }

    [Fact]
    public void Every_word_of_a_connection_type_or_option_is_a_keyword_or_a_number()
    {
        // The grammar highlights these words as keywords outside a connection's definition.
        var vocabulary = DialectVocabulary.Current;
        var words = vocabulary.ConnectionTypes.Concat(vocabulary.OptionNames).SelectMany(name => name.Split(' '));
        Assert.All(words, word => Assert.True(vocabulary.Keywords.Contains(word) || word.All(char.IsAsciiDigit), word));
    }

    [Fact]
    public void The_keyword_categories_are_keywords() =>
        Assert.All(TextMateGrammar.Constants.Concat(TextMateGrammar.LogicalOperators), word => Assert.Contains(word, DialectVocabulary.Current.Keywords));
}
