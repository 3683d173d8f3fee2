using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Connections;

/// <summary>
/// Plans a connection definition the way Materialize's planner does (spec §3.2), stopping at the first
/// failure: name resolution of every referenced object, then option-by-option value extraction,
/// then the type's whitelist, then the type's rules in table order. CREATE CONNECTION and ALTER
/// CONNECTION (which re-plans the whole resulting definition) both go through here.
/// </summary>
internal static class ConnectionPlanner
{
    public static PlannedConnection Plan(
        ConnectionTypeSpec spec, TextSpan typeSpan, ImmutableArray<Option> options, Catalog.Catalog catalog, Session session)
    {
        var planned = ResolveAndExtract(options, catalog, session);

        if (Unsupported(spec, planned.Values) is { } unsupported)
        {
            throw StatementContext.Fail(ConnectionDiagnostics.UnsupportedOption,
                $"{spec.DisplayName} connections do not support {OptionDefinitions.Join(unsupported.Select(u => u.Name))} values",
                unsupported[0].NameSpan,
                hint: $"{spec.DisplayName} connections take {string.Join(", ", spec.Options.Where(o => !o.Generated).Select(o => o.Name))}");
        }

        var warnings = new List<EngineError>();
        var context = new ConnectionRuleContext(spec, planned, catalog, typeSpan, warnings);
        foreach (var rule in spec.Rules)
        {
            rule.Check(context);
        }

        AdviseSecretKinds(planned.Values, catalog, warnings);
        return new PlannedConnection(InCanonicalOrder(planned.Values), [.. warnings]);
    }

    /// <summary>The options the type does not take, in written order; null when it takes them all (a loop: no closure over the type per plan).</summary>
    private static List<PlannedOption>? Unsupported(ConnectionTypeSpec spec, Dictionary<string, PlannedOption>.ValueCollection planned)
    {
        List<PlannedOption>? unsupported = null;
        foreach (var option in planned)
        {
            if (!spec.Permits(option.Name))
            {
                (unsupported ??= []).Add(option);
            }
        }

        return unsupported;
    }

    /// <summary>The planned options as stored: in the canonical order of <see cref="OptionDefinitions"/>.</summary>
    private static ImmutableArray<StoredOption> InCanonicalOrder(Dictionary<string, PlannedOption>.ValueCollection planned)
    {
        var stored = ImmutableArray.CreateBuilder<StoredOption>(planned.Count);
        foreach (var option in planned)
        {
            stored.Add(new StoredOption(option.Name, option.Value));
        }

        stored.Sort(static (left, right) => OptionDefinitions.Position(left.Name).CompareTo(OptionDefinitions.Position(right.Name)));
        return stored.MoveToImmutable();
    }

    /// <summary>
    /// The first two steps alone (ALTER CONNECTION checks its SET values with them before re-planning):
    /// name resolution, then value extraction, with <c>X specified more than once</c>.
    /// </summary>
    public static Dictionary<string, PlannedOption> ResolveAndExtract(ImmutableArray<Option> options, Catalog.Catalog catalog, Session session) =>
        Extract(options, Resolve(options, catalog, session));

    /// <summary>
    /// Resolves every name an option value refers to, in written order: <c>SECRET x</c> must be a
    /// secret, tunnels and AWS connections must be connections.
    /// </summary>
    private static Dictionary<ObjectName, string> Resolve(ImmutableArray<Option> options, Catalog.Catalog catalog, Session session)
    {
        var resolved = new Dictionary<ObjectName, string>(ReferenceEqualityComparer.Instance);
        foreach (var option in options)
        {
            foreach (var (name, expectsSecret) in OptionReferences.Of(option.Value))
            {
                var item = Names.Item(catalog, session, name);
                if (expectsSecret && item is not SecretItem)
                {
                    throw Names.Failure(CatalogDiagnostics.WrongObjectKind, $"{catalog.FullName(item)} is not a secret", name,
                        $"{name} is a {item.KindName}");
                }

                if (!expectsSecret && item is not ConnectionItem)
                {
                    throw Names.NotAConnection(catalog, item, name);
                }

                resolved[name] = item.Id;
            }
        }

        return resolved;
    }

    private static Dictionary<string, PlannedOption> Extract(ImmutableArray<Option> options, IReadOnlyDictionary<ObjectName, string> resolved)
    {
        var planned = new Dictionary<string, PlannedOption>();
        foreach (var option in options)
        {
            var definition = OptionDefinitions.Find(option.Name.Name)
                ?? throw StatementContext.Fail(ConnectionDiagnostics.UnsupportedOption, $"unknown connection option {option.Name.Name}", option.Name.Span);
            if (planned.ContainsKey(definition.Name))
            {
                throw StatementContext.Fail(ConnectionDiagnostics.DuplicateOption, $"{definition.Name} specified more than once", option.Name.Span,
                    hint: "remove one of them");
            }

            var value = OptionValueConverter.Convert(definition, option, resolved);
            planned[definition.Name] = new PlannedOption(definition.Name, value, option.Name.Span, option.Value?.Span ?? option.Name.Span);
        }

        return planned;
    }

    private static string Describe(Secrets.SecretKind kind) => kind == Secrets.SecretKind.Text ? "text" : $"a {Secrets.SecretKindText.DisplayName(kind)}";

    /// <summary>A secret whose content does not look like what the option expects (an SSL KEY that is no private key).</summary>
    private static void AdviseSecretKinds(Dictionary<string, PlannedOption>.ValueCollection options, Catalog.Catalog catalog, List<EngineError> warnings)
    {
        foreach (var option in options)
        {
            if (option.Value is StoredSecret secret
                && OptionDefinitions.Find(option.Name)?.ExpectedSecretKind is { } expected
                && catalog.Items[secret.SecretId] is SecretItem { Value: { Kind: var actual } } item
                && actual != expected)
            {
                warnings.Add(new EngineError(PreviewDiagnostics.SecretKindMismatch,
                    $"secret \"{item.Name}\" used as {option.Name} does not hold {Describe(expected)}",
                    option.ValueSpan, Detail: $"it holds {Describe(actual)}"));
            }
        }
    }
}
