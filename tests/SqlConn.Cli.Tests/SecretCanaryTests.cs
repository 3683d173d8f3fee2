using System.Buffers.Binary;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;

namespace SqlConn.Cli.Tests;

/// <summary>
/// Canary secret values — plain, PEM-looking, E'' escaped, through decode(), as a role password —
/// in statements that succeed and statements that fail, never appear in anything <c>sqlconn run</c>
/// (text and JSON) and <c>sqlconn lint</c> (text and JSON) print, nor in the snapshot file; and the
/// snapshot holds neither the seed the SSH keys were generated from nor any 32 bytes that are the
/// private key of one of its public keys.
/// </summary>
public sealed class SecretCanaryTests
{
    private const ulong Seed = 0x5EED_C0DE_1234_5678;
    private const string Plain = "CanaryPlainQx7Vw";
    private const string PemBody = "MIIEvCanaryPemBodyZr8Kq3";
    private const string Escaped = "CanaryEscapedJm4Tn";
    private const string Decoded = "CanaryDecodedHp2Ls";
    private const string Password = "CanaryPasswordWy6Rd";

    private static readonly string[] Canaries = [Plain, PemBody, Escaped, Decoded, Password, Convert.ToBase64String(Encoding.UTF8.GetBytes(Decoded))];

    private static readonly string Script = $"""
        CREATE SECRET plain AS '{Plain}';
        CREATE SECRET pem AS '-----BEGIN PRIVATE KEY-----
        {PemBody}
        -----END PRIVATE KEY-----';
        CREATE SECRET escaped AS E'{Escaped}\n\t';
        CREATE SECRET decoded AS decode('{Convert.ToBase64String(Encoding.UTF8.GetBytes(Decoded))}', 'base64');
        CREATE ROLE app WITH LOGIN PASSWORD '{Password}';
        ALTER SECRET plain AS '{Plain}-2';
        CREATE SECRET plain AS '{Plain}';
        CREATE SECRET bad AS '{Plain}' || 'x';
        CREATE SECRET bad AS '{Plain}\x80'::bytea || '\x80';
        CREATE SECRET bad AS repeat('{Plain}', 100000)::bytea;
        CREATE CONNECTION kafka TO KAFKA (BROKER 'k:9092', SASL PASSWORD '{Plain}', SSL KEY SECRET pem);
        CREATE CONNECTION pg TO POSTGRES (HOST 'db', DATABASE 'd', USER 'u', PASSWORD SECRET pem, SSL KEY SECRET pem) WITH (VALIDATE = false);
        CREATE CONNECTION ssh TO SSH TUNNEL (HOST 'bastion', USER 'mz');
        ALTER CONNECTION ssh ROTATE KEYS;
        SHOW CREATE CONNECTION pg;
        SELECT * FROM mz_secrets;
        CREATE SECRET unterminated AS '{Plain}
        """;

    [Fact]
    public void No_output_and_no_snapshot_holds_a_secret_value()
    {
        using var dir = new TempDirectory();
        dir.Write("script.sql", Script);
        RunResult[] results =
        [
            dir.Run("run", "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "state.snap", "script.sql"),
            dir.Run("run", "--format", "json", "script.sql"),
            dir.Run("lint", "script.sql"),
            dir.Run("lint", "--format", "json", "script.sql"),
        ];

        var snapshot = File.ReadAllBytes(Path.Combine(dir.Path, "state.snap"));
        var outputs = results.SelectMany(r => new[] { r.Stdout, r.Stderr }).Append(Encoding.UTF8.GetString(snapshot)).Append(Encoding.Latin1.GetString(snapshot));
        Assert.Contains("CREATE SECRET", results[0].Stdout, StringComparison.Ordinal);
        foreach (var output in outputs)
        {
            Assert.All(Canaries, canary => Assert.DoesNotContain(canary, output, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_snapshot_holds_no_key_seed_and_no_private_key_of_its_public_keys()
    {
        using var dir = new TempDirectory();
        dir.Write("script.sql", "CREATE CONNECTION ssh TO SSH TUNNEL (HOST 'bastion', USER 'mz');\nALTER CONNECTION ssh ROTATE KEYS;\nCREATE CONNECTION ssh2 TO SSH TUNNEL (HOST 'bastion', USER 'mz');\n");
        Assert.Equal(0, dir.Run("run", "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "state.snap", "script.sql").ExitCode);
        var snapshot = File.ReadAllBytes(Path.Combine(dir.Path, "state.snap"));

        var seedBytes = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(seedBytes, Seed);
        Assert.False(snapshot.AsSpan().IndexOf(seedBytes) >= 0, "the snapshot holds the seed (little endian)");
        BinaryPrimitives.WriteUInt64BigEndian(seedBytes, Seed);
        Assert.False(snapshot.AsSpan().IndexOf(seedBytes) >= 0, "the snapshot holds the seed (big endian)");

        var publicKeys = PublicKeys(Encoding.ASCII.GetString(snapshot));
        Assert.Equal(4, publicKeys.Count);
        foreach (var candidate in Candidates(snapshot))
        {
            var derived = new Ed25519PrivateKeyParameters(candidate, 0).GeneratePublicKey().GetEncoded();
            Assert.DoesNotContain(publicKeys, key => key.AsSpan().SequenceEqual(derived));
        }
    }

    /// <summary>The raw 32-byte Ed25519 keys inside the snapshot's <c>ssh-ed25519 AAAA... materialize</c> strings.</summary>
    private static List<byte[]> PublicKeys(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"ssh-ed25519 ([A-Za-z0-9+/=]+) materialize")
            .Select(m => Convert.FromBase64String(m.Groups[1].Value)[^32..])
            .DistinctBy(Convert.ToBase64String)];

    /// <summary>Every 32-byte window of the snapshot, and of every base64 string in it, as a possible private key.</summary>
    private static IEnumerable<byte[]> Candidates(byte[] snapshot)
    {
        for (var i = 0; i + 32 <= snapshot.Length; i++)
        {
            yield return snapshot[i..(i + 32)];
        }

        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(Encoding.ASCII.GetString(snapshot), "[A-Za-z0-9+/]{43,}={0,2}"))
        {
            var decoded = TryBase64(match.Value);
            for (var i = 0; i + 32 <= decoded.Length; i++)
            {
                yield return decoded[i..(i + 32)];
            }
        }
    }

    private static byte[] TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.PadRight((text.Length + 3) / 4 * 4, '='), buffer, out var written) ? buffer[..written] : [];
    }
}
