using System.Text;
using SqlConn.LanguageServer.Transport;

namespace SqlConn.LanguageServer.Tests;

/// <summary>
/// <see cref="FrameReader"/> on input that arrives a few bytes at a time, as a pipe delivers a long
/// message: each message comes out whole, and a Content-Length that runs into the next header is
/// still recovered (the search for that header resumes where the previous read left it).
/// </summary>
public sealed class FrameReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task A_long_message_read_in_small_pieces_comes_out_whole(int piece)
    {
        var body = """{"jsonrpc":"2.0","method":"m","params":{"text":" """ + new string('c', 100_000) + """content-length"}}""";
        var reader = new FrameReader(new TrickleStream(Framed(body) + Framed("""{"jsonrpc":"2.0","method":"next"}"""), piece));

        var first = await reader.ReadAsync(CancellationToken.None);
        var second = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(body, Encoding.UTF8.GetString(Assert.IsType<byte[]>(first?.Body)));
        Assert.Null(first?.Problem);
        Assert.Equal("""{"jsonrpc":"2.0","method":"next"}""", Encoding.UTF8.GetString(Assert.IsType<byte[]>(second?.Body)));
        Assert.Null(await reader.ReadAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(4096)]
    public async Task A_length_running_into_the_next_header_is_recovered_in_small_pieces(int piece)
    {
        const string body = """{"jsonrpc":"2.0","method":"m","params":{"note":"a length too long"}}""";
        var next = Framed("""{"jsonrpc":"2.0","method":"next"}""");
        var reader = new FrameReader(new TrickleStream($"Content-Length: {body.Length + 40}\r\n\r\n{body}\r\n{next}", piece));

        var first = await reader.ReadAsync(CancellationToken.None);
        var second = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(body, Encoding.UTF8.GetString(Assert.IsType<byte[]>(first?.Body)));
        Assert.Equal("Content-Length runs past the end of the message", first?.Problem);
        Assert.Equal("""{"jsonrpc":"2.0","method":"next"}""", Encoding.UTF8.GetString(Assert.IsType<byte[]>(second?.Body)));
    }

    private static string Framed(string body) => $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    /// <summary>A stream that gives at most <paramref name="piece"/> bytes per read.</summary>
    private sealed class TrickleStream(string content, int piece) : MemoryStream(Encoding.UTF8.GetBytes(content))
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, piece)], cancellationToken);
    }
}
