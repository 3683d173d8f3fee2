using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>How changefeed sinks read typed parameters (<c>sinkURL.ConsumeBool</c>, <c>DecodeBase64</c>) and word their errors.</summary>
internal static class SinkValues
{
    /// <summary>An absent or empty value is false and not <paramref name="wasSet"/>.</summary>
    public static UriValidationFailure? Bool(SchemeUri uri, UriParameter parameter, out bool value, out bool wasSet)
    {
        var text = uri.Get(parameter);
        wasSet = text.Length > 0;
        value = false;
        if (!wasSet || GoStrconv.TryParseBool(text, out value))
        {
            return null;
        }

        return SchemeUri.Parameter(parameter, $"param {parameter.Name} must be a bool: {GoStrconv.ParseBoolError(SchemeUri.Echo(parameter, text))}");
    }

    /// <summary>An absent or empty value decodes to null.</summary>
    public static UriValidationFailure? Base64(SchemeUri uri, UriParameter parameter, out byte[]? decoded, string context = "")
    {
        var text = uri.Get(parameter);
        decoded = null;
        if (text.Length == 0)
        {
            return null;
        }

        if (GoBase64.TryDecode(text, out var bytes, out var error))
        {
            decoded = bytes;
            return null;
        }

        return SchemeUri.Parameter(parameter, $"{context}param {parameter.Name} must be base 64 encoded: {error}");
    }
}
