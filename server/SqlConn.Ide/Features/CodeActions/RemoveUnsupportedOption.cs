using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Connections;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>
/// SC2101: removes the option the connection's type does not take (with its comma), in CREATE
/// CONNECTION or as a SET/DROP action of ALTER CONNECTION; when several are unsupported, also all of them.
/// </summary>
internal static class RemoveUnsupportedOption
{
    public static IEnumerable<CodeAction> Fix(FixContext context)
    {
        if (Elements(context) is not { } list)
        {
            yield break;
        }

        var (spec, elements) = list;
        var spans = elements.Select(e => e.Span).ToList();
        var unsupported = elements.Select((e, i) => (e.Name, Index: i)).Where(e => e.Name is not null && !spec.Permits(e.Name.Name)).ToList();
        if (unsupported.FirstOrDefault(u => u.Name?.Span == context.RelativeSpan) is not { Name: { } name } target)
        {
            yield break;
        }

        yield return context.Action($"Remove {name.Name} ({spec.DisplayName} connections do not take it)", preferred: true,
            [.. ListEdits.Removals(spans, [target.Index]).Select(s => context.Replace(s, string.Empty))]);
        if (unsupported.Count > 1 && unsupported.Count < elements.Count)
        {
            yield return context.Action($"Remove every option {spec.DisplayName} connections do not take ({string.Join(", ", unsupported.Select(u => u.Name?.Name))})", preferred: false,
                [.. ListEdits.Removals(spans, [.. unsupported.Select(u => u.Index)]).Select(s => context.Replace(s, string.Empty))]);
        }
    }

    /// <summary>The type and the list's elements: options of CREATE CONNECTION, or actions of ALTER CONNECTION with the option they name.</summary>
    private static (ConnectionTypeSpec Spec, List<(OptionName? Name, TextSpan Span)> Elements)? Elements(FixContext context) => context.Statement.Node switch
    {
        CreateConnectionStatement create => (ConnectionTypes.Of(create.Type.Kind), [.. create.Options.Select(o => ((OptionName?)o.Name, o.Span))]),
        AlterConnectionStatement { Operation: AlterConnectionActionsOperation actions } when context.ConnectionSpec is { } spec =>
            (spec, [.. actions.Actions.Select(a => (Name(a), a.Span))]),
        _ => null,
    };

    private static OptionName? Name(AlterConnectionAction action) => action switch
    {
        SetOptionAction set => set.Option.Name,
        DropOptionAction drop => drop.Name,
        _ => null,
    };
}
