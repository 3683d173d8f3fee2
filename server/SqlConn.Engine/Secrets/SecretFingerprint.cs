using System.Security.Cryptography;

namespace SqlConn.Engine.Secrets;

/// <summary>
/// Everything the simulator keeps of a secret's value: the lower-case hex SHA-256 of its bytes,
/// their number and their <see cref="SecretKind"/>. Equal values have equal fingerprints, so an
/// <c>ALTER SECRET</c> that sets the same value again can be told apart from a real change. The hash
/// of a short or common value can be reversed by guessing, so it never leaves memory: nothing prints
/// it and snapshots do not keep it (<see cref="Sha256Hex"/> is null for a secret loaded from one).
/// </summary>
public sealed record SecretFingerprint(string? Sha256Hex, int ByteLength, SecretKind Kind)
{
    public static SecretFingerprint Of(ReadOnlySpan<byte> value) =>
        new(Convert.ToHexStringLower(SHA256.HashData(value)), value.Length, SecretKindDetector.Detect(value));
}
