namespace SqlConn.Engine.Secrets;

/// <summary>What a secret's value looks like, detected from its bytes (see <see cref="SecretKindDetector"/>).</summary>
public enum SecretKind
{
    /// <summary>Anything that is not a PEM certificate or private key: a password, a token, a key id.</summary>
    Text,

    /// <summary>Contains a PEM <c>CERTIFICATE</c> block.</summary>
    PemCertificate,

    /// <summary>Contains a PEM private key block (PKCS#8, PKCS#1, SEC 1, encrypted PKCS#8 or OpenSSH).</summary>
    PemPrivateKey,
}

/// <summary>The words hover and warnings use for a <see cref="SecretKind"/>.</summary>
public static class SecretKindText
{
    /// <summary>A short name, e.g. <c>PEM certificate</c>.</summary>
    public static string DisplayName(this SecretKind kind) => kind switch
    {
        SecretKind.Text => "text",
        SecretKind.PemCertificate => "PEM certificate",
        SecretKind.PemPrivateKey => "PEM private key",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>One line saying what the value looks like and what it suits.</summary>
    public static string Description(this SecretKind kind) => kind switch
    {
        SecretKind.Text => "a value that is neither a PEM certificate nor a PEM private key, such as a password or a token",
        SecretKind.PemCertificate => "a PEM certificate (-----BEGIN CERTIFICATE-----), as SSL CERTIFICATE and SSL CERTIFICATE AUTHORITY expect",
        SecretKind.PemPrivateKey => "a PEM private key (-----BEGIN ... PRIVATE KEY-----), as SSL KEY expects",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
