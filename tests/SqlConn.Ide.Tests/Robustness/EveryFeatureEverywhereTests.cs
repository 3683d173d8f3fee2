using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Features.CodeActions;
using SqlConn.Ide.Features.Completion;
using SqlConn.Ide.Features.DocumentSymbols;
using SqlConn.Ide.Features.FoldingRanges;
using SqlConn.Ide.Features.Formatting;
using SqlConn.Ide.Features.Hover;
using SqlConn.Ide.Features.InlayHints;
using SqlConn.Ide.Features.Navigation;
using SqlConn.Ide.Features.Rename;
using SqlConn.Ide.Features.SelectionRanges;
using SqlConn.Ide.Features.SemanticTokens;
using SqlConn.Ide.Features.SignatureHelp;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.Robustness;

/// <summary>
/// No input crashes a feature: every feature runs on every script of the test corpus (syntax errors,
/// unterminated strings and comments, NUL bytes, deep nesting included) at the start, middle and end of
/// every token, and on every prefix of the scripts cut in the middle of their statements, as they are
/// while typed. Each result is also checked to hold spans inside the document.
/// </summary>
public sealed class EveryFeatureEverywhereTests
{
    public static TheoryData<string> Scripts => Corpus.Files("seeds", "syntax", "engine", "ide");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_feature_copes_at_every_token(string path)
    {
        var input = Corpus.Script(path);
        var workspace = Analyses.Workspace([(Analyses.DefaultUri, input)]);
        var document = workspace.Documents[0];
        Whole(workspace, document);
        foreach (var position in Positions(input))
        {
            At(workspace, document, position);
        }
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_feature_copes_while_a_script_is_typed(string path)
    {
        var input = Corpus.Script(path);
        for (var end = 1; end <= input.Length; end += Math.Max(1, input.Length / 60))
        {
            var workspace = Analyses.Workspace([(Analyses.DefaultUri, input[..end])]);
            var document = workspace.Documents[0];
            Whole(workspace, document);
            At(workspace, document, end);
        }
    }

    private static void Whole(WorkspaceAnalysis workspace, DocumentAnalysis document)
    {
        var all = new TextSpan(0, document.Text.Length);
        InDocument(document, SemanticHighlighter.Compute(document).Select(t => t.Span));
        InDocument(document, Folding.Compute(document).Select(r => r.Span));
        InDocument(document, DocumentOutline.Of(document).SelectMany(s => s.Children.Append(s)).SelectMany(s => new[] { s.Span, s.SelectionSpan }));
        InDocument(document, WorkspaceSymbols.Search(workspace, "a").Select(s => s.Span));
        InDocument(document, DefaultHints.Compute(document, all).Select(h => new TextSpan(h.Position, 0)));
        InDocument(document, DocumentFormatting.Format(document).Select(c => c.Span));
        InDocument(document, QuickFixes.For(document, all).SelectMany(a => a.Changes.Select(c => c.Span)));
    }

    private static void At(WorkspaceAnalysis workspace, DocumentAnalysis document, int position)
    {
        var uri = document.Uri;
        InDocument(document, CompletionService.Complete(document, position).Select(i => i.ReplacementSpan));
        InDocument(document, HoverService.Hover(document, position) is { } hover ? [hover.Span] : []);
        _ = OptionSignatureHelp.Help(document, position);
        InDocument(document, GoToDefinition.Find(workspace, uri, position).Select(t => t.NameSpan));
        InDocument(document, FindReferences.Find(workspace, uri, position, includeDeclaration: true).Select(r => r.Span));
        InDocument(document, DocumentHighlights.Find(document, position).Select(h => h.Span));
        InDocument(document, RenameSymbol.Execute(workspace, uri, position, "renamed").Edits.SelectMany(e => e.Changes.Select(c => c.Span)));
        InDocument(document, ExpandSelection.Compute(document, [position]).Single());
        InDocument(document, DocumentFormatting.FormatRange(document, new TextSpan(position, 0)).Select(c => c.Span));
    }

    private static void InDocument(DocumentAnalysis document, IEnumerable<TextSpan> spans) =>
        Assert.All(spans, s => Assert.True(s.Start >= 0 && s.End <= document.Text.Length, $"{s} is outside the document"));

    /// <summary>The start, middle and end of every token of the text.</summary>
    private static ImmutableArray<int> Positions(string text) =>
        [.. Syntax.SqlParser.Tokenize(text).SelectMany(t => new[] { t.Span.Start, t.Span.Start + (t.Span.Length / 2), t.Span.End }).Append(0).Append(text.Length).Distinct()];
}
