using System.Security.Cryptography;
using System.Text;
using SqlConn.Engine.Secrets;

namespace SqlConn.Engine.Tests.Secrets;

/// <summary>Value expressions that Materialize accepts, and the bytes they store.</summary>
public sealed class SecretValueEvaluationTests
{
    [Theory]
    // Untyped string literals of every kind coerce to bytea through the bytea input syntax.
    [InlineData("CREATE SECRET s AS 'hunter2'", "hunter2")]
    [InlineData("CREATE SECRET s AS E'line\\n'", "line\n")]
    [InlineData("CREATE SECRET s AS $$it's$$", "it's")]
    [InlineData("CREATE SECRET s AS $tag$a$b$tag$", "a$b")]
    [InlineData("CREATE SECRET s AS ''", "")]
    [InlineData("CREATE SECRET s AS 'it''s'", "it's")]
    [InlineData(@"CREATE SECRET s AS '\x68756e74657232'", "hunter2")]
    [InlineData(@"CREATE SECRET s AS '\x68 75	6E'", "hun")]
    [InlineData(@"CREATE SECRET s AS '\x'", "")]
    [InlineData(@"CREATE SECRET s AS 'a\\b'", @"a\b")]
    [InlineData(@"CREATE SECRET s AS 'caf\303\251'", "café")]
    [InlineData(@"CREATE SECRET s AS E'\\x41'", "A")]
    [InlineData("CREATE SECRET s AS ('hunter2')", "hunter2")]
    // Casts.
    [InlineData("CREATE SECRET s AS 'hunter2'::bytea", "hunter2")]
    [InlineData("CREATE SECRET s AS CAST('hunter2' AS bytea)", "hunter2")]
    [InlineData("CREATE SECRET s AS 'x'::pg_catalog.bytea", "x")]
    [InlineData("CREATE SECRET s AS 'x'::text::bytea", "x")]
    [InlineData(@"CREATE SECRET s AS '\x41'::text::bytea", "A")]
    [InlineData("CREATE SECRET s AS true::text::bytea", "true")]
    [InlineData("CREATE SECRET s AS 1.50::text::bytea", "1.50")]
    [InlineData("CREATE SECRET s AS '12'::integer::text::bytea", "12")]
    [InlineData("CREATE SECRET s AS 2.5::integer::text::bytea", "3")]
    [InlineData("CREATE SECRET s AS 1::boolean::text::bytea", "true")]
    [InlineData("CREATE SECRET s AS 'yes'::boolean::integer::text::bytea", "1")]
    // decode, convert_to, repeat.
    [InlineData("CREATE SECRET s AS decode('c2VjcmV0Cg==', 'base64')", "secret\n")]
    [InlineData("CREATE SECRET s AS decode(E'c2Vj\\ncmV0\\r\\n Cg==', 'BASE64')", "secret\n")]
    [InlineData("CREATE SECRET s AS decode('aHVudGVyMg==', 'base64')", "hunter2")]
    [InlineData("CREATE SECRET s AS decode('aHVudGVyMjE=', 'base64')", "hunter21")]
    [InlineData("CREATE SECRET s AS decode('YQ==YQ==', 'base64')", "aa")]
    [InlineData("CREATE SECRET s AS decode('', 'base64')", "")]
    [InlineData("CREATE SECRET s AS decode('68756e74657232', 'hex')", "hunter2")]
    [InlineData("CREATE SECRET s AS decode(' 68 75 6E ', 'HEX')", "hun")]
    [InlineData(@"CREATE SECRET s AS decode('a\\b\101', 'escape')", @"a\bA")]
    [InlineData("CREATE SECRET s AS pg_catalog.decode('4142', 'hex')", "AB")]
    [InlineData("CREATE SECRET s AS convert_to('café', 'UTF8')", "café")]
    [InlineData("CREATE SECRET s AS convert_to('x', 'utf-8')", "x")]
    [InlineData("CREATE SECRET s AS repeat('ab', 2 + 1)::bytea", "ababab")]
    [InlineData("CREATE SECRET s AS repeat('ab', 0)::bytea", "")]
    [InlineData("CREATE SECRET s AS repeat('ab', -1)::bytea", "")]
    [InlineData("CREATE SECRET s AS repeat('ab', '2')::bytea", "abab")]
    // ||: bytea with bytea or an untyped literal is bytea; with text it is text.
    [InlineData("CREATE SECRET s AS ('abc' || 'def')::bytea", "abcdef")]
    [InlineData("CREATE SECRET s AS 'abc'::bytea || 'def'::bytea", "abcdef")]
    [InlineData("CREATE SECRET s AS 'abc'::bytea || 'def'", "abcdef")]
    [InlineData("CREATE SECRET s AS 'abc' || decode('646566', 'hex')", "abcdef")]
    [InlineData("CREATE SECRET s AS ('a' || 1)::bytea", "a1")]
    [InlineData("CREATE SECRET s AS convert_to('x'::bytea || 'y'::text, 'UTF8')", @"\x78y")]
    // Integer arithmetic.
    [InlineData("CREATE SECRET s AS (7 / 2)::text::bytea", "3")]
    [InlineData("CREATE SECRET s AS (-7 % 3)::text::bytea", "-1")]
    [InlineData("CREATE SECRET s AS (2 - 5 * 2)::text::bytea", "-8")]
    [InlineData("CREATE SECRET s AS (+4)::text::bytea", "4")]
    [InlineData("CREATE SECRET s AS (1 + 2::bigint)::text::bytea", "3")]
    [InlineData("CREATE SECRET s AS (2147483647::bigint + 1)::text::bytea", "2147483648")]
    [InlineData("CREATE SECRET s AS (-2147483648)::text::bytea", "-2147483648")]
    [InlineData("CREATE SECRET s AS ('3' * 2)::text::bytea", "6")]
    // ALTER SECRET ... AS follows the same rules.
    [InlineData("ALTER SECRET kafka_ca_cert AS decode('c2VjcmV0Cg==', 'base64')", "secret\n")]
    [InlineData("ALTER SECRET IF EXISTS s AS 'hunter2'", "hunter2")]
    public void Value_is_stored_as_these_bytes(string sql, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(expected);

        var fingerprint = SecretSql.Evaluate(sql);

        Assert.Equal(new SecretFingerprint(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, SecretKind.Text), fingerprint);
    }

