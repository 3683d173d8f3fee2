using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SqlConn.LanguageServer.Tests.Support;

/// <summary>
/// A small LSP client for tests: starts the built <c>sqlconn serve --stdio</c> as a process and
/// speaks JSON-RPC with Content-Length framing over its standard input and output. It records every
/// notification, answers the server's requests (<see cref="ServerRequestHandler"/>), and keeps the
/// whole output (<see cref="Transcript"/>) for leak checks.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process process;
    private readonly Stream input;
    private readonly Lock gate = new();
    private readonly Dictionary<long, TaskCompletionSource<JsonElement>> pending = [];
    private readonly Dictionary<long, JsonElement> unclaimed = [];
    private readonly List<JsonElement> notifications = [];
    private readonly List<JsonElement> serverRequests = [];
    private readonly List<(Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Waiter)> waiters = [];
    private readonly MemoryStream transcript = new();
    private readonly StringBuilder errors = new();
    private readonly Task reading;
    private long nextId;

    private LspClient(Process process)
    {
        this.process = process;
        input = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (gate)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        reading = Task.Run(ReadAsync);
    }

    /// <summary>Answers the server's requests by method; the default answers null.</summary>
    public Func<string, JsonElement, object?> ServerRequestHandler { get; set; } = (_, _) => null;

    public string Transcript
    {
        get
        {
            lock (gate)
            {
                return Encoding.UTF8.GetString(transcript.ToArray());
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (gate)
            {
                return errors.ToString();
            }
        }
    }

    public IReadOnlyList<JsonElement> ServerRequests
    {
        get
        {
            lock (gate)
            {
                return [.. serverRequests];
            }
        }
    }

    public static LspClient Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SqlConnExecutable.Dll);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--stdio");
        return new LspClient(Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet"));
    }

    /// <summary>Sends <c>initialize</c> (with <paramref name="capabilities"/> and options) then <c>initialized</c>; returns the result.</summary>
    public async Task<JsonElement> InitializeAsync(object? capabilities = null, string? rootUri = null, object? initializationOptions = null, string trace = "off")
    {
        var response = await RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri, capabilities = capabilities ?? new { }, initializationOptions, trace });
        await NotifyAsync("initialized", new { });
        return response.GetProperty("result");
    }

    /// <summary>Starts a server, initializes it with <paramref name="capabilities"/> and opens one document.</summary>
    public static async Task<LspClient> StartWithDocumentAsync(string uri, string text, object? capabilities = null)
    {
        var client = Start();
        await client.InitializeAsync(capabilities);
        await client.OpenAsync(uri, text);
        return client;
    }

    /// <summary>The result of a request about <paramref name="uri"/> (<see cref="DocumentResponseAsync"/>); a failure fails the test.</summary>
    public async Task<JsonElement> DocumentRequestAsync(string method, string uri, object? parameters = null)
    {
        var response = await DocumentResponseAsync(method, uri, parameters);
        Assert.False(response.TryGetProperty("error", out var error), $"{method} failed: {error}");
        return response.GetProperty("result");
    }

    /// <summary>The whole response to a request about <paramref name="uri"/>: <paramref name="parameters"/> get its <c>textDocument</c>.</summary>
    public Task<JsonElement> DocumentResponseAsync(string method, string uri, object? parameters = null)
    {
        var message = JsonSerializer.SerializeToNode(parameters ?? new { }, Json)?.AsObject() ?? [];
        message["textDocument"] = new JsonObject { ["uri"] = uri };
        return RequestAsync(method, message);
    }

    /// <summary>Opens a document (<c>textDocument/didOpen</c>).</summary>
    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "sql", version, text } });

    /// <summary>The server's text of an open document (the <c>sqlconn/documentText</c> test hook): the whole response.</summary>
    public Task<JsonElement> DocumentTextAsync(string uri) => RequestAsync("sqlconn/documentText", new { uri });

    /// <summary>Sends a request and returns the whole response (with <c>result</c> or <c>error</c>).</summary>
    public Task<JsonElement> RequestAsync(string method, object? parameters = null) => Send(method, parameters).Response;

    /// <summary>Sends a request; returns its id and the task of its response.</summary>
    public (long Id, Task<JsonElement> Response) Send(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            pending[id] = waiter;
        }

        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = JsonSerializer.SerializeToNode(parameters, Json);
        }

        return (id, WriteAsync(message).ContinueWith(_ => waiter.Task.WaitAsync(Timeout), TaskScheduler.Default).Unwrap());
    }

    /// <summary>The response with <paramref name="id"/> to a message sent raw (received before or after the call).</summary>
    public Task<JsonElement> ResponseAsync(long id)
    {
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (unclaimed.Remove(id, out var received))
            {
                return Task.FromResult(received);
            }

            pending[id] = waiter;
        }

        return waiter.Task.WaitAsync(Timeout);
    }

    public Task NotifyAsync(string method, object? parameters = null)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = JsonSerializer.SerializeToNode(parameters, Json);
        }

        return WriteAsync(message);
    }

    public async Task SendRawAsync(byte[] bytes)
    {
        await input.WriteAsync(bytes);
        await input.FlushAsync();
    }

    /// <summary>A framed message whose body is <paramref name="body"/>, as given.</summary>
    public Task SendBodyAsync(string body) => SendRawAsync(Frame(Encoding.UTF8.GetBytes(body)));

    /// <summary>The first notification of <paramref name="method"/> (received before or after the call) that <paramref name="match"/> accepts.</summary>
    public async Task<JsonElement> NotificationAsync(string method, Func<JsonElement, bool>? match = null) =>
        (await MessageAsync(() => notifications, n => n.GetProperty("method").GetString() == method && (match is null || match(n.GetProperty("params"))))).GetProperty("params");

    /// <summary>The first request of <paramref name="method"/> the server sent (before or after the call).</summary>
    public Task<JsonElement> ServerRequestAsync(string method) =>
        MessageAsync(() => serverRequests, r => r.GetProperty("method").GetString() == method);

    private Task<JsonElement> MessageAsync(Func<List<JsonElement>> received, Func<JsonElement, bool> accepts)
    {
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (received().FirstOrDefault(accepts) is { ValueKind: JsonValueKind.Object } message)
            {
                return Task.FromResult(message);
            }

            waiters.Add((accepts, waiter));
        }

        return waiter.Task.WaitAsync(Timeout);
    }

    public IReadOnlyList<JsonElement> Notifications(string method)
    {
        lock (gate)
        {
            return [.. notifications.Where(n => n.GetProperty("method").GetString() == method).Select(n => n.GetProperty("params"))];
        }
    }

    /// <summary>The latest diagnostics published for <paramref name="uri"/> at <paramref name="version"/> (any version when null).</summary>
    public async Task<JsonElement> DiagnosticsAsync(string uri, int? version = null) =>
        (await NotificationAsync("textDocument/publishDiagnostics", p =>
            p.GetProperty("uri").GetString() == uri
            && (version is null || (p.TryGetProperty("version", out var v) && v.GetInt32() == version)))).GetProperty("diagnostics");

    public void CloseInput() => input.Close();

    public async Task<int> WaitForExitAsync()
    {
        await process.WaitForExitAsync().WaitAsync(Timeout);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        await reading;
        process.Dispose();
    }

    public static byte[] Frame(byte[] body) => [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];

    private async Task WriteAsync(JsonObject message) => await SendRawAsync(Frame(Encoding.UTF8.GetBytes(message.ToJsonString())));

    private async Task ReadAsync()
    {
        var output = process.StandardOutput.BaseStream;
        while (await ReadFrameAsync(output) is { } body)
        {
            lock (gate)
            {
                transcript.Write(body);
            }

            using var document = JsonDocument.Parse(body);
            Dispatch(document.RootElement.Clone());
        }
    }

    private void Dispatch(JsonElement message)
    {
        var hasMethod = message.TryGetProperty("method", out var method);
        var hasId = message.TryGetProperty("id", out var id);
        List<TaskCompletionSource<JsonElement>> satisfied = [];
        lock (gate)
        {
            if (hasMethod)
            {
                (hasId ? serverRequests : notifications).Add(message);
                foreach (var waiter in waiters.Where(w => w.Match(message)).ToList())
                {
                    waiters.Remove(waiter);
                    satisfied.Add(waiter.Waiter);
                }
            }
            else if (hasId && id.ValueKind == JsonValueKind.Number)
            {
                if (pending.Remove(id.GetInt64(), out var response))
                {
                    satisfied.Add(response);
                }
                else
                {
                    unclaimed[id.GetInt64()] = message;
                }
            }
        }

        if (hasMethod && hasId)
        {
            var result = ServerRequestHandler(method.GetString() ?? string.Empty, message.TryGetProperty("params", out var p) ? p : default);
            _ = WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = JsonSerializer.SerializeToNode(result, Json) });
        }

        foreach (var waiter in satisfied)
        {
            waiter.TrySetResult(message);
        }
    }

    private static async Task<byte[]?> ReadFrameAsync(Stream output)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await output.ReadAsync(one) == 0)
            {
                return null;
            }

            header.Append((char)one[0]);
        }

        var length = int.Parse(header.ToString().Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        try
        {
            await output.ReadExactlyAsync(body);
            return body;
        }
        catch (EndOfStreamException)
        {
            return null;  // the test ended and killed the server in the middle of a message
        }
    }
}
