namespace SqlConn.LanguageServer.Tests.Support;

/// <summary>A temporary workspace folder with files, deleted afterwards.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace(params (string Name, string Text)[] files)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sqlconn-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var (name, text) in files)
        {
            Write(name, text);
        }
    }

    public string Path { get; }

    public string Uri => new Uri(Path).AbsoluteUri;

    public string FileUri(string name) => new Uri(System.IO.Path.Combine(Path, name)).AbsoluteUri;

    public void Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file) ?? Path);
        File.WriteAllText(file, text);
    }

    public void Delete(string name) => File.Delete(System.IO.Path.Combine(Path, name));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
