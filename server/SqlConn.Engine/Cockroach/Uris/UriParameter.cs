using System.Collections.Immutable;

namespace SqlConn.Engine.Cockroach.Uris;

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
