using SqlConn.Engine.Connections;
using SqlConn.Syntax.Redaction;
using Xunit;

namespace SqlConn.Engine.Tests.Connections;

public sealed class SecretOptionsTests
{
    /// <summary>The printer and the source-line masking redact exactly the options the engine requires to be secrets.</summary>
    [Fact]
    public void Redaction_knows_every_secret_only_option()
    {
        var secretOnly = OptionDefinitions.All.Where(d => d.Kind == OptionValueKind.Secret).Select(d => d.Name).Order(StringComparer.Ordinal);
        Assert.Equal(secretOnly, SecretOptions.Names.Order(StringComparer.Ordinal));
    }
}
