// Renders a `sqlconn/preview` result as the HTML of the preview panel. Pure (no `vscode` import), so
// that the Node tests check it. Every piece of text from the result goes through `escapeHtml`: a
// script's names, strings and the server's messages can never become markup. The page runs one
// script, carrying the panel's nonce, under a Content-Security-Policy that allows nothing else.

import type { PreviewError, PreviewNotice, PreviewResult, PreviewStatement } from "./protocol";
import { isPublicKey, keyLine, keysToInstall } from "./sshKeys";

export interface RenderOptions {
    /** A fresh random value per rendering: only the page's own style and script carry it. */
    readonly nonce: string;
    /** The document's name, for the heading. */
    readonly title: string;
    /** Whether the whole document was previewed, or up to a statement. */
    readonly scope: "document" | "statement";
}

/** The messages the page's script posts to the extension. */
export type PanelMessage =
    | { readonly type: "copy"; readonly text: string }
    | { readonly type: "reveal"; readonly statement: number };

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" };

/** Text as HTML text or as the value of a quoted attribute. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => escapes[c] ?? c);
}

export function renderPreview(result: PreviewResult, options: RenderOptions): string {
    const nonce = escapeHtml(options.nonce);
    const errors = result.statements.filter(s => s.status === "error").length;
    const count = result.statements.length;
    const summary = count === 0
        ? "The script has no statement to preview."
        : `${plural(count, "statement")} ${options.scope === "statement" ? "up to the chosen one" : "of the script"}: ` +
          `${count - errors} ran, ${plural(errors, "error")}. Simulated by SqlConn: no database was contacted.`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(`Preview of ${options.title}`)}</title>
<style nonce="${nonce}">${styles}</style>
</head>
<body>
<header>
<h1>${escapeHtml(`Preview of ${options.title}`)}</h1>
<p class="summary">${escapeHtml(summary)}</p>
</header>
${renderKeys(keysToInstall(result))}${result.statements.map(renderStatement).join("")}<script nonce="${nonce}">${script}</script>
</body>
</html>
`;
}

function renderKeys(keys: readonly string[]): string {
    if (keys.length === 0) {
        return "";
    }

    return `<section class="keys">
<h2>SSH public keys to install</h2>
<p>The bastions' <code>authorized_keys</code> must hold these keys after the script (the notices below say which user on which host).</p>
<ul>${keys.map(key => `<li>${renderKey(key)}</li>`).join("")}</ul>
${keys.length > 1 ? copyButton(keys.join("\n"), "Copy all") : ""}
</section>
`;
}

function renderStatement(statement: PreviewStatement): string {
    const heading = [`Statement ${statement.index + 1}`, statement.tag ?? (statement.status === "error" ? "failed" : "")]
        .filter(part => part !== "").join(" · ");
    return `<section class="statement ${statement.status === "error" ? "failed" : "ok"}">
<h2>${escapeHtml(heading)} <button type="button" class="link" data-reveal="${statement.index}">line ${statement.line}</button></h2>
<pre class="sql"><code>${escapeHtml(statement.sql)}</code></pre>
${renderTable(statement)}${statement.notices.map(renderNotice).join("")}${statement.error ? renderError(statement.error) : ""}</section>
`;
}

function renderTable(statement: PreviewStatement): string {
    if (statement.columns.length === 0) {
        return "";
    }

    const head = statement.columns.map(column => `<th>${escapeHtml(column)}</th>`).join("");
    const body = statement.rows.length === 0
        ? `<tr><td class="empty" colspan="${statement.columns.length}">(0 rows)</td></tr>`
        : statement.rows.map(row => `<tr>${row.map(renderCell).join("")}</tr>`).join("\n");
    return `<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
`;
}

function renderCell(value: string | null): string {
    return value === null ? `<td class="null">NULL</td>`
        : isPublicKey(value) ? `<td>${renderKey(value)}</td>`
        : `<td>${escapeHtml(value)}</td>`;
}

function renderNotice(notice: PreviewNotice): string {
    const level = notice.level.toUpperCase() === "WARNING" ? "warning" : "notice";
    return `<div class="message ${level}">
<p><strong>${escapeHtml(notice.level.toUpperCase())}</strong>: ${escapeHtml(notice.message)}</p>
${renderDetail(notice.detail)}${renderHint(notice.hint)}</div>
`;
}

function renderError(error: PreviewError): string {
    return `<div class="message error">
<p><strong>ERROR ${escapeHtml(error.code)}</strong>: ${escapeHtml(error.message)}</p>
${renderDetail(error.detail)}${renderHint(error.hint)}</div>
`;
}

/** A notice's detail, line by line: the lines that hold an SSH public key get a copy button. */
function renderDetail(detail: string | null): string {
    if (detail === null) {
        return "";
    }

    const lines = detail.split("\n").map(line => {
        const key = keyLine(line);
        return key === undefined ? `<div>${escapeHtml(line)}</div>`
            : `<div>${line === key.key ? "" : `${escapeHtml(key.action)}: `}${renderKey(key.key)}</div>`;
    });
    return `<div class="detail"><span class="label">DETAIL</span>${lines.join("")}</div>\n`;
}

