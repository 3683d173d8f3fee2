using System.Collections.Immutable;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>What a query parameter's value is, for validation, completion and hover.</summary>
public enum ParameterValueKind
{
    Text,

    /// <summary>Go's <c>strconv.ParseBool</c>: 1, t, true, 0, f, false... (any case form Go accepts).</summary>
    Boolean,

    /// <summary>Standard base64 with padding (a key, a certificate, a JSON credentials file).</summary>
    Base64,

    /// <summary>One of <see cref="UriParameter.AllowedValues"/>.</summary>
    Enum,

    /// <summary>Known to CockroachDB but rejected whatever its value (e.g. Kafka's <c>schema_topic</c>).</summary>
    Unsupported,
}

/// <summary>Whether SHOW EXTERNAL CONNECTIONS replaces the value with <c>redacted</c>.</summary>
public enum Sensitivity
{
    None,

    /// <summary>In CockroachDB's global set of redacted parameters (spec §5.2).</summary>
    Redacted,

    /// <summary>CockroachDB shows it in clear, but it holds a secret: SqlConn redacts it anyway (secrets never leak).</summary>
    RedactedBySqlConn,
}

public enum RequirementKind
{
    Optional,
    Always,
    Conditional,
}

/// <summary>When a parameter must be given; <see cref="Condition"/> says when for a conditional one.</summary>
public sealed record ParameterRequirement(RequirementKind Kind, string? Condition = null)
{
    public static ParameterRequirement Optional { get; } = new(RequirementKind.Optional);

    public static ParameterRequirement Always { get; } = new(RequirementKind.Always);

    /// <summary>Required unless AUTH=implicit (the credentials of AWS URIs).</summary>
    public static ParameterRequirement WhenAuthSpecified { get; } = When("AUTH=specified (the default)");

    public static ParameterRequirement When(string condition) => new(RequirementKind.Conditional, condition);

    public override string ToString() => Kind switch
    {
        RequirementKind.Always => "required",
        RequirementKind.Conditional => $"required when {Condition}",
        _ => "optional",
    };
}

/// <summary>A value a parameter accepts, and the parameters that value makes required.</summary>
public sealed record AllowedValue(string Value, string Description)
{
    public ImmutableArray<string> Requires { get; init; } = [];
}

/// <summary>
/// One query parameter of a URI scheme: the single description of it that validation, redaction,
/// completion and hover all read.
/// </summary>
public sealed record UriParameter(string Name, string Description)
{
    public ParameterValueKind Kind { get; init; } = ParameterValueKind.Text;

    public Sensitivity Sensitivity { get; init; } = Sensitivity.None;

    public ParameterRequirement Requirement { get; init; } = ParameterRequirement.Optional;

    /// <summary>The values an <see cref="ParameterValueKind.Enum"/> accepts, or the values a scheme forces.</summary>
    public ImmutableArray<AllowedValue> AllowedValues { get; init; } = [];

    /// <summary>The effective value when the parameter is absent, when there is one worth showing.</summary>
    public string? Default { get; init; }

    public bool IsSensitive => Sensitivity != Sensitivity.None;

    /// <summary>The allowed value equal to <paramref name="value"/> (ordinal), or null.</summary>
    public AllowedValue? FindValue(string value) => AllowedValues.FirstOrDefault(v => v.Value == value);
}
