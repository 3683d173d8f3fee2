namespace SqlConn.Engine.Catalog;

/// <summary>
/// A rule of ALTER DEFAULT PRIVILEGES: objects of <see cref="Kind"/> that <see cref="RoleId"/> creates
/// (PUBLIC's id for ALL ROLES), in the schema or database given (or anywhere), start with
/// <see cref="Privileges"/> granted to <see cref="GranteeId"/>.
/// </summary>
public sealed record DefaultPrivilegeRule(string RoleId, string? DatabaseId, string? SchemaId, ItemKind Kind, string GranteeId, Privilege Privileges);
