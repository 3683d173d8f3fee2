using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Tests;

/// <summary>Snippets as plain text, for clients without snippet support (a unit of the server, in process).</summary>
public sealed class SnippetTextTests
{
    [Theory]
    [InlineData("HOST '$1'", "HOST ''")]
    [InlineData("PORT ${1:5432}", "PORT 5432")]
    [InlineData("SSL MODE '${1|disable,require,verify_ca|}'", "SSL MODE 'disable'")]
    [InlineData("POSTGRES ($0)", "POSTGRES ()")]
    [InlineData("SET (${1:HOST} '${2}')", "SET (HOST '')")]
    [InlineData("A ${1:outer ${2:inner}} B", "A outer inner B")]
    [InlineData("${1|a\\,b,c|}", "a,b")]
    [InlineData("cost \\$5 \\} \\\\", "cost $5 } \\")]
    [InlineData("$ alone and ${ unclosed", "$ alone and ${ unclosed")]
    [InlineData("${1|unclosed", "unclosed")]
    public void A_snippet_becomes_its_plain_text(string snippet, string plain) => Assert.Equal(plain, SnippetText.Plain(snippet));
}