    [Fact]
    public void Base64_example_of_the_docs_is_secret_and_a_newline()
    {
        var fingerprint = SecretSql.Evaluate("ALTER SECRET kafka_ca_cert AS decode('c2VjcmV0Cg==', 'base64')");

        Assert.Equal(7, fingerprint.ByteLength);
        Assert.Equal("b37e50cedcd3e3f1ff64f4afc0422084ae694253cf399326868e07a35f4a45fb", fingerprint.Sha256Hex);
        Assert.Equal(SecretKind.Text, fingerprint.Kind);
    }

    [Fact]
    public void Largest_secret_is_512_KiB()
    {
        var fingerprint = SecretSql.Evaluate("CREATE SECRET s AS REPEAT('x', 1024 * 512)::bytea");

        Assert.Equal(524_288, fingerprint.ByteLength);
        Assert.Equal("ec8bb338811bbf800a8b5e507d06e08a1d9d05bde74294f6f7388f3bbfba82e5", fingerprint.Sha256Hex);
    }

    [Fact]
    public void Every_spelling_of_the_same_value_has_the_same_fingerprint()
    {
        string[] spellings =
        [
            "CREATE SECRET s AS 'hunter2'",
            "CREATE SECRET s AS E'hunter\\x32'",
            "CREATE SECRET s AS $$hunter2$$",
            @"CREATE SECRET s AS '\x68756e74657232'",
            "CREATE SECRET s AS decode('aHVudGVyMg==', 'base64')",
            "CREATE SECRET s AS convert_to('hunter' || 2, 'UTF8')",
            "CREATE SECRET s AS 'hun'::bytea || 'ter2'",
        ];

        var fingerprints = spellings.Select(SecretSql.Evaluate).Distinct().ToList();

        Assert.Equal(new SecretFingerprint("f52fbd32b2b3b86ff88ef6c490628285f482af15ddcb29541f94bcf526a3f6c7", 7, SecretKind.Text), Assert.Single(fingerprints));
    }

    [Theory]
    [InlineData("CREATE SECRET ca AS E'-----BEGIN CERTIFICATE-----\\nMIIBszCCAVmgAwIBAgIU\\n-----END CERTIFICATE-----\\n'", SecretKind.PemCertificate)]
    [InlineData("CREATE SECRET k AS E'-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkq\\n-----END PRIVATE KEY-----\\n'", SecretKind.PemPrivateKey)]
    [InlineData("CREATE SECRET k AS decode('LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUIKLS0tLS1FTkQgRUMgUFJJVkFURSBLRVktLS0tLQo=', 'base64')", SecretKind.PemPrivateKey)]
    [InlineData("CREATE SECRET p AS 'hunter2'", SecretKind.Text)]
    public void Kind_is_detected_from_the_value(string sql, SecretKind expected)
    {
        Assert.Equal(expected, SecretSql.Evaluate(sql).Kind);
    }
}
