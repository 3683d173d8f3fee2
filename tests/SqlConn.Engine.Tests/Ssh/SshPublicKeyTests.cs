using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Ssh;
using SqlConn.Engine.Values;
using SqlConn.Syntax;

namespace SqlConn.Engine.Tests.Ssh;

/// <summary>Keys are derived when first shown, and are the same whether and whenever they are shown.</summary>
public sealed class SshPublicKeyTests
{
    private const string Script = """
        CREATE CONNECTION t1 TO SSH TUNNEL (HOST 'b1', USER 'u', PORT 22);
        CREATE CONNECTION t2 TO SSH TUNNEL (HOST 'b2', USER 'u', PORT 22);
        ALTER CONNECTION t1 ROTATE KEYS;
        SELECT public_key_1, public_key_2 FROM mz_ssh_tunnel_connections ORDER BY id;
        ALTER CONNECTION t1 ROTATE KEYS;
        """;

    [Fact]
    public void A_drawn_key_is_the_key_its_draw_generates()
    {
        var entropy = new Entropy(5, 7);

        var (key, next) = SshPublicKey.Draw(entropy);

        var (expected, expectedNext) = SshKeyGenerator.Generate(entropy);
        Assert.Equal(expected, key.Line);
        Assert.Equal(expectedNext, next);
    }

    [Fact]
    public void The_keys_of_a_run_do_not_depend_on_which_are_shown_first()
    {
        var inOrder = Run().SelectMany(Shown).ToList();
        var reversed = Run().Reverse().SelectMany(r => Shown(r).Reverse()).Reverse().ToList();

        Assert.Equal(inOrder, reversed);
        Assert.Equal(6, inOrder.Count(k => k.StartsWith("ssh-ed25519 ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_query_shows_the_keys_the_notices_name()
    {
        var results = Run();

        var created = results[0].Notices.Single().Detail ?? string.Empty;
        var rotated = results[2].Notices.Single().Detail ?? string.Empty;
        var rows = results[3].Rows.Select(r => r.Select(v => ((SqlText)v).Value).ToArray()).ToArray();
        Assert.Equal(created.Split('\n')[1], rows[0][0]);
        Assert.Equal($"remove: {created.Split('\n')[0]}\nadd: {rows[0][1]}", rotated);
    }

    private static StatementResult[] Run()
    {
        var script = SqlParser.ParseScript(SourceText.From(Script));
        return [.. ScriptRunner.Run(Sessions.Start(DefaultCatalog.Create(1), null, script.Dialect), script).Statements.Select(s => s.Result)];
    }

    /// <summary>What a result shows of keys: its notices' details, then its rows.</summary>
    private static IEnumerable<string> Shown(StatementResult result) =>
        result.Notices.Select(n => n.Detail ?? string.Empty).Concat(result.Rows.SelectMany(r => r).Select(v => ((SqlText)v).Value));
}
