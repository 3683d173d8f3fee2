import * as vscode from "vscode";
import { ServerController, currentSettings } from "./client/serverController";
import { PreviewPanel, type PreviewScope } from "./preview/previewPanel";
import { previewCommand } from "./preview/protocol";
import { SettingsStatus } from "./statusBar";

let server: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel("SqlConn", { log: true });
    const status = new SettingsStatus(currentSettings());
    const controller = new ServerController(context.extensionPath, output, status);
    const preview = new PreviewPanel(() => controller.languageClient);
    server = controller;

    // Previews the active SQL editor's script, wholly or up to what `scope` picks.
    const previewActiveEditor = (scope: (editor: vscode.TextEditor) => PreviewScope) => async () => {
        const editor = vscode.window.activeTextEditor;
        if (editor === undefined || !["sqlconn", "sql"].includes(editor.document.languageId)) {
            void vscode.window.showInformationMessage("Open a SQL script to preview it.");
            return;
        }

        await preview.show(editor.document.uri, scope(editor));
    };

    context.subscriptions.push(
        output,
        status,
        preview,
        vscode.commands.registerCommand("sqlconn.previewScript", previewActiveEditor(() => "document")),
        vscode.commands.registerCommand("sqlconn.previewToCursor", previewActiveEditor(editor => ({ position: editor.selection.active }))),
        // The server's "Preview" code lens: the document's URI and a statement index.
        vscode.commands.registerCommand(previewCommand, (uri: string, statement: number) =>
            preview.show(vscode.Uri.parse(uri), { statement })),
        vscode.commands.registerCommand("sqlconn.restartServer", () => controller.restart()),
        vscode.commands.registerCommand("sqlconn.showOutput", () => output.show()),
        vscode.workspace.onDidChangeConfiguration(async event => {
            if (event.affectsConfiguration("sqlconn.server.path")) {
                await controller.restart();
            } else if (event.affectsConfiguration("sqlconn.dialect") || event.affectsConfiguration("sqlconn.role")) {
                await controller.settingsChanged();
            }
        }),
    );

    await controller.start();
}

export async function deactivate(): Promise<void> {
    await server?.dispose();
    server = undefined;
}
