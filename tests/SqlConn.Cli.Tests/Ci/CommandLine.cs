namespace SqlConn.Cli.Tests.Ci;

/// <summary>Splits a command line of a golden file into arguments: spaces separate them, double quotes group.</summary>
internal static class CommandLine
{
    public static string[] Split(string line)
    {
        var arguments = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    arguments.Add(current.ToString());
                }

                current.Clear();
                any = false;
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            arguments.Add(current.ToString());
        }

        return [.. arguments];
    }
}
