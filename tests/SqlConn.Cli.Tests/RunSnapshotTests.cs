namespace SqlConn.Cli.Tests;

/// <summary>
/// <c>sqlconn run --save</c> / <c>--state</c> through the built binary: a run split at a snapshot
/// gives the results of one run; a corrupt, truncated or foreign snapshot is refused with exit 2 and
/// left as it was; saving replaces the file whole and leaves no temporary file; <c>--seed</c> makes
/// generated keys and ids deterministic.
/// </summary>
public sealed class RunSnapshotTests
{
    private const string Setup = """
        CREATE SECRET pw AS 'hunter2';
        CREATE ROLE analyst;
        CREATE CONNECTION ssh TO SSH TUNNEL (HOST 'bastion', USER 'mz');
        CREATE CONNECTION pg TO POSTGRES (HOST 'h', DATABASE 'd', USER 'u', PASSWORD SECRET pw, SSH TUNNEL ssh) WITH (VALIDATE = false);
        CREATE CONNECTION aws TO AWS (ASSUME ROLE ARN 'arn:aws:iam::123456789012:role/mz');
        CREATE SOURCE src IN CLUSTER quickstart FROM POSTGRES CONNECTION pg (PUBLICATION 'p') FOR ALL TABLES;
        ALTER CONNECTION ssh ROTATE KEYS;
        COMMENT ON SECRET pw IS 'rotated monthly';
        GRANT USAGE ON CONNECTION pg TO analyst;

        """;

    // No key generation here: after a snapshot the entropy is reseeded, so new keys would differ.
    private const string More = """
        ALTER SECRET pw AS 'hunter3';
        SELECT * FROM mz_connections ORDER BY id;
        SELECT * FROM mz_ssh_tunnel_connections;
        SELECT id, external_id, example_trust_policy FROM mz_internal.mz_aws_connections;
        SELECT * FROM mz_secrets;
        SHOW SECRETS;
        SHOW CREATE CONNECTION pg;
        ALTER SECRET pw RENAME TO pg_password;
        DROP CONNECTION ssh;
        DROP SECRET pg_password CASCADE;
        SELECT name FROM mz_connections;
        CREATE SECRET pw AS 'x';
        SELECT id, name FROM mz_secrets;

        """;

    [Fact]
    public void A_run_split_at_a_snapshot_gives_the_results_of_one_run()
    {
        using var dir = new TempDirectory();
        dir.Write("setup.sql", Setup);
        dir.Write("more.sql", More);

        var whole = dir.Run("run", "--seed", "7", "setup.sql", "more.sql");
        var first = dir.Run("run", "--seed", "7", "--save", "state.snap", "setup.sql");
        var second = dir.Run("run", "--state", "state.snap", "more.sql");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, whole.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Equal(whole.Stdout, first.Stdout + second.Stdout);
        Assert.Contains("DROP SECRET", second.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("foreign")]
    [InlineData("empty")]
    public void A_bad_snapshot_is_refused_with_exit_2_and_left_untouched(string kind)
    {
        using var dir = new TempDirectory();
        dir.Write("setup.sql", Setup);
        Assert.Equal(0, dir.Run("run", "--seed", "7", "--save", "good.snap", "setup.sql").ExitCode);
        var good = File.ReadAllBytes(Path.Combine(dir.Path, "good.snap"));
        byte[] bad = kind switch
        {
            "garbage" => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))],
            "truncated" => good[..(good.Length / 2)],
            "foreign" => "\u0093\u00a4json\u0001\u0080"u8.ToArray(),
            _ => [],
        };
        var path = Path.Combine(dir.Path, "bad.snap");
        File.WriteAllBytes(path, bad);

        var result = dir.Run("run", "--state", "bad.snap", "--save", "bad.snap", "setup.sql");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sqlconn: cannot read snapshot", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(bad, File.ReadAllBytes(path));
    }

    [Fact]
    public void Save_replaces_an_existing_file_whole_and_leaves_no_temporary_file()
    {
        using var dir = new TempDirectory();
        dir.Write("setup.sql", Setup);
        var path = dir.Write("state.snap", new string('x', 1 << 20));

        Assert.Equal(0, dir.Run("run", "--seed", "7", "--save", "state.snap", "setup.sql").ExitCode);

        Assert.True(new FileInfo(path).Length < 1 << 20);
        Assert.Equal(["setup.sql", "state.snap"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        dir.Write("query.sql", "SELECT name FROM mz_connections ORDER BY id;\n");
        var loaded = dir.Run("run", "--state", "state.snap", "query.sql");
        Assert.Equal(0, loaded.ExitCode);
        Assert.Contains(" ssh\n pg\n aws\n", loaded.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_output_and_another_seed_other_keys_and_ids()
    {
        using var dir = new TempDirectory();
        dir.Write("setup.sql", Setup + "SELECT public_key_1, public_key_2 FROM mz_ssh_tunnel_connections;\nSELECT external_id, mz_environment_id() FROM mz_internal.mz_aws_connections;\n");

        var one = dir.Run("run", "--seed", "1", "--format", "json", "setup.sql");
        var again = dir.Run("run", "--seed", "1", "--format", "json", "setup.sql");
        var two = dir.Run("run", "--seed", "2", "--format", "json", "setup.sql");

        Assert.Equal(one.Stdout, again.Stdout);
        var keys = Generated(one.Stdout, @"ssh-ed25519 [A-Za-z0-9+/=]{20,}");
        var externalIds = Generated(one.Stdout, @"mz_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}_u[0-9]+");
        Assert.Equal(3, keys.Count);
        Assert.NotEmpty(externalIds);
        Assert.All(keys, key => Assert.DoesNotContain(key, two.Stdout, StringComparison.Ordinal));
        Assert.All(externalIds, id => Assert.DoesNotContain(id, two.Stdout, StringComparison.Ordinal));
    }

    /// <summary>The distinct generated values (public keys, external ids) matching <paramref name="pattern"/> in a JSON report.</summary>
    private static HashSet<string> Generated(string json, string pattern) =>
        [.. System.Text.RegularExpressions.Regex.Matches(json, pattern).Select(m => m.Value)];
}
