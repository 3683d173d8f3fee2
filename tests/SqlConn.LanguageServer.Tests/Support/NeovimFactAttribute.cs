namespace SqlConn.LanguageServer.Tests.Support;

/// <summary>A fact that needs <c>nvim</c> on the PATH, and is skipped with the reason when it is not there.</summary>
public sealed class NeovimFactAttribute : FactAttribute
{
    public NeovimFactAttribute()
    {
        if (Executable is null)
        {
            Skip = "nvim is not installed (Debian: apt-get install -y neovim): the Neovim client test did not run";
        }
    }

    /// <summary>The nvim executable on the PATH, or null.</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, "nvim"))
        .FirstOrDefault(File.Exists);
}
