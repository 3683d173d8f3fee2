namespace SqlConn.Engine.Secrets;

public enum SecretKind
{
    Text,
    PemCertificate,
    PemPrivateKey,
}

public sealed record SecretFingerprint(string Sha256Hex, int ByteLength, SecretKind Kind);
