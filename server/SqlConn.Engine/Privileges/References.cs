using SqlConn.Engine.Connections;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Privileges;

/// <summary>The objects an option names (secrets, tunnels, AWS connections): the statement needs USAGE on each.</summary>
internal static class References
{
    public static void Add(RequirementBuilder builder, Option option)
    {
        foreach (var (name, _) in OptionReferences.Of(option.Value))
        {
            builder.Uses(name, $"{option.Name.Name} uses it");
        }
    }
}
