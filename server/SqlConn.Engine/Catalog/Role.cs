using System.Collections.Immutable;

namespace SqlConn.Engine.Catalog;

/// <summary>
/// A role. <see cref="MemberOf"/> holds the ids of the roles granted to it. <see cref="SuperUser"/>
/// roles pass every privilege check on user objects.
/// </summary>
public sealed record Role(string Id, uint Oid, string Name, bool Inherit, bool SuperUser, ImmutableHashSet<string> MemberOf)
{
    public const string PublicId = "p";
    public const string PublicName = "PUBLIC";
}
