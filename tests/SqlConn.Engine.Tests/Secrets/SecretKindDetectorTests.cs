using System.Text;
using SqlConn.Engine.Secrets;

namespace SqlConn.Engine.Tests.Secrets;

public sealed class SecretKindDetectorTests
{
    [Theory]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", SecretKind.PemCertificate)]
    [InlineData("subject=CN=ca\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", SecretKind.PemCertificate)]
    [InlineData("-----BEGIN CERTIFICATE-----\nA\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nB\n-----END CERTIFICATE-----\n", SecretKind.PemCertificate)]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n", SecretKind.PemPrivateKey)]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n", SecretKind.PemPrivateKey)]
    [InlineData("-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n", SecretKind.PemPrivateKey)]
    [InlineData("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF\n-----END ENCRYPTED PRIVATE KEY-----\n", SecretKind.PemPrivateKey)]
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----\n", SecretKind.PemPrivateKey)]
    [InlineData("-----BEGIN CERTIFICATE-----\nA\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nB\n-----END PRIVATE KEY-----\n", SecretKind.PemPrivateKey)]
    [InlineData("hunter2", SecretKind.Text)]
    [InlineData("", SecretKind.Text)]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIB truncated", SecretKind.Text)]
    [InlineData("-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\n", SecretKind.Text)]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIB\n-----END PRIVATE KEY-----\n", SecretKind.Text)]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMCow\n-----END PUBLIC KEY-----\n", SecretKind.Text)]
    [InlineData("-----BEGIN certificate-----\nMIIB\n-----END certificate-----\n", SecretKind.Text)]
    public void Kind_comes_from_the_pem_blocks(string value, SecretKind expected)
    {
        Assert.Equal(expected, SecretKindDetector.Detect(Encoding.UTF8.GetBytes(value)));
    }

    [Fact]
    public void Every_kind_has_its_own_display_name_and_description()
    {
        var kinds = Enum.GetValues<SecretKind>();

        Assert.Equal(kinds.Length, kinds.Select(k => k.DisplayName()).Distinct().Count());
        Assert.Equal(kinds.Length, kinds.Select(k => k.Description()).Distinct().Count());
        Assert.Equal("PEM private key", SecretKind.PemPrivateKey.DisplayName());
        Assert.Equal("PEM certificate", SecretKind.PemCertificate.DisplayName());
        Assert.Equal("text", SecretKind.Text.DisplayName());
    }
}
