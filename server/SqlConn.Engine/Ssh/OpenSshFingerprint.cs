using System.Security.Cryptography;

namespace SqlConn.Engine.Ssh;

/// <summary>
/// OpenSSH's key fingerprint, as <c>ssh-keygen -lf</c> prints it and as sshd logs it:
/// <c>SHA256:</c> followed by the unpadded base64 of the SHA-256 of the key's wire encoding.
/// Operators compare it with the bastion's logs to see which key a connection offered.
/// </summary>
public static class OpenSshFingerprint
{
    /// <summary>
    /// The fingerprint of a public key line (<c>type base64 [comment]</c>), or null when the line
    /// is not one: fewer than two fields, or a second field that is not base64.
    /// </summary>
    public static string? Compute(string publicKeyLine)
    {
        var fields = publicKeyLine.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2)
        {
            return null;
        }

        var wire = new byte[fields[1].Length];
        if (!Convert.TryFromBase64String(fields[1], wire, out var length) || length == 0)
        {
            return null;
        }

        return "SHA256:" + Convert.ToBase64String(SHA256.HashData(wire.AsSpan(0, length))).TrimEnd('=');
    }
}
