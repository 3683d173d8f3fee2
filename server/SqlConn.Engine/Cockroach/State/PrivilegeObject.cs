namespace SqlConn.Engine.Cockroach.State;

public enum PrivilegeObjectKind
{
    /// <summary>The cluster: system privileges (<c>GRANT SYSTEM ...</c>), path <c>/global/</c>.</summary>
    Global,

    /// <summary>An external connection, path <c>/externalconn/{name}</c>.</summary>
    ExternalConnection,
}

/// <summary>
/// A synthetic privilege object: one without a descriptor, whose privileges live in <c>system.privileges</c>
/// under <see cref="Path"/> (spec §3.1).
/// </summary>
public sealed record PrivilegeObject(PrivilegeObjectKind Kind, string Name)
{
    public static PrivilegeObject Global { get; } = new(PrivilegeObjectKind.Global, string.Empty);

    public static PrivilegeObject ExternalConnection(string name) => new(PrivilegeObjectKind.ExternalConnection, name);

    public string Path => Kind == PrivilegeObjectKind.Global ? "/global/" : "/externalconn/" + Name;

    /// <summary>The object type word of CockroachDB's messages: <c>global</c>, <c>external_connection</c>.</summary>
    public string ObjectType => Kind == PrivilegeObjectKind.Global ? "global" : "external_connection";

    /// <summary><c>external_connection foo</c>, as messages name the object.</summary>
    public override string ToString() => Kind == PrivilegeObjectKind.Global ? ObjectType : $"{ObjectType} {Name}";
}
