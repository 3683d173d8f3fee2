using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using SqlConn.Ide.Workspace;
using SqlConn.LanguageServer;
using SqlConn.LanguageServer.Transport;

namespace SqlConn.Benchmarks;

/// <summary>
/// The real language server (<see cref="SqlConnLanguageServer"/>), run in this process over pipes,
/// with no debounce delay, driven by LSP messages: everything between the client's bytes and the
/// server's answer is measured, nothing is mocked.
/// </summary>
internal sealed class InProcessServer : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Pipe toServer = new();
    private readonly Pipe fromServer = new();
    private readonly Stream input;
    private readonly FrameReader output;
    private readonly Task<int> running;

    public InProcessServer()
    {
        input = toServer.Writer.AsStream();
        output = new FrameReader(fromServer.Reader.AsStream());
        running = SqlConnLanguageServer.RunAsync(
            toServer.Reader.AsStream(), fromServer.Writer.AsStream(), new LanguageServerOptions(TimeSpan.Zero, new ProjectSettingsSource()), CancellationToken.None);
    }

    public void Send(string method, object parameters, long? id = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(id is null
            ? new { jsonrpc = "2.0", method, @params = parameters }
            : (object)new { jsonrpc = "2.0", id, method, @params = parameters }, Json);
        input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        input.Write(body);
        input.Flush();
    }

    /// <summary>Reads the server's messages until one that <paramref name="match"/> accepts.</summary>
    public JsonElement WaitFor(Func<JsonElement, bool> match)
    {
        while (output.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult() is { Body: { } body })
        {
            using var message = JsonDocument.Parse(body);
            if (match(message.RootElement))
            {
                return message.RootElement.Clone();
            }
        }

        throw new InvalidOperationException("the server stopped");
    }

    /// <summary>Waits for the diagnostics of <paramref name="uri"/> at <paramref name="version"/>.</summary>
    public JsonElement Diagnostics(string uri, int version) =>
        WaitFor(m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics"
            && m.GetProperty("params") is var p && p.GetProperty("uri").GetString() == uri
            && p.TryGetProperty("version", out var v) && v.GetInt32() == version);

    public void Dispose()
    {
        Send("exit", new { });
        running.Wait(TimeSpan.FromSeconds(10));
    }
}
