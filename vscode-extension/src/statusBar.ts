import * as vscode from "vscode";
import { settingsSummary, type ServerSettings } from "./client/settings";

/**
 * The status bar item of SQL editors: the dialect and role scripts are analysed with (a first-line
 * `-- sqlconn:` comment or sqlconn.json may still override them), and whether the server failed.
 * Clicking it opens the SqlConn settings.
 */
export class SettingsStatus implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem("sqlconn.status", vscode.StatusBarAlignment.Right, 100);
    private readonly subscription = vscode.window.onDidChangeActiveTextEditor(() => this.refresh());
    private problem: string | undefined;

    public constructor(private settings: ServerSettings) {
        this.item.name = "SqlConn";
        this.item.command = { title: "SqlConn settings", command: "workbench.action.openSettings", arguments: ["sqlconn."] };
        this.refresh();
    }

    public update(settings: ServerSettings, problem?: string): void {
        this.settings = settings;
        this.problem = problem;
        this.refresh();
    }

    public dispose(): void {
        this.subscription.dispose();
        this.item.dispose();
    }

    private refresh(): void {
        this.item.text = `${this.problem === undefined ? "$(database)" : "$(warning)"} ${settingsSummary(this.settings)}`;
        this.item.tooltip = this.problem ?? "SqlConn: the dialect and role of scripts without a '-- sqlconn:' comment or sqlconn.json. Click to change them.";
        const language = vscode.window.activeTextEditor?.document.languageId;
        if (language === "sqlconn" || language === "sql") {
            this.item.show();
        } else {
            this.item.hide();
        }
    }
}
