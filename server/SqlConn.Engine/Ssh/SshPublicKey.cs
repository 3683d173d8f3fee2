using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Ssh;

/// <summary>
/// One public key of an SSH tunnel connection, as the OpenSSH line <c>ssh-ed25519 &lt;base64&gt; materialize</c>.
/// A generated key keeps the entropy state it is drawn from and derives the line when first read:
/// deriving an Ed25519 key costs more than the rest of a CREATE CONNECTION, and a script rotates
/// through keys it may never show. The line depends only on that state, so a key is the same
/// whether and whenever it is read. Nothing is kept that the catalog's own entropy does not
/// already determine; the private key exists only while the line is derived (see <see cref="SshKeyGenerator"/>).
/// </summary>
public sealed class SshPublicKey : IEquatable<SshPublicKey>
{
    private readonly Entropy? draw;
    private string? line;

    private SshPublicKey(Entropy? draw, string? line)
    {
        this.draw = draw;
        this.line = line;
    }

    /// <summary>The OpenSSH public key line.</summary>
    public string Line => line ??= SshKeyGenerator.Generate(draw ?? throw new InvalidOperationException("a key with neither a line nor a draw")).PublicKey;

    /// <summary>A key whose line is known (read from a snapshot).</summary>
    public static SshPublicKey Of(string line) => new(null, line);

    /// <summary>Draws a key pair from <paramref name="entropy"/>; its public key is derived when first read.</summary>
    public static (SshPublicKey Key, Entropy Next) Draw(Entropy entropy) => (new SshPublicKey(entropy, null), entropy.Next);

    /// <summary>Keys drawn from the same state are equal without deriving them; others compare their lines.</summary>
    public bool Equals(SshPublicKey? other) =>
        other is not null && (ReferenceEquals(this, other) || (draw is not null && draw == other.draw) || Line == other.Line);

    public override bool Equals(object? obj) => Equals(obj as SshPublicKey);

    public override int GetHashCode() => Line.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Line;
}
