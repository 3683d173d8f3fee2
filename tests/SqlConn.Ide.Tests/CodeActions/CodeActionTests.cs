using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Features.CodeActions;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.CodeActions;

/// <summary>
/// Quick fixes as data (tests/testdata/ide/code-actions): a fixture whose <c>$0</c> (or <c>$0...$0</c>)
/// touches a diagnostic, then each fix offered: its code and title (* when preferred), the document
/// after its changes, and the diagnostics that document still has (a placeholder to fill in, or the
/// missing secret a fix names, shows there).
/// </summary>
public sealed class CodeActionTests
{
    public static TheoryData<string> Files => [.. TestCaseFile.In("ide/code-actions")];

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixes_as_expected(string file) => Fixture.Verify(file, fixture =>
    {
        var document = fixture.Document;
        var actions = QuickFixes.For(document, fixture.Range);
        return Rendering.Lines(actions.Select(a =>
        {
            var fixedText = document.Text.WithChanges(a.Changes).ToString();
            var remaining = DocumentDiagnostics.Compute(Analyses.Document(fixedText)).Select(d => $"{d.Code} {d.Message}");
            return $"{a.DiagnosticCode} {(a.IsPreferred ? "* " : string.Empty)}{a.Title}\n{fixedText.TrimEnd('\n')}\n=> diagnostics: {Rendering.Lines(remaining, "none").Replace("\n", "; ", StringComparison.Ordinal)}";
        }));
    });

    [Fact]
    public void Every_code_with_a_fix_is_covered_by_the_test_data()
    {
        var covered = TestCaseFile.In("ide/code-actions").SelectMany(f => TestCaseFile.Load(f).Lines)
            .Where(l => l.Length > 6 && l.StartsWith("SC", StringComparison.Ordinal))
            .Select(l => l[..6])
            .ToHashSet();
        Assert.Empty(QuickFixes.Codes.Where(c => !covered.Contains(c)));
    }
}
