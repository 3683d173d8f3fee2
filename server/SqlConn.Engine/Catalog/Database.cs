using System.Collections.Immutable;

namespace SqlConn.Engine.Catalog;

public sealed record Database(string Id, uint Oid, string Name, string OwnerId, ImmutableArray<AclItem> Privileges);
