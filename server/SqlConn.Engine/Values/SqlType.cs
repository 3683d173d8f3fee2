namespace SqlConn.Engine.Values;

/// <summary>The SQL types of the simulator's relations (system tables, SHOW results, queries).</summary>
public enum SqlType
{
    Text,
    Integer,
    Oid,
    Boolean,
    TextArray,

    /// <summary><c>mz_aclitem[]</c>, shown as <c>{grantee=privs/grantor,...}</c>.</summary>
    AclItemArray,
    Jsonb,
}
