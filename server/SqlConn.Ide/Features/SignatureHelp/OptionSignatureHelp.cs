using System.Collections.Immutable;
using System.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Options;
using SqlConn.Ide.Tokens;

namespace SqlConn.Ide.Features.SignatureHelp;

/// <summary>
/// Signature help inside a connection option list (CREATE CONNECTION's, ALTER CONNECTION's SET): the
/// options of the connection's type are the parameters (<c>POSTGRES (AWS PRIVATELINK, DATABASE, HOST,
/// ...)</c>, each with its documentation from the type's table), the option at the cursor the active one.
/// Found from tokens, so it works while the statement is typed.
/// </summary>
public static class OptionSignatureHelp
{
    public static SignatureHelpResult? Help(DocumentAnalysis document, int position)
    {
        var context = CursorContext.Of(document, position);
        if (context.InComment || OptionLists.Of(context.Tokens, context.State).FirstOrDefault(l => l.Holds(context.Before.Length)) is not { } list)
        {
            return null;
        }

        var spec = list.Spec;
        var rows = spec.Options.Where(r => !r.Generated).ToImmutableArray();
        var label = new StringBuilder(spec.DisplayName).Append(" (");
        var parameters = ImmutableArray.CreateBuilder<SignatureParameter>(rows.Length);
        foreach (var row in rows)
        {
            if (parameters.Count > 0)
            {
                label.Append(", ");
            }

            parameters.Add(new SignatureParameter(label.Length, row.Name.Length, OptionDocumentation.Markdown(row, spec)));
            label.Append(row.Name);
        }

        label.Append(')');
        var name = list.SegmentAt(context.Before.Length).Definition?.Name;
        var active = rows.Select((r, i) => (r, i)).FirstOrDefault(p => p.r.Name == name) is { r: not null } found ? found.i : (int?)null;
        return new SignatureHelpResult(new Signature(label.ToString(), $"**{spec.DisplayName}** · {spec.Summary}", parameters.ToImmutable()), active);
    }
}
