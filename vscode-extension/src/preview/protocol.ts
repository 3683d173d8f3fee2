// The server's `sqlconn/preview` request (server/SqlConn.LanguageServer/Protocol/PreviewMessages.cs).

export const previewMethod = "sqlconn/preview";

/** The command of the server's "Preview" code lens: arguments are the document URI and the statement index. */
export const previewCommand = "sqlconn.preview";

export interface Position {
    readonly line: number;
    readonly character: number;
}

export interface Range {
    readonly start: Position;
    readonly end: Position;
}

/** Preview up to the statement at `position`, or up to statement `statement`; neither means the whole document. */
export interface PreviewParams {
    readonly textDocument: { readonly uri: string };
    readonly position?: Position;
    readonly statement?: number;
}

/** The simulator's answers for the statements up to the previewed one, of the document at `version`. */
export interface PreviewResult {
    readonly uri: string;
    readonly version: number;
    readonly statements: readonly PreviewStatement[];
}

/** One statement's answer, with the fields of `sqlconn run --format json`: `sql` has its secret values masked. */
export interface PreviewStatement {
    readonly index: number;
    readonly range: Range;
    readonly sql: string;
    readonly line: number;
    readonly status: "ok" | "error";
    readonly tag: string | null;
    readonly columns: readonly string[];
    readonly rows: readonly (readonly (string | null)[])[];
    readonly notices: readonly PreviewNotice[];
    readonly error: PreviewError | null;
}

/** `level` is NOTICE or WARNING, as psql prints it. */
export interface PreviewNotice {
    readonly message: string;
    readonly detail: string | null;
    readonly hint: string | null;
    readonly level: string;
}

export interface PreviewError {
    readonly code: string;
    readonly message: string;
    readonly detail: string | null;
    readonly hint: string | null;
}