function renderHint(hint: string | null): string {
    return hint === null ? "" : `<div class="hint"><span class="label">HINT</span><div>${escapeHtml(hint)}</div></div>\n`;
}

function renderKey(key: string): string {
    return `<code class="key">${escapeHtml(key)}</code> ${copyButton(key, "Copy")}`;
}

function copyButton(text: string, label: string): string {
    return `<button type="button" class="copy" data-copy="${escapeHtml(text)}">${escapeHtml(label)}</button>`;
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

const styles = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1em 2em; }
h1 { font-size: 1.3em; margin-bottom: 0.2em; }
h2 { font-size: 1.05em; margin: 0 0 0.5em; }
.summary { color: var(--vscode-descriptionForeground); margin-top: 0; }
section { border-left: 3px solid var(--vscode-charts-green); padding: 0.5em 0 0.5em 0.8em; margin: 1em 0; }
section.failed { border-left-color: var(--vscode-errorForeground); }
section.keys { border-left-color: var(--vscode-charts-blue); background: var(--vscode-textBlockQuote-background); }
pre.sql { background: var(--vscode-textCodeBlock-background); padding: 0.5em; white-space: pre-wrap; margin: 0 0 0.5em; }
code, pre { font-family: var(--vscode-editor-font-family); }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid var(--vscode-panel-border); padding: 0.2em 0.6em; text-align: left; vertical-align: top; }
th { background: var(--vscode-keybindingTable-headerBackground); }
td.null, td.empty { color: var(--vscode-descriptionForeground); font-style: italic; }
.message { margin: 0.5em 0; }
.message p { margin: 0.2em 0; }
.message.error strong { color: var(--vscode-errorForeground); }
.message.warning strong { color: var(--vscode-editorWarning-foreground); }
.message.notice strong { color: var(--vscode-editorInfo-foreground); }
.detail, .hint { display: grid; grid-template-columns: 4.5em 1fr; margin-left: 1em; }
.detail > div, .hint > div { grid-column: 2; }
.label { grid-column: 1; grid-row: 1; color: var(--vscode-descriptionForeground); }
code.key { word-break: break-all; }
button { font-family: inherit; font-size: 0.9em; cursor: pointer; }
button.copy { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: none; padding: 0.1em 0.6em; }
button.copy:hover { background: var(--vscode-button-secondaryHoverBackground); }
button.link { color: var(--vscode-textLink-foreground); background: none; border: none; padding: 0; font-weight: normal; }
`;

// Posts PanelMessages; reads only data attributes, never writes markup.
const script = `
const vscode = acquireVsCodeApi();
document.addEventListener("click", event => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (!button) {
        return;
    }
    if (button.dataset.copy !== undefined) {
        vscode.postMessage({ type: "copy", text: button.dataset.copy });
        const label = button.dataset.label ?? button.textContent ?? "";
        button.dataset.label = label;
        button.textContent = "Copied";
        setTimeout(() => { button.textContent = label; }, 1500);
    } else if (button.dataset.reveal !== undefined) {
        vscode.postMessage({ type: "reveal", statement: Number(button.dataset.reveal) });
    }
});
`;
