using System.Buffers;
using MessagePack;
using MessagePack.Resolvers;

namespace SqlConn.Engine.Snapshots;

/// <summary>
/// The snapshot file format: a MessagePack array <c>["sqlconn-catalog", version, catalog]</c>. Only
/// public data is saved: no secret value (not even its hash) and no SSH private key (nor a seed that
/// could re-derive one). Reading treats the bytes as untrusted: anything that is not a complete
/// snapshot of this version is a <see cref="SnapshotException"/> with a clear message.
/// </summary>
public static class SnapshotFormat
{
    public const string Magic = "sqlconn-catalog";
    public const int Version = 1;

    private static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard
        .WithResolver(StandardResolverAllowPrivate.Instance)
        .WithSecurity(MessagePackSecurity.UntrustedData);

    public static byte[] Serialize(Catalog.Catalog catalog)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        writer.WriteArrayHeader(3);
        writer.Write(Magic);
        writer.Write(Version);
        MessagePackSerializer.Serialize(ref writer, SnapshotMapping.ToData(catalog), Options);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    public static Catalog.Catalog Deserialize(ReadOnlyMemory<byte> bytes)
    {
        var reader = new MessagePackReader(bytes);
        try
        {
            if (reader.End || reader.NextMessagePackType != MessagePackType.Array || reader.ReadArrayHeader() != 3
                || reader.NextMessagePackType != MessagePackType.String || reader.ReadString() != Magic)
            {
                throw new SnapshotException("not a SqlConn catalog snapshot (write one with sqlconn run --save)");
            }

            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw new SnapshotException($"snapshot format version {version} is not supported: this sqlconn reads version {Version}");
            }

            var data = MessagePackSerializer.Deserialize<CatalogData>(ref reader, Options);
            if (!reader.End)
            {
                throw new SnapshotException("the snapshot has trailing bytes: it is corrupt");
            }

            return SnapshotMapping.FromData(data ?? throw new SnapshotException("the snapshot holds no catalog"));
        }
        catch (Exception e) when (e is MessagePackSerializationException or EndOfStreamException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new SnapshotException("the snapshot is corrupt or truncated", e);
        }
    }
}
