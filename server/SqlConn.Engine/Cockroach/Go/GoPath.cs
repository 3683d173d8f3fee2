namespace SqlConn.Engine.Cockroach.Go;

/// <summary>Go's <c>path.Clean</c>: the shortest lexically equivalent slash-separated path.</summary>
internal static class GoPath
{
    public static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var rooted = path[0] == '/';
        var n = path.Length;
        var output = new char[n + 2];
        var w = 0;
        var r = 0;
        var dotdot = 0;
        if (rooted)
        {
            output[w++] = '/';
            r = 1;
            dotdot = 1;
        }

        while (r < n)
        {
            if (path[r] == '/')
            {
                r++;
            }
            else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/'))
            {
                r++;
            }
            else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/'))
            {
                r += 2;
                if (w > dotdot)
                {
                    w--;
                    while (w > dotdot && output[w] != '/')
                    {
                        w--;
                    }
                }
                else if (!rooted)
                {
                    if (w > 0)
                    {
                        output[w++] = '/';
                    }

                    output[w++] = '.';
                    output[w++] = '.';
                    dotdot = w;
                }
            }
            else
            {
                if ((rooted && w != 1) || (!rooted && w != 0))
                {
                    output[w++] = '/';
                }

                for (; r < n && path[r] != '/'; r++)
                {
                    output[w++] = path[r];
                }
            }
        }

        return w == 0 ? "." : new string(output, 0, w);
    }
}
