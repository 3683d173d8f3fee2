namespace SqlConn.LanguageServer.Tests.Support;

/// <summary>The built <c>sqlconn.dll</c>, copied beside the tests by the project reference.</summary>
internal static class SqlConnExecutable
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "sqlconn.dll") is var beside && File.Exists(beside)
        ? beside
        : throw new FileNotFoundException($"sqlconn.dll not found beside {AppContext.BaseDirectory}");
}
