using SqlConn.Engine.Secrets;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Tests.Secrets;

public sealed class SecretDiagnosticsTests
{
    public static TheoryData<string> Codes => [.. SecretDiagnostics.All.Select(d => d.Code)];

    [Fact]
    public void Codes_are_distinct_and_in_the_secrets_block()
    {
        var codes = SecretDiagnostics.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Distinct(), codes);
        Assert.All(codes, code => Assert.Matches("^SC22[0-9]{2}$", code));
        Assert.Equal(["SC2201", "SC2202", "SC2203", "SC2204", "SC2205", "SC2206", "SC2207", "SC2208"], codes);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Descriptor_is_complete(string code)
    {
        var descriptor = Descriptor(code);

        Assert.Equal("semantic", descriptor.Category);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title));
        Assert.True(char.IsLower(descriptor.Title[0]), "titles start in lower case");
        Assert.EndsWith(".", descriptor.Explanation);
        Assert.NotEqual(descriptor.BadExample, descriptor.GoodExample);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Bad_example_reports_the_descriptor_and_good_example_evaluates(string code)
    {
        var descriptor = Descriptor(code);

        Assert.Equal(code, SecretSql.Fail(descriptor.BadExample.TrimEnd(';')).Error.Descriptor.Code);
        Assert.True(SecretSql.Evaluate(descriptor.GoodExample.TrimEnd(';')).ByteLength > 0);
    }

    [Fact]
    public void Only_the_simulator_limitation_is_a_warning()
    {
        Assert.Equal([SecretDiagnostics.NotSimulated], SecretDiagnostics.All.Where(d => d.DefaultSeverity != DiagnosticSeverity.Error));
    }

    private static DiagnosticDescriptor Descriptor(string code) => SecretDiagnostics.All.Single(d => d.Code == code);
}
