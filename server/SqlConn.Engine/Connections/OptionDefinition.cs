using SqlConn.Engine.Secrets;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Connections;

/// <summary>
/// A connection option name and what is true of it for every connection type: its value kind, the
/// connection type it references, the kind of secret it should hold, and a generic summary.
/// Per-type facts (whether it is allowed, required, its default) live in the type tables.
/// </summary>
public sealed record OptionDefinition(
    string Name,
    OptionValueKind Kind,
    string Summary,
    ConnectionKind? ReferencedType = null,
    SecretKind? ExpectedSecretKind = null);
