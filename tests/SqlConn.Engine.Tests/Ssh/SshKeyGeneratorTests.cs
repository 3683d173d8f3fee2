using System.Buffers.Binary;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Ssh;

namespace SqlConn.Engine.Tests.Ssh;

public sealed class SshKeyGeneratorTests
{
    /// <summary>RFC 8032 §7.1, test 1: the secret key and the public key it yields.</summary>
    private const string Rfc8032Seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private const string Rfc8032PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    [Fact]
    public void Public_key_line_has_the_openssh_shape()
    {
        var (line, _) = SshKeyGenerator.Generate(new Entropy(42, 0));

        var fields = line.Split(' ');
        Assert.Equal(3, fields.Length);
        Assert.Equal("ssh-ed25519", fields[0]);
        Assert.Equal("materialize", fields[2]);
        Assert.StartsWith("AAAAC3NzaC1lZDI1NTE5AAAAI", fields[1]);
    }

    [Fact]
    public void Wire_encoding_is_the_algorithm_name_then_the_32_byte_key()
    {
        var (line, _) = SshKeyGenerator.Generate(new Entropy(42, 0));

        var (algorithm, key) = ParseWire(line);
        Assert.Equal("ssh-ed25519", algorithm);
        Assert.Equal(32, key.Length);
    }

    [Fact]
    public void Public_key_matches_the_rfc_8032_test_vector()
    {
        var line = SshKeyGenerator.PublicKeyFromSeed(Convert.FromHexString(Rfc8032Seed));

        Assert.Equal(Rfc8032PublicKey, Convert.ToHexStringLower(ParseWire(line).Key));
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL)]
    [InlineData(123456789UL)]
    public void Public_key_matches_what_bouncy_castle_derives_from_the_drawn_seed(ulong seed)
    {
        var entropy = new Entropy(seed, 3);
        var (drawn, _) = entropy.Draw(SshKeyGenerator.EntropyPurpose);
        var expected = new Ed25519PrivateKeyParameters(drawn).GeneratePublicKey().GetEncoded();

        var (line, _) = SshKeyGenerator.Generate(entropy);

        Assert.Equal(expected, ParseWire(line).Key);
    }

    [Fact]
    public void Same_seed_gives_the_same_key_and_different_seeds_different_keys()
    {
        var first = SshKeyGenerator.Generate(new Entropy(7, 0)).PublicKey;
        var again = SshKeyGenerator.Generate(new Entropy(7, 0)).PublicKey;
        var otherSeed = SshKeyGenerator.Generate(new Entropy(8, 0)).PublicKey;

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void Successive_draws_give_different_keys()
    {
        var (first, next) = SshKeyGenerator.Generate(new Entropy(7, 0));
        var (second, last) = SshKeyGenerator.Generate(next);

        Assert.NotEqual(first, second);
        Assert.Equal(2, last.Counter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(64)]
    public void Seed_of_the_wrong_length_is_rejected(int length)
    {
        Assert.Throws<ArgumentException>(() => SshKeyGenerator.PublicKeyFromSeed(new byte[length]));
    }

    /// <summary>Reads the base64 field back: <c>string algorithm</c>, <c>string key</c>, nothing after.</summary>
    private static (string Algorithm, byte[] Key) ParseWire(string line)
    {
        var wire = Convert.FromBase64String(line.Split(' ')[1]);
        var algorithmLength = BinaryPrimitives.ReadInt32BigEndian(wire);
        var algorithm = Encoding.ASCII.GetString(wire, 4, algorithmLength);
        var keyLength = BinaryPrimitives.ReadInt32BigEndian(wire.AsSpan(4 + algorithmLength));
        var key = wire.AsSpan(8 + algorithmLength).ToArray();
        Assert.Equal(keyLength, key.Length);
        return (algorithm, key);
    }
}
