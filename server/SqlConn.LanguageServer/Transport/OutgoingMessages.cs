using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SqlConn.LanguageServer.Transport;

/// <summary>
/// The one writer of the server's output: the messages StreamJsonRpc sends and the answers
/// <see cref="MessageGuard"/> gives itself, each written whole with its header, one at a time.
/// </summary>
internal sealed class OutgoingMessages(Stream output)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task WriteAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await gate.WaitAsync(cancellationToken);
        try
        {
            await output.WriteAsync(header, cancellationToken);
            await output.WriteAsync(body, cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Copies the messages StreamJsonRpc writes (framed by its HeaderDelimitedMessageHandler) to the output.</summary>
    public async Task PumpAsync(Stream fromJsonRpc, CancellationToken cancellationToken)
    {
        var frames = new FrameReader(fromJsonRpc);
        while (await frames.ReadAsync(cancellationToken) is { } frame)
        {
            if (frame.Body is { } body)
            {
                await WriteAsync(body, cancellationToken);
            }
        }
    }

    /// <summary>An error response to a request StreamJsonRpc never saw (<paramref name="id"/> null when it could not be read).</summary>
    public Task ReplyErrorAsync(JsonElement? id, int code, string message, CancellationToken cancellationToken) =>
        WriteAsync(Json(writer =>
        {
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteStartObject("error");
            writer.WriteNumber("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }), cancellationToken);

    /// <summary>A <c>window/logMessage</c> notification.</summary>
    public Task LogAsync(int type, string message, CancellationToken cancellationToken) =>
        WriteAsync(Json(writer =>
        {
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteString("method", Methods.LogMessage);
            writer.WriteStartObject("params");
            writer.WriteNumber("type", type);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }), cancellationToken);

    private static ReadOnlyMemory<byte> Json(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
