using System.Collections.Immutable;

namespace SqlConn.Ide.Features.SignatureHelp;

/// <summary>A parameter of a signature: its place in the signature's label, and its documentation (Markdown).</summary>
public sealed record SignatureParameter(int LabelStart, int LabelLength, string Documentation);

/// <summary>A signature: its label, its documentation and its parameters.</summary>
public sealed record Signature(string Label, string Documentation, ImmutableArray<SignatureParameter> Parameters);

/// <summary>The signature to show and the parameter at the cursor (null in a slot that names no option yet).</summary>
public sealed record SignatureHelpResult(Signature Signature, int? ActiveParameter);
