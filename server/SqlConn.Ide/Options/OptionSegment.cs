using SqlConn.Engine.Connections;

namespace SqlConn.Ide.Options;

/// <summary>
/// One comma-separated slot of an option list, as token indexes: <see cref="Start"/> to
/// <see cref="End"/> (exclusive, the comma or closing parenthesis). <see cref="Definition"/> is the
/// option its first tokens name, taking <see cref="NameLength"/> tokens; null when they name none (yet).
/// </summary>
internal sealed record OptionSegment(int Start, int End, OptionDefinition? Definition, int NameLength);
