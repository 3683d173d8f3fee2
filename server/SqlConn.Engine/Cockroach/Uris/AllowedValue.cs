using System.Collections.Immutable;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>A value a parameter accepts, and the parameters that value makes required.</summary>
public sealed record AllowedValue(string Value, string Description)
{
    public ImmutableArray<string> Requires { get; init; } = [];
}
