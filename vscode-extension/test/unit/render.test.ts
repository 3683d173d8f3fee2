import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import type { PreviewResult, PreviewStatement } from "../../src/preview/protocol";
import { escapeHtml, renderPreview, type RenderOptions } from "../../src/preview/render";

// out/test/unit -> test/fixtures
const sample: PreviewResult = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "test", "fixtures", "preview-result.json"), "utf8"));
const options: RenderOptions = { nonce: "bm9uY2U0Mg==", title: "bastion.sql", scope: "document" };

const key = (n: number) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA${n} materialize`;

/** The elements and attributes the renderer may produce: anything else came from the data. */
const allowedTags = new Set(["html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "section", "ul", "li", "code", "pre", "button", "table", "thead", "tbody", "tr", "th", "td", "div", "span", "strong", "script"]);
const allowedAttributes = new Set(["lang", "charset", "http-equiv", "content", "name", "nonce", "class", "type", "data-copy", "data-reveal", "colspan"]);

function markup(html: string): { tags: string[]; attributes: string[] } {
    const tags: string[] = [];
    const attributes: string[] = [];
    for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
        tags.push(match[2] ?? "");
        for (const attribute of (match[3] ?? "").matchAll(/\s([^\s=]+)(?:="[^"]*")?/g)) {
            attributes.push(attribute[1] ?? "");
        }
    }
    return { tags, attributes };
}

function assertOnlyOwnMarkup(html: string): void {
    const { tags, attributes } = markup(html.replace(/<!DOCTYPE html>/, ""));
    assert.deepEqual(tags.filter(tag => !allowedTags.has(tag.toLowerCase())), []);
    assert.deepEqual(attributes.filter(attribute => !allowedAttributes.has(attribute.toLowerCase())), []);
    assert.equal(html.match(/<script/gi)?.length, 1, "one script: the page's own");
    assert.match(html, new RegExp(`<script nonce="${options.nonce}">`));
    assert.equal(html.match(/<\/script/gi)?.length, 1);
}

function unescape(text: string): string {
    return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) => ({ amp: "&", lt: "<", gt: ">", quot: "\"", "#39": "'" })[entity] ?? "");
}

describe("renderPreview", () => {
    const html = renderPreview(sample, options);

    test("has a strict Content-Security-Policy with the nonce of its style and script", () => {
        assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-bm9uY2U0Mg=='; script-src 'nonce-bm9uY2U0Mg==';">/);
        assert.match(html, /<style nonce="bm9uY2U0Mg==">/);
        assertOnlyOwnMarkup(html);
    });

    test("shows one section per statement with its tag, line, masked SQL and outcome", () => {
        assert.equal(html.match(/<section class="statement /g)?.length, 5);
        assert.match(html, /<h2>Statement 1 · CREATE SECRET <button type="button" class="link" data-reveal="0">line 1<\/button><\/h2>/);
        assert.match(html, /<pre class="sql"><code>CREATE SECRET kafka_password AS &#39;\*\*\*\*\*\*\*\*&#39;<\/code><\/pre>/);
        assert.match(html, /<section class="statement failed">\n<h2>Statement 5 · failed /);
        assert.match(html, /5 statements of the script: 4 ran, 1 error\./);
    });

    test("renders rows as a table, NULL apart from text", () => {
        assert.match(html, /<thead><tr><th>id<\/th><th>public_key_1<\/th><th>public_key_2<\/th><\/tr><\/thead>/);
        assert.match(html, /<tr><td>u3<\/td><td class="null">NULL<\/td><td class="null">NULL<\/td><\/tr>/);
        const empty = renderPreview({ ...sample, statements: [{ ...sample.statements[3], rows: [] } as PreviewStatement] }, options);
        assert.match(empty, /<td class="empty" colspan="3">\(0 rows\)<\/td>/);
    });

    test("renders notices and errors with their level, code, detail and hint", () => {
        assert.match(html, /<div class="message warning">\n<p><strong>WARNING<\/strong>: PORT defaults to 5432<\/p>/);
        assert.match(html, /<p><strong>ERROR SC2001<\/strong>: unknown catalog item &#39;missing&#39;<\/p>/);
        assert.match(html, /<div class="hint"><span class="label">HINT<\/span><div>create it with CREATE SECRET missing AS &#39;\.\.\.&#39;<\/div><\/div>/);
    });

    test("lists the SSH public keys to install after the script, each with a copy button", () => {
        const section = /<section class="keys">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
        const listed = [...section.matchAll(/<code class="key">([^<]*)<\/code>/g)].map(m => m[1]);
        assert.deepEqual(listed, [key(2), key(3)], "key 1 was removed by the rotation");
        const copied = [...section.matchAll(/data-copy="([^"]*)"/g)].map(m => unescape(m[1] ?? ""));
        assert.deepEqual(copied, [key(2), key(3), `${key(2)}\n${key(3)}`]);
    });

    test("gives every key in a notice or a row a copy button, and marks what to remove", () => {
        assert.match(html, new RegExp(`<div>remove: <code class="key">${key(1)}</code> <button type="button" class="copy" data-copy="${key(1)}">Copy</button></div>`));
        assert.match(html, new RegExp(`<td><code class="key">${key(3)}</code> <button type="button" class="copy" data-copy="${key(3)}">Copy</button></td>`));
    });

    test("a script with no statement says so, and has no keys section", () => {
        const none = renderPreview({ uri: "file:///e.sql", version: 1, statements: [] }, options);
        assert.match(none, /The script has no statement to preview\./);
        assert.doesNotMatch(none, /class="keys"/);
    });

    test("previewing up to a statement says so", () => {
        assert.match(renderPreview(sample, { ...options, scope: "statement" }), /5 statements up to the chosen one/);
    });
});

describe("escaping", () => {
    const payloads = [
        "</code></pre><script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "</style><script nonce=\"bm9uY2U0Mg==\">alert(2)</script>",
        "<!-- --><svg/onload=alert(3)>",
        "&lt;script&gt;",
    ];

    function hostile(payload: string): PreviewResult {
        const statement: PreviewStatement = {
            index: 0,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
            sql: `CREATE SECRET "${payload}" AS '********'`,
            line: 1,
            status: "error",
            tag: payload,
            columns: [payload, "public_key_1"],
            rows: [[payload, `${key(1)}${payload}`], [null, payload]],
            notices: [{ message: payload, detail: `${payload}\nadd: ${payload}\n${key(4)}`, hint: payload, level: payload }],
            error: { code: payload, message: payload, detail: payload, hint: payload },
        };
        return { uri: payload, version: 1, statements: [statement] };
    }

    for (const payload of payloads) {
        test(`no markup from the data: ${payload}`, () => {
            const html = renderPreview(hostile(payload), { ...options, title: payload });
            assertOnlyOwnMarkup(html);
            assert.ok(html.includes(escapeHtml(payload)), "the payload is shown as text");
        });
    }

    test("random text in every field never becomes markup", () => {
        // A deterministic generator over the characters that matter to HTML.
        let seed = 42;
        const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        const alphabet = ["<", ">", "&", "\"", "'", "/", "=", " ", "\n", "script", "img", "on", "a", "`", "!--", "\u0000", "é"];
        for (let run = 0; run < 300; run++) {
            const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
            assertOnlyOwnMarkup(renderPreview(hostile(text), { ...options, title: text }));
        }
    });

    test("escapeHtml escapes the five characters that matter and nothing else", () => {
        assert.equal(escapeHtml(`<a href="x" title='y'>&</a> é`), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt; é");
    });
});
