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
    private static readonly string[] PrivateKeyLabels =
        ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "OPENSSH PRIVATE KEY"];

    private const string CertificateLabel = "CERTIFICATE";

    public static SecretKind Detect(ReadOnlySpan<byte> value)
    {
        foreach (var label in PrivateKeyLabels)
        {
            if (HasBlock(value, label))
            {
                return SecretKind.PemPrivateKey;
            }
        }

        return HasBlock(value, CertificateLabel) ? SecretKind.PemCertificate : SecretKind.Text;
    }

    private static bool HasBlock(ReadOnlySpan<byte> value, string label)
    {
        var begin = value.IndexOf(Encoding.ASCII.GetBytes($"-----BEGIN {label}-----"));
        return begin >= 0 && value[begin..].IndexOf(Encoding.ASCII.GetBytes($"-----END {label}-----")) >= 0;
    }
}
