namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>Whether a parameter is required: never, always, or under a <see cref="ParameterRequirement.Condition"/>.</summary>
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
