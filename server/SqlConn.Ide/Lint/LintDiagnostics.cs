using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Lint;

/// <summary>
/// What the lint policy reports about suppression comments (category <c>lint</c>, codes SC5xxx).
/// Like every code, their severity can be changed in sqlconn.json's <c>"rules"</c>; suppression
/// comments do not apply to them.
/// </summary>
public static class LintDiagnostics
{
    public const string Category = "lint";

    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "SC5001", "suppression matches no diagnostic", DiagnosticSeverity.Warning, Category,
        "A `-- sqlconn-ignore` comment names a code that is not reported in the statement after it (or, for "
        + "`-- sqlconn-ignore-file`, anywhere in the file), or is not followed by any statement. The problem "
        + "was fixed, or the comment is in the wrong place; remove the code from the comment or move the "
        + "comment right before the statement it is for.",
        "-- sqlconn-ignore SC4005: the brokers are only reachable inside the VPC\nCREATE SECRET kafka_password AS 'x';",
        "CREATE SECRET kafka_password AS 'x';");

    public static readonly DiagnosticDescriptor MissingReason = new(
        "SC5002", "suppression without a reason", DiagnosticSeverity.Warning, Category,
        "Every suppression says why the finding is accepted, after a colon, so that reviewers and whoever "
        + "reads the script later can judge it.",
        "-- sqlconn-ignore SC4005\nCREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'PLAINTEXT');",
        "-- sqlconn-ignore SC4005: the brokers are only reachable inside the VPC\nCREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'PLAINTEXT');");

    public static readonly DiagnosticDescriptor InvalidSuppression = new(
        "SC5003", "invalid suppression comment", DiagnosticSeverity.Warning, Category,
        "A comment starting with `-- sqlconn-ignore` is not a suppression SqlConn understands: it names no "
        + "code, a code that does not exist, or something that is not a code (the reason goes after a colon). "
        + "The form is `-- sqlconn-ignore CODE[, CODE]: reason` before a statement, or "
        + "`-- sqlconn-ignore-file CODE[, CODE]: reason` anywhere for the whole file.",
        "-- sqlconn-ignore SC4050 plaintext inside the VPC\nCREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'PLAINTEXT');",
        "-- sqlconn-ignore SC4005: plaintext inside the VPC\nCREATE CONNECTION k TO KAFKA (BROKER 'k:9092', SECURITY PROTOCOL = 'PLAINTEXT');");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [UnusedSuppression, MissingReason, InvalidSuppression];
}
