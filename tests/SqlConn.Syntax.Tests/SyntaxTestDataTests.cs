using SqlConn.Syntax.Tests.Support;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>One test per tests/testdata/syntax/*.test file (see <see cref="SyntaxBaseline"/> for the expected format).</summary>
public sealed class SyntaxTestDataTests
{
    public static TheoryData<string> Files => [.. TestDataFiles.Names("syntax", "*.test")];

    [Theory]
    [MemberData(nameof(Files))]
    public void Matches_expected_output(string name)
    {
        var file = TestDataFile.Read(RepositoryPaths.TestData("syntax", name));
        var actual = SyntaxBaseline.Render(file.Input);
        Assert.DoesNotContain(Diagnostics.SyntaxDiagnostics.InternalError.Code, actual, StringComparison.Ordinal);
        file.Check(actual);
    }
}
