using SqlConn.Engine.Connections;
using SqlConn.Ide.Options;
using SqlConn.Ide.Symbols;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>
/// SC2001 (unknown catalog item): creates the missing object before the statement, of the kind its place
/// calls for: a secret after SECRET, a connection of the type SSH TUNNEL, AWS CONNECTION, AWS PRIVATELINK,
/// a broker's USING or a source's or sink's connector needs, with the type's required options to fill in.
/// Not offered where the type is unknown, nor for the names DROP removes.
/// </summary>
internal static class CreateMissingObject
{
    public static IEnumerable<CodeAction> Fix(FixContext context)
    {
        if (context.Statement.Node is DropObjectsStatement
            || NameOccurrences.Of(context.Statement.Node).FirstOrDefault(o => o.Role == OccurrenceRole.Reference && o.Name.Span == context.RelativeSpan) is not { } missing)
        {
            yield break;
        }

        var name = SqlPrinter.Print(missing.Name);
        switch (missing.Expected)
        {
            case SymbolKind.Secret:
                yield return context.Action($"Create secret {name}", preferred: true, context.InsertBefore($"CREATE SECRET {name} AS ''"));
                break;
            case SymbolKind.Connection when missing.ConnectionType is { } type:
                var spec = ConnectionTypes.Of(type);
                yield return context.Action($"Create {spec.DisplayName} connection {name}", preferred: true,
                    context.InsertBefore($"CREATE CONNECTION {name} TO {spec.DisplayName} ({string.Join(", ", Options(spec).Select(r => OptionTemplate.For(r).Text(string.Empty)))})"));
                break;
        }
    }

    /// <summary>The type's required options, or when it has none (Kafka), its first conditional one.</summary>
    private static IEnumerable<OptionRow> Options(ConnectionTypeSpec spec)
    {
        var required = spec.Options.Where(r => r.Requirement == Requirement.Required).ToList();
        return required.Count > 0 ? required : spec.Options.Where(r => r.Requirement == Requirement.Conditional).Take(1);
    }
}
