using System.Text;
using System.Text.Json;

namespace SqlConn.LanguageServer.Transport;

/// <summary>
/// Stands between the client and StreamJsonRpc, which ends the connection on a malformed message:
/// it reads the client's frames with <see cref="FrameReader"/>, logs every problem, answers a
/// message that is not valid JSON (-32700) or not a valid JSON-RPC message (-32600) itself, with its
/// id when one can be read, and enforces the lifecycle: a request before <c>initialize</c> gets
/// ServerNotInitialized (-32002), a notification then is dropped, and after <c>shutdown</c> only
/// <c>exit</c> is accepted. Everything else goes on to StreamJsonRpc unchanged.
/// </summary>
internal sealed class MessageGuard(FrameReader input, Stream toJsonRpc, OutgoingMessages output, ServerLifecycle lifecycle)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await input.ReadAsync(cancellationToken) is { } frame)
        {
            if (frame.Problem is { } problem)
            {
                await output.LogAsync(MessageType.Warning, $"malformed message: {problem}", cancellationToken);
            }

            if (frame.Body is { } body)
            {
                await HandleAsync(body, cancellationToken);
            }
        }
    }

    private async Task HandleAsync(byte[] body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            await RejectAsync(PartialId(body), ErrorCodes.ParseError, $"invalid JSON: {e.Message}", cancellationToken);
            return;
        }

        using (document)
        {
            var message = document.RootElement;
            if (Invalid(message) is { } reason)
            {
                await RejectAsync(Id(message), ErrorCodes.InvalidRequest, reason, cancellationToken);
                return;
            }

            var method = message.TryGetProperty("method", out var name) ? name.GetString() : null;
            var id = Id(message);
            if (Gate(method, id is not null) is { } refusal)
            {
                if (id is not null)
                {
                    await output.ReplyErrorAsync(id, refusal.Code, refusal.Message, cancellationToken);
                }

                return;
            }

            await toJsonRpc.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), cancellationToken);
            await toJsonRpc.WriteAsync(body, cancellationToken);
            await toJsonRpc.FlushAsync(cancellationToken);
        }
    }

    /// <summary>The lifecycle's answer to a client message: null to let it through, else the error for a request (a notification is dropped).</summary>
    private (int Code, string Message)? Gate(string? method, bool isRequest)
    {
        switch (method)
        {
            case null or Methods.Exit:
                return null;
            case Methods.Initialize:
                return lifecycle.TryBeginInitialize() ? null : (ErrorCodes.InvalidRequest, "initialize was already received");
            case var _ when !lifecycle.IsInitializing:
                return (ErrorCodes.ServerNotInitialized, $"the server is not initialized: send initialize before {method}");
            case var _ when lifecycle.IsShutDown:
                return (ErrorCodes.InvalidRequest, $"the server is shut down: only exit is accepted, not {method}");
            case Methods.Shutdown when isRequest:
                lifecycle.ShutDown();
                return null;
            default:
                return null;
        }
    }

    private async Task RejectAsync(JsonElement? id, int code, string reason, CancellationToken cancellationToken)
    {
        await output.LogAsync(MessageType.Warning, $"malformed message: {reason}", cancellationToken);
        await output.ReplyErrorAsync(id, code, reason, cancellationToken);
    }

    /// <summary>Why a JSON value is not a JSON-RPC 2.0 request, notification or response, or null when it is one.</summary>
    private static string? Invalid(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            return "a message must be a JSON object";
        }

        if (!message.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return "a message must have \"jsonrpc\": \"2.0\"";
        }

        if (message.TryGetProperty("id", out var id) && !IsValidId(id))
        {
            return "\"id\" must be an integer or a string";
        }

        if (message.TryGetProperty("method", out var method))
        {
            return method.ValueKind != JsonValueKind.String ? "\"method\" must be a string"
                : message.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)
                    ? "\"params\" must be an object or an array"
                    : null;
        }

        return message.TryGetProperty("id", out _) && (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _))
            ? null
            : "a message must have a \"method\", or an \"id\" with a \"result\" or an \"error\"";
    }

    private static bool IsValidId(JsonElement id) =>
        id.ValueKind == JsonValueKind.String || (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out _));

    private static JsonElement? Id(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object && message.TryGetProperty("id", out var id) && IsValidId(id) ? id.Clone() : null;

    /// <summary>The top-level <c>"id"</c> of a message that is not valid JSON, when it comes before the damage.</summary>
    private static JsonElement? PartialId(byte[] body)
    {
        var reader = new Utf8JsonReader(body, isFinalBlock: false, default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"u8) && reader.Read()
                    && reader.TokenType is JsonTokenType.Number or JsonTokenType.String)
                {
                    using var id = JsonDocument.Parse(reader.TokenType == JsonTokenType.String ? JsonSerializer.Serialize(reader.GetString()) : Encoding.UTF8.GetString(reader.ValueSpan));
                    return IsValidId(id.RootElement) ? id.RootElement.Clone() : null;
                }

                if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.TrySkip();
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }
}
