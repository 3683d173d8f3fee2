import * as vscode from "vscode";
import { DidChangeConfigurationNotification, LanguageClient, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { SettingsStatus } from "../statusBar";
import { downloadUrl } from "./dotnetRuntime";
import { locateServer } from "./locateServer";
import { ServerNotFound, type ServerLaunch } from "./serverLaunch";
import { serverSettings, type ServerSettings } from "./settings";

/** The languages the server analyses: ours (`*.mzsql`) and VS Code's built-in SQL. */
const documentSelector = [{ language: "sqlconn" }, { language: "sql" }];

/** Reads the `sqlconn` settings the server cares about. */
export function currentSettings(): ServerSettings {
    const configuration = vscode.workspace.getConfiguration("sqlconn");
    return serverSettings({ dialect: configuration.get<string>("dialect", "materialize"), role: configuration.get<string>("role", "") });
}

/**
 * Starts, stops and restarts the language server and its client. The server is the one bundled in
 * the extension unless sqlconn.server.path or SQLCONN_SERVER_PATH names another; a missing .NET
 * runtime or server is reported with what to do, and the status bar shows it.
 */
export class ServerController implements vscode.Disposable {
    private client: LanguageClient | undefined;

    public constructor(
        private readonly extensionPath: string,
        private readonly output: vscode.LogOutputChannel,
        private readonly status: SettingsStatus) {}

    public get languageClient(): LanguageClient | undefined {
        return this.client;
    }

    public async start(): Promise<void> {
        const settings = currentSettings();
        let launch: ServerLaunch;
        try {
            launch = await locateServer(vscode.workspace.getConfiguration("sqlconn").get<string>("server.path", ""), this.extensionPath);
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.output.appendLine(message);
            this.status.update(settings, message);
            void this.report(message, error instanceof ServerNotFound);
            return;
        }

        this.output.appendLine(`Starting ${launch.command} ${launch.args.join(" ")}`);
        // No `transport`: an executable talks over stdio by default, and the command line stays exactly
        // the launch's (with TransportKind.stdio, the client would append --stdio).
        const serverOptions: ServerOptions = { command: launch.command, args: [...launch.args] };
        const clientOptions: LanguageClientOptions = {
            documentSelector,
            outputChannel: this.output,
            initializationOptions: settings,
            middleware: {
                workspace: {
                    // The server asks for the "sqlconn" section: answer the settings it reads, not VS Code's raw section.
                    configuration: (params, token, next) => params.items.some(item => item.section === "sqlconn")
                        ? params.items.map(item => item.section === "sqlconn" ? currentSettings() : null)
                        : next(params, token),
                },
            },
        };
        const client = new LanguageClient("sqlconn", "SqlConn", serverOptions, clientOptions);
        this.client = client;
        try {
            await client.start();
            this.status.update(settings);
        } catch (error) {
            const message = `The SqlConn server did not start: ${error instanceof Error ? error.message : String(error)}`;
            this.status.update(settings, message);
            void this.report(message, false);
        }
    }

    public async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        if (client?.isRunning()) {
            await client.stop();
        } else {
            await client?.dispose();
        }
    }

    public async restart(): Promise<void> {
        await this.stop();
        await this.start();
    }

    /** Sends the new dialect and role to the running server. */
    public async settingsChanged(): Promise<void> {
        const settings = currentSettings();
        this.status.update(settings);
        if (this.client?.isRunning()) {
            await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { sqlconn: settings } });
        }
    }

    public async dispose(): Promise<void> {
        await this.stop();
    }

    private async report(message: string, serverMissing: boolean): Promise<void> {
        const actions = serverMissing ? ["Open Settings", "Show Output"] : ["Download .NET", "Open Settings", "Show Output"];
        const action = await vscode.window.showErrorMessage(message, ...actions);
        if (action === "Download .NET") {
            await vscode.env.openExternal(vscode.Uri.parse(downloadUrl));
        } else if (action === "Open Settings") {
            await vscode.commands.executeCommand("workbench.action.openSettings", "sqlconn.server.path");
        } else if (action === "Show Output") {
            this.output.show();
        }
    }
}
