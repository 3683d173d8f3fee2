using System.Collections.Immutable;
using System.Text;

namespace SqlConn.Engine.Secrets;

/// <summary>
/// Detects the <see cref="SecretKind"/> of a secret's bytes from their PEM blocks: a
/// <c>-----BEGIN LABEL-----</c> line followed later by the matching <c>-----END LABEL-----</c>.
/// A value holding both a private key and a certificate (a bundle) is a private key: that is the
/// more sensitive fact, and the one that makes it wrong as a CA certificate.
/// </summary>
public static class SecretKindDetector
{
    private static readonly ImmutableArray<PemBoundaries> PrivateKeys =
        [.. new[] { "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "OPENSSH PRIVATE KEY" }.Select(PemBoundaries.Of)];

    private static readonly PemBoundaries Certificate = PemBoundaries.Of("CERTIFICATE");

    public static SecretKind Detect(ReadOnlySpan<byte> value)
    {
        foreach (var privateKey in PrivateKeys)
        {
            if (privateKey.Encloses(value))
            {
                return SecretKind.PemPrivateKey;
            }
        }

        return Certificate.Encloses(value) ? SecretKind.PemCertificate : SecretKind.Text;
    }

    private sealed record PemBoundaries(byte[] Begin, byte[] End)
    {
        public static PemBoundaries Of(string label) =>
            new(Encoding.ASCII.GetBytes($"-----BEGIN {label}-----"), Encoding.ASCII.GetBytes($"-----END {label}-----"));

        /// <summary>Whether the value holds a BEGIN line followed, somewhere after it, by the END line.</summary>
        public bool Encloses(ReadOnlySpan<byte> value)
        {
            var begin = value.IndexOf(Begin);
            return begin >= 0 && value[(begin + Begin.Length)..].IndexOf(End) >= 0;
        }
    }
}
