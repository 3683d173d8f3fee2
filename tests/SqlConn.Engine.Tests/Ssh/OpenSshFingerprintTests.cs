using SqlConn.Engine.Ssh;

namespace SqlConn.Engine.Tests.Ssh;

public sealed class OpenSshFingerprintTests
{
    /// <summary>The RFC 8032 test-1 public key as an OpenSSH line (computed independently of SqlConn).</summary>
    private const string Rfc8032Line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea materialize";

    [Fact]
    public void Fingerprint_is_the_unpadded_base64_sha256_of_the_wire_encoding()
    {
        Assert.Equal("SHA256:bbXpuKG6zhzdmnxq256TlqzFBzRl2f6OOg722cYNbU8", OpenSshFingerprint.Compute(Rfc8032Line));
    }

    [Fact]
    public void Generated_keys_use_the_rfc_8032_line_format()
    {
        var line = SshKeyGenerator.PublicKeyFromSeed(Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

        Assert.Equal(Rfc8032Line, line);
    }

    [Fact]
    public void Comment_does_not_change_the_fingerprint()
    {
        var withoutComment = string.Join(' ', Rfc8032Line.Split(' ')[..2]);

        Assert.Equal(OpenSshFingerprint.Compute(Rfc8032Line), OpenSshFingerprint.Compute(withoutComment));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ssh-ed25519")]
    [InlineData("ssh-ed25519 not*base64 materialize")]
    public void Malformed_line_has_no_fingerprint(string line)
    {
        Assert.Null(OpenSshFingerprint.Compute(line));
    }
}
