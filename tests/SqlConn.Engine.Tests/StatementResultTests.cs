using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Tests;

/// <summary>A result's lint diagnostics above a severity leave the notices below it unconverted, their deferred details unread.</summary>
public sealed class StatementResultTests
{
    [Fact]
    public void Diagnostics_at_least_a_severity_do_not_read_the_details_of_the_notices_below_it()
    {
        var reads = 0;
        var rotated = new Notice("keys rotated", new TextSpan(0, 5), PreviewDiagnostics.KeyRotation, () => $"add: key {++reads}", hint: null);
        var locked = new Notice("rotated again", new TextSpan(0, 5), PreviewDiagnostics.DoubleRotation, "neither key is installed");
        var plain = new Notice("a notice without a code", new TextSpan(0, 5));
        var result = new StatementResult("ALTER CONNECTION", [], [], [rotated, locked, plain], null);

        var warnings = result.DiagnosticsAtLeast(DiagnosticSeverity.Warning).ToList();

        Assert.Equal([PreviewDiagnostics.DoubleRotation.Code], warnings.Select(d => d.Code));
        Assert.Equal(0, reads);
        Assert.Equal(
            [(PreviewDiagnostics.KeyRotation.Code, "add: key 1"), (PreviewDiagnostics.DoubleRotation.Code, "neither key is installed")],
            result.DiagnosticsAtLeast(DiagnosticSeverity.Hint).Select(d => (d.Code, d.Detail)));
    }

    [Fact]
    public void The_error_comes_first_at_its_severity()
    {
        var error = new EngineError(CatalogDiagnostics.UnknownItem, "unknown catalog item 'c'", new TextSpan(3, 1));
        var result = StatementResult.Failure(error, [new Notice("rotated again", default, PreviewDiagnostics.DoubleRotation, "detail")]);

        Assert.Equal([CatalogDiagnostics.UnknownItem.Code, PreviewDiagnostics.DoubleRotation.Code], result.DiagnosticsAtLeast(DiagnosticSeverity.Warning).Select(d => d.Code));
        Assert.Equal([CatalogDiagnostics.UnknownItem.Code], result.DiagnosticsAtLeast(DiagnosticSeverity.Error).Select(d => d.Code));
    }
}
