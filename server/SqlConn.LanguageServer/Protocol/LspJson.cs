using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SqlConn.LanguageServer.Protocol;

/// <summary>
/// How LSP messages are (de)serialised: camelCase names, absent values omitted, and a message that
/// lacks a property the protocol requires (a non-nullable constructor parameter) is rejected rather
/// than read as null, so a handler only ever sees well-formed parameters.
/// </summary>
public static class LspJson
{
    public static JsonSerializerOptions CreateOptions() => new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
