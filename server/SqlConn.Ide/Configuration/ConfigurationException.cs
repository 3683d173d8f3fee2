using System.Collections.Immutable;

namespace SqlConn.Ide.Configuration;

/// <summary>A sqlconn.json that cannot be used: each of <see cref="Errors"/> names the file and the key at fault.</summary>
public sealed class ConfigurationException(ImmutableArray<string> errors) : Exception(string.Join("\n", errors))
{
    public ImmutableArray<string> Errors { get; } = errors;
}
