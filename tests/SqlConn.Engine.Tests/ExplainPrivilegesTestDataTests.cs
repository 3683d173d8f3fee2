namespace SqlConn.Engine.Tests;

/// <summary>
/// Privilege explanations as data: each tests/testdata/explain-privileges/*.test file is a script, a line
/// <c>----</c>, and what <c>sqlconn run --seed 1 --explain-privileges</c> prints for it (each statement's
/// requirements and whether they are held, then its outcome). UPDATE_TESTDATA=1 rewrites the expected part.
/// </summary>
public sealed class ExplainPrivilegesTestDataTests
{
    public static TheoryData<string> Files => TestDataFiles.Theory("explain-privileges", "*.test");

    [Theory]
    [MemberData(nameof(Files))]
    public void Script_explains_its_privileges_as_expected(string name)
    {
        var file = TestDataFile.Read(RepositoryPaths.TestData("explain-privileges", name));
        file.Check(EngineTestDataTests.Run(name, file.Input, explainPrivileges: true));
    }
}
