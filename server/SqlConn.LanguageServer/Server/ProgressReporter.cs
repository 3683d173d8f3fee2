namespace SqlConn.LanguageServer.Server;

/// <summary>
/// Work-done progress (<c>$/progress</c>) on a token the server creates
/// (<c>window/workDoneProgress/create</c>); nothing when the client does not support it. The work
/// does not wait for the client to acknowledge the token: the notifications do, in order.
/// Disposing it ends the progress.
/// </summary>
internal sealed class ProgressReporter : IAsyncDisposable
{
    private readonly ClientConnection client;
    private readonly string token;
    private Task sent;

    private ProgressReporter(ClientConnection client, string token, Task created)
    {
        this.client = client;
        this.token = token;
        sent = created;
    }

    /// <summary>Creates the token and sends <c>begin</c>, or returns null when the client shows no progress.</summary>
    public static ProgressReporter? Begin(ClientConnection client, string token, string title)
    {
        if (client.Capabilities.Window?.WorkDoneProgress != true)
        {
            return null;
        }

        var reporter = new ProgressReporter(client, token, client.RequestAsync<object>(Methods.WorkDoneProgressCreate, new WorkDoneProgressCreateParams(token), CancellationToken.None));
        reporter.Send(new WorkDoneProgress("begin", Title: title));
        return reporter;
    }

    public void Report(string message) => Send(new WorkDoneProgress("report", Message: message));

    public async ValueTask DisposeAsync()
    {
        Send(new WorkDoneProgress("end"));
        await sent;
    }

    private void Send(WorkDoneProgress value)
    {
        var previous = sent;
        sent = Next();

        async Task Next()
        {
            await previous;
            await client.NotifyAsync(Methods.Progress, new ProgressParams(token, value));
        }
    }
}
