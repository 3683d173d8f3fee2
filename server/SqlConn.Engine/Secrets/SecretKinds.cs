namespace SqlConn.Engine.Secrets;

public static class SecretKinds
{
    /// <summary>The kind with an article, for messages: <c>a PEM certificate</c>.</summary>
    public static string Describe(SecretKind kind) => kind switch
    {
        SecretKind.PemCertificate => "a PEM certificate",
        SecretKind.PemPrivateKey => "a PEM private key",
        _ => "text",
    };
}
