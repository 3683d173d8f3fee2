import { randomBytes } from "node:crypto";
import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { previewMethod, type PreviewParams, type PreviewResult } from "./protocol";
import { renderPreview, type PanelMessage } from "./render";

/** Which statements to preview: all, up to the one at a position, or up to a statement index. */
export type PreviewScope = { readonly position: vscode.Position } | { readonly statement: number } | "document";

/**
 * The preview panel: asks the server for `sqlconn/preview` and shows the rendered result in one
 * webview beside the editor, reused from one preview to the next. Copy buttons put a key on the
 * clipboard; the "line n" links select the statement in its editor.
 */
export class PreviewPanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private shown: PreviewResult | undefined;

    public constructor(private readonly client: () => LanguageClient | undefined) {}

    public async show(uri: vscode.Uri, scope: PreviewScope): Promise<void> {
        const client = this.client();
        if (client === undefined || !client.isRunning()) {
            void vscode.window.showErrorMessage("The SqlConn server is not running: run SqlConn: Restart Server, or see SqlConn: Show Output.");
            return;
        }

        const params: PreviewParams = {
            textDocument: { uri: client.code2ProtocolConverter.asUri(uri) },
            ...(scope === "document" ? {} : "statement" in scope ? { statement: scope.statement } : { position: { line: scope.position.line, character: scope.position.character } }),
        };
        let result: PreviewResult;
        try {
            result = await client.sendRequest<PreviewResult>(previewMethod, params);
        } catch (error) {
            void vscode.window.showErrorMessage(`SqlConn could not preview ${path.basename(uri.fsPath)}: ${error instanceof Error ? error.message : String(error)}`);
            return;
        }

        const panel = this.panel ?? this.create();
        this.shown = result;
        panel.title = `Preview: ${path.basename(uri.fsPath)}`;
        panel.webview.html = renderPreview(result, {
            nonce: randomBytes(16).toString("base64"),
            title: path.basename(uri.fsPath),
            scope: scope === "document" ? "document" : "statement",
        });
        panel.reveal(vscode.ViewColumn.Beside, true);
    }

    public dispose(): void {
        this.panel?.dispose();
    }

    private create(): vscode.WebviewPanel {
        const panel = vscode.window.createWebviewPanel("sqlconn.preview", "SqlConn Preview", { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: true,
            localResourceRoots: [],
        });
        panel.webview.onDidReceiveMessage((message: PanelMessage) => this.receive(message));
        panel.onDidDispose(() => {
            this.panel = undefined;
            this.shown = undefined;
        });
        this.panel = panel;
        return panel;
    }

    private async receive(message: PanelMessage): Promise<void> {
        if (message.type === "copy" && typeof message.text === "string") {
            await vscode.env.clipboard.writeText(message.text);
            vscode.window.setStatusBarMessage("SqlConn: copied to the clipboard", 3000);
        } else if (message.type === "reveal" && this.shown !== undefined) {
            const statement = this.shown.statements.find(s => s.index === message.statement);
            if (statement !== undefined) {
                const { start, end } = statement.range;
                const uri = this.shown.uri;
                const column = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri)?.viewColumn ?? vscode.ViewColumn.One;
                const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { viewColumn: column });
                editor.selection = new vscode.Selection(start.line, start.character, end.line, end.character);
                editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
            }
        }
    }
}
