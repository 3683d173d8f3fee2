using System.Collections.Immutable;
using SqlConn.Engine.Connections;
using SqlConn.Syntax;

namespace SqlConn.Ide.Vocabulary;

/// <summary>
/// The words of both dialects, read from the tables the server works with: the lexer's keywords,
/// the Materialize connection types (<see cref="Engine.Connections.ConnectionTypes"/>) and option names
/// (<see cref="OptionDefinitions"/>), and the CockroachDB URI schemes and their query parameters
/// (<see cref="Engine.Cockroach.Uris.UriSchemes"/>). Multi-word names are upper case with single spaces
/// (<c>SSL CERTIFICATE AUTHORITY</c>). Editor grammars are generated from it, so that they never
/// list a word twice.
/// </summary>
public sealed record DialectVocabulary(
    ImmutableArray<string> Keywords,
    ImmutableArray<string> ConnectionTypes,
    ImmutableArray<string> OptionNames,
    ImmutableArray<string> UriSchemes,
    ImmutableArray<string> UriParameters)
{
    public static DialectVocabulary Current { get; } = new(
        SqlKeywords.All,
        [.. Engine.Connections.ConnectionTypes.All.Select(type => type.DisplayName)],
        [.. OptionDefinitions.All.Select(option => option.Name)],
        Engine.Cockroach.Uris.UriSchemes.Names,
        [.. Engine.Cockroach.Uris.UriSchemes.All.SelectMany(scheme => scheme.Parameters).Select(parameter => parameter.Name).Distinct().Order(StringComparer.Ordinal)]);
}
