namespace SqlConn.Ide.Symbols;

/// <summary>What a name does where it is written.</summary>
public enum OccurrenceRole
{
    /// <summary>It names an existing object (SECRET s, DROP CONNECTION c).</summary>
    Reference,

    /// <summary>It names the object the statement creates (CREATE SECRET s).</summary>
    Declaration,

    /// <summary>It is the new name of an object the statement renames (RENAME TO n).</summary>
    NewName,
}
