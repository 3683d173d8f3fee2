using SqlConn.Ide.Features.SignatureHelp;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.SignatureHelp;

/// <summary>
/// Signature help as data (tests/testdata/ide/signature-help): the signature's label with the active
/// parameter in [brackets], and the first line of the active parameter's documentation.
/// </summary>
public sealed class SignatureHelpTests
{
    [Fact]
    public void Helps_as_expected() => Fixture.Verify("ide/signature-help/options.test", fixture =>
    {
        if (OptionSignatureHelp.Help(fixture.Document, fixture.Position) is not { } help)
        {
            return "(none)";
        }

        var label = help.Signature.Label;
        if (help.ActiveParameter is not { } active)
        {
            return $"{label}\n(no active option)";
        }

        var parameter = help.Signature.Parameters[active];
        var marked = label.Insert(parameter.LabelStart + parameter.LabelLength, "]").Insert(parameter.LabelStart, "[");
        return $"{marked}\n{parameter.Documentation.Split('\n')[0]}";
    });
}
