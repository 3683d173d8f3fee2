using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// The simulator's only source of randomness, kept in the catalog so that execution stays a pure
/// function: each draw derives 32 bytes from the seed, a counter and a purpose with SHA-256, and
/// returns the next state. Running a script twice with the same seed generates the same SSH keys,
/// ids and external ids (<c>sqlconn run --seed N</c>); without a seed the host picks a random one.
/// </summary>
public sealed record Entropy(ulong Seed, long Counter)
{
    public (byte[] Bytes, Entropy Next) Draw(string purpose)
    {
        var purposeBytes = Encoding.UTF8.GetBytes(purpose);
        var input = new byte[16 + purposeBytes.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(input, Seed);
        BinaryPrimitives.WriteInt64LittleEndian(input.AsSpan(8), Counter);
        purposeBytes.CopyTo(input, 16);
        return (SHA256.HashData(input), Next);
    }

    /// <summary>The state after one draw: what follows a draw that is made later, from this state (a key derived when first shown).</summary>
    public Entropy Next => this with { Counter = Counter + 1 };

    /// <summary>A UUID-shaped string (version 4 layout) from 16 drawn bytes.</summary>
    public (string Uuid, Entropy Next) DrawUuid(string purpose)
    {
        var (bytes, next) = Draw(purpose);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return (new Guid(bytes.AsSpan(0, 16), bigEndian: true).ToString(), next);
    }
}
