using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Math.EC.Rfc8032;
using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Ssh;

/// <summary>
/// Generates the Ed25519 key pairs of SSH TUNNEL connections the way Materialize does, and keeps
/// only their public half: <c>ssh-ed25519 &lt;base64&gt; materialize</c>, the line an operator adds
/// to the bastion's <c>authorized_keys</c>.
/// </summary>
/// <remarks>
/// The private key is derived, used to compute the public key, and wiped before the call returns.
/// A simulator never authenticates to a bastion, so a private key would have no use here; keeping
/// one would only create something that could leak into output, snapshots or a crash dump.
/// </remarks>
public static class SshKeyGenerator
{
    public const string Algorithm = "ssh-ed25519";

    /// <summary>The comment Materialize puts after every public key.</summary>
    public const string Comment = "materialize";

    /// <summary>The entropy purpose of key seeds, so that key draws never collide with other draws.</summary>
    public const string EntropyPurpose = "ssh-key";

    public const int SeedLength = 32;

    /// <summary>Draws a fresh key pair from <paramref name="entropy"/> and returns its public key.</summary>
    public static (string PublicKey, Entropy Next) Generate(Entropy entropy)
    {
        var (seed, next) = entropy.Draw(EntropyPurpose);
        try
        {
            return (PublicKeyFromSeed(seed), next);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>
    /// The OpenSSH public key line of the Ed25519 key pair whose 32-byte private seed is
    /// <paramref name="seed"/>. The caller owns the seed and should wipe it.
    /// </summary>
    public static string PublicKeyFromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedLength)
        {
            throw new ArgumentException($"an Ed25519 seed has {SeedLength} bytes, not {seed.Length}", nameof(seed));
        }

        Span<byte> publicKey = stackalloc byte[Ed25519.PublicKeySize];
        Ed25519.GeneratePublicKey(seed, publicKey);
        return $"{Algorithm} {Convert.ToBase64String(WireEncoding(publicKey))} {Comment}";
    }

    /// <summary>RFC 4253 §6.6 / RFC 8709 §4: <c>string "ssh-ed25519"</c> then <c>string key</c>.</summary>
    private static byte[] WireEncoding(ReadOnlySpan<byte> publicKey)
    {
        var algorithm = Encoding.ASCII.GetBytes(Algorithm);
        var wire = new byte[4 + algorithm.Length + 4 + publicKey.Length];
        BinaryPrimitives.WriteInt32BigEndian(wire, algorithm.Length);
        algorithm.CopyTo(wire, 4);
        BinaryPrimitives.WriteInt32BigEndian(wire.AsSpan(4 + algorithm.Length), publicKey.Length);
        publicKey.CopyTo(wire.AsSpan(8 + algorithm.Length));
        return wire;
    }
}
