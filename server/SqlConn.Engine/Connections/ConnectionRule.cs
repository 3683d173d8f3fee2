using System.Collections.Immutable;
using SqlConn.Engine.Diagnostics;

namespace SqlConn.Engine.Connections;

/// <summary>
/// A type-specific rule of a connection type table. Rules are checked in table order and the first
/// failure is the statement's error, as in Materialize's planner; <see cref="Summary"/> is the rule
/// in words, shown in hover and the docs.
/// </summary>
public abstract record ConnectionRule(string Summary)
{
    internal abstract void Check(ConnectionRuleContext context);
}

/// <summary>The option must be present.</summary>
public sealed record RequiredRule(string Option, string Message) : ConnectionRule($"{Option} is required")
{
    internal override void Check(ConnectionRuleContext context)
    {
        if (!context.Has(Option))
        {
            context.FailAtType(ConnectionDiagnostics.MissingOption, Message);
        }
    }
}

/// <summary>Both options or neither (SSL KEY and SSL CERTIFICATE).</summary>
public sealed record PairedRule(string First, string Second, string Message) : ConnectionRule($"{First} and {Second} go together")
{
    internal override void Check(ConnectionRuleContext context)
    {
        if (context.Has(First) != context.Has(Second))
        {
            context.Fail(ConnectionDiagnostics.MissingOption, Message, context.Has(First) ? First : Second);
        }
    }
}

/// <summary>When <see cref="Option"/> is present, <see cref="Required"/> must be too.</summary>
public sealed record RequiresRule(string Option, string Required, string Message) : ConnectionRule($"{Option} requires {Required}")
{
    internal override void Check(ConnectionRuleContext context)
    {
        if (context.Has(Option) && !context.Has(Required))
        {
            context.Fail(ConnectionDiagnostics.MissingOption, Message, Option);
        }
    }
}

public enum ValueCase
{
    /// <summary>Compared as written (PostgreSQL's SSL MODE: lower case only).</summary>
    Exact,

    /// <summary>Upper-cased before comparison; messages show the upper-cased value.</summary>
    Upper,
}

/// <summary>
/// The option's text value must be one of the row's allowed values (or their synonyms).
/// <see cref="MessageFormat"/> gets the value (as written, or upper-cased) as <c>{0}</c>.
/// </summary>
public sealed record AllowedValuesRule(string Option, ValueCase Case, string MessageFormat, ImmutableArray<string> Synonyms = default)
    : ConnectionRule($"{Option} must be one of its allowed values")
{
    internal override void Check(ConnectionRuleContext context)
    {
        if (context.Text(Option) is not { } value)
        {
            return;
        }

        var compared = Case == ValueCase.Upper ? value.ToUpperInvariant() : value;
        var allowed = context.Spec.Row(Option)?.Values ?? [];
        var comparison = Case == ValueCase.Upper ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        if (!allowed.Concat(Synonyms.IsDefault ? [] : Synonyms).Contains(compared, comparison))
        {
            context.Fail(ConnectionDiagnostics.InvalidEnumValue, string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, compared), Option,
                hint: $"use one of {string.Join(", ", allowed)}" + EnumSuggestion.DidYouMean(compared, allowed));
        }
    }
}

/// <summary>Only Kafka accepts <c>AWS PRIVATELINK x (PORT n)</c>.</summary>
public sealed record NoPrivatelinkPortRule(string TypeName)
    : ConnectionRule($"{TypeName} does not support PORT for AWS PRIVATELINK")
{
    internal override void Check(ConnectionRuleContext context)
    {
        if (context.Value("AWS PRIVATELINK") is StoredPrivatelink { Port: not null })
        {
            context.Fail(ConnectionDiagnostics.ConflictingOptions, $"invalid CONNECTION: {TypeName} does not support PORT for AWS PRIVATELINK", "AWS PRIVATELINK");
        }
    }
}

/// <summary>
/// The tunnel rules shared by the database connection types and Kafka's default tunnel: SSH TUNNEL and
/// AWS PRIVATELINK exclude each other and must name connections of the right type.
/// </summary>
public sealed record TunnelRule() : ConnectionRule("SSH TUNNEL and AWS PRIVATELINK exclude each other")
{
    internal override void Check(ConnectionRuleContext context)
    {
        if (context.Has("SSH TUNNEL") && context.Has("AWS PRIVATELINK"))
        {
            context.Fail(ConnectionDiagnostics.ConflictingOptions, "cannot specify both SSH TUNNEL and AWS PRIVATELINK", "AWS PRIVATELINK");
        }

        context.RequireReferencedType("SSH TUNNEL");
        context.RequireReferencedType("AWS PRIVATELINK");
    }
}

/// <summary>A rule too specific to be a record of its own; <see cref="Body"/> throws through the context.</summary>
internal sealed record CustomRule(string Summary, Action<ConnectionRuleContext> Body) : ConnectionRule(Summary)
{
    internal override void Check(ConnectionRuleContext context) => Body(context);
}

/// <summary>
/// Advice rather than an error: <see cref="Body"/> may add warnings through the context but never
/// fails. Kept in the type table next to the rules it complements.
/// </summary>
internal sealed record AdviceRule(string Summary, Action<ConnectionRuleContext> Body) : ConnectionRule(Summary)
{
    internal override void Check(ConnectionRuleContext context) => Body(context);
}
