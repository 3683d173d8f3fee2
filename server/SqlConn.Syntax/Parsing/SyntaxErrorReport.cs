using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace SqlConn.Syntax.Parsing;

/// <summary>A parser error as ANTLR saw it: the token it stopped at and the token types it expected there.</summary>
internal sealed record SyntaxErrorReport(IToken Offending, IntervalSet Expected);
