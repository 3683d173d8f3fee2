using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>No input crashes the URI functions: seeded random URIs built from the characters that matter.</summary>
public class UriRobustnessTests
{
    private const string Alphabet = "abcAZ019:/?#&=%@[]+;. !'\"\\\t\u00e9\ud83d\ude00\ud800";

    private static readonly string[] Prefixes =
        [.. UriSchemes.Names.Select(n => n + "://"), "external://", "s3://b?AUTH=", "kafka://k?sasl_enabled=true&", "azure-kms:///k/v?", ""];

    private static readonly string[] Pieces =
    [
        .. UriSchemes.All.SelectMany(s => s.Parameters).Select(p => p.Name + "=").Distinct(), "%zz", "%4", "%41", "==", "Zm9v", "true",
    ];

    [Fact]
    public void Random_uris_never_throw()
    {
        var random = new Random(20250101);
        for (var i = 0; i < 5000; i++)
        {
            var uri = RandomUri(random);

            var validation = ExternalConnectionUriValidator.Validate(uri);
            var redacted = new[] { "STORAGE", "KMS", "FOREIGNDATA", "X" }.Select(type => ConnectionUriRedactor.Redact(uri, type)).ToArray();
            var access = ImplicitAccess.Classify(uri);

            Assert.NotNull(validation.ToString());
            Assert.All(redacted, Assert.NotNull);
            Assert.NotNull(access);
        }
    }

    private static string RandomUri(Random random)
    {
        var builder = new System.Text.StringBuilder(Prefixes[random.Next(Prefixes.Length)]);
        var parts = random.Next(12);
        for (var j = 0; j < parts; j++)
        {
            builder.Append(random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : Alphabet[random.Next(Alphabet.Length)].ToString());
        }

        return builder.ToString();
    }
}
