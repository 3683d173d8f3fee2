using System.Text;
using SqlConn.Engine.Secrets;

namespace SqlConn.Engine.Tests.Secrets;

/// <summary>
/// Canary values, written plainly, as PEM and through decode(), go through statements that succeed
/// and statements that fail in every way; no four consecutive characters of a canary (nor of its
/// base64 form) may appear in any message, detail, hint, exception text or fingerprint.
/// </summary>
public sealed class SecretLeakCanaryTests
{
    private const string Plain = "Zq9xWvKpYj";
    private const string PemBody = "MIIEvQIBZq9xWvKpYjADANBgkqhkiG9w0B";
    private static readonly string Pem = $"-----BEGIN PRIVATE KEY-----\\n{PemBody}\\n-----END PRIVATE KEY-----\\n";
    private static readonly string Base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Plain));

    public static TheoryData<string> Successes =>
    [
        $"CREATE SECRET s AS '{Plain}'",
        $"CREATE SECRET s AS E'{Pem}'",
        $"CREATE SECRET s AS decode('{Base64}', 'base64')",
        $"ALTER SECRET s AS '{Plain}'::bytea || '{Plain}'",
    ];

    public static TheoryData<string> Failures =>
    [
        // Type, null, size and encoding errors.
        $"CREATE SECRET s AS '{Plain}' || 'x'",
        $"CREATE SECRET s AS E'{Pem}'::text",
        $"CREATE SECRET s AS '{Plain}'::bytea || NULL",
        $"CREATE SECRET s AS repeat('{Plain}', 60000)::bytea",
        $"CREATE SECRET s AS repeat(E'{Pem}', 10000)::bytea",
        $"CREATE SECRET s AS '{Plain}'::bytea || '\\x80'",
        $"CREATE SECRET s AS decode('{Base64}', 'base64') || decode('gA==', 'base64')",
        // Bad input that contains the canary, in every parser.
        $"CREATE SECRET s AS '\\x{Plain}'",
        $"CREATE SECRET s AS '{Plain}\\q'",
        $"CREATE SECRET s AS '{Plain}\\'",
        $"CREATE SECRET s AS E'\\\\x{Pem}'",
        $"CREATE SECRET s AS decode('{Plain}!', 'base64')",
        $"CREATE SECRET s AS decode('{Base64}=', 'base64')",
        $"CREATE SECRET s AS decode('{Plain}', 'hex')",
        $"CREATE SECRET s AS decode('{Plain}\\', 'escape')",
        $"CREATE SECRET s AS decode('base64', '{Base64}')",
        $"CREATE SECRET s AS decode('base64', '{Plain}')",
        $"CREATE SECRET s AS convert_to('x', '{Plain}')",
        $"CREATE SECRET s AS repeat('x', '{Plain}')::bytea",
        $"CREATE SECRET s AS '{Plain}'::integer::text::bytea",
        $"CREATE SECRET s AS '{Plain}'::numeric::text::bytea",
        $"CREATE SECRET s AS '{Plain}'::boolean::text::bytea",
        // Planning errors next to the canary.
        $"CREATE SECRET s AS '{Plain}' * 2",
        $"CREATE SECRET s AS decode('{Base64}', 1)",
        $"CREATE SECRET s AS (SELECT '{Plain}')",
        $"CREATE SECRET s AS max('{Plain}')",
        $"CREATE SECRET s AS CASE WHEN true THEN '{Plain}' END",
        $"CREATE SECRET s AS ('{Plain}' = 'x')::text::bytea",
    ];

    [Theory]
    [MemberData(nameof(Successes))]
    public void Fingerprint_shows_nothing_of_the_value(string sql)
    {
        var fingerprint = SecretSql.Evaluate(sql);

        AssertNoCanary(fingerprint.ToString());
        AssertNoCanary(fingerprint.Sha256Hex ?? string.Empty);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Error_shows_nothing_of_the_value(string sql)
    {
        var (value, _) = SecretSql.Parse(sql);

        var exception = Assert.Throws<StatementFailedException>(() => SecretValueEvaluator.Evaluate(value));

        AssertNoCanary(exception.Message);
        AssertNoCanary(exception.ToString());
        AssertNoCanary(exception.Error.Message);
        AssertNoCanary(exception.Error.Detail ?? string.Empty);
        AssertNoCanary(exception.Error.Hint ?? string.Empty);
        AssertNoCanary(exception.Error.ToString());
        AssertNoCanary(exception.Error.ToDiagnostic().ToString());
    }

    [Fact]
    public void Canary_check_catches_a_leak()
    {
        Assert.ThrowsAny<Exception>(() => AssertNoCanary($"invalid symbol \"{Plain[3..7]}\""));
        Assert.ThrowsAny<Exception>(() => AssertNoCanary($"invalid encoding name '{Base64}'"));
    }

    private static void AssertNoCanary(string text)
    {
        foreach (var canary in new[] { Plain, PemBody, Base64 })
        {
            for (var i = 0; i + 4 <= canary.Length; i++)
            {
                Assert.DoesNotContain(canary.Substring(i, 4), text, StringComparison.Ordinal);
            }
        }
    }
}
