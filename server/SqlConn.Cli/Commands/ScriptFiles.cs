using System.Text;

namespace SqlConn.Cli.Commands;

/// <summary>
/// Finds the scripts named on the command line (files, or directories searched recursively for
/// <c>*.sql</c>) and reads them. Problems are reported as <see cref="IOException"/>s whose message
/// is meant for the user.
/// </summary>
internal static class ScriptFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The scripts in a stable order: arguments in order, directory contents sorted by path.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                files.AddRange(Directory
                    .EnumerateFiles(argument, "*.sql", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new IOException($"no such file or directory: {argument}");
            }
        }

        return files.Distinct().ToList();
    }

    /// <summary>
    /// Reads a script as UTF-8 (a byte order mark is skipped). Bytes that are not UTF-8 are replaced
    /// by U+FFFD and reported through <paramref name="invalidUtf8"/>: such a file still gets linted.
    /// </summary>
    public static string Read(string path, out bool invalidUtf8)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            invalidUtf8 = false;
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            invalidUtf8 = true;
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }

    /// <summary>The path as shown to users: relative to the working directory when inside it.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
