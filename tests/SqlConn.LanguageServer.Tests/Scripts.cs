namespace SqlConn.LanguageServer.Tests;

/// <summary>SQL the tests open. <see cref="SecretValue"/> must never come back from the server, except as the client's own text.</summary>
internal static class Scripts
{
    public const string SecretValue = "Zq9xWvKpYj-canary";

    public const string CreateSecret = $"CREATE SECRET pg_password AS '{SecretValue}';\n";

    public const string CreateConnection = "CREATE CONNECTION pg TO POSTGRES (HOST 'db.example.com', USER 'app', PASSWORD SECRET pg_password, DATABASE 'shop');\n";

    /// <summary>Line 0: PORT is not a number: SC2103 on <c>'x'</c>, characters 50 to 53.</summary>
    public const string BadPort = "CREATE CONNECTION pg TO POSTGRES (HOST 'db', PORT 'x', USER 'app', DATABASE 'shop');\n";
}
