// Generates the C# lexer and parser from the grammars in this folder with antlr-ng, then makes the
// generated top-level types internal: SqlConn.Syntax exposes its own syntax tree, never ANTLR types.
//
// Usage: node grammar/generate.mjs <output-dir> <namespace>
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [outDir, namespace] = process.argv.slice(2);
if (!outDir || !namespace) {
    console.error("usage: node grammar/generate.mjs <output-dir> <namespace>");
    process.exit(2);
}

const grammarDir = dirname(fileURLToPath(import.meta.url));
const antlr = join(grammarDir, "..", "node_modules", "antlr-ng", "dist", "cli", "runner.js");

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
execFileSync(process.execPath, [
    antlr,
    "-Dlanguage=CSharp",
    "--generate-listener", "false",
    "--generate-visitor", "true",
    "--warnings-are-errors", "true",
    "-p", namespace,
    "-o", outDir,
    join(grammarDir, "SqlConnLexer.g4"),
    join(grammarDir, "SqlConnParser.g4"),
], { stdio: "inherit" });

for (const file of readdirSync(outDir).filter(f => f.endsWith(".cs"))) {
    const path = join(outDir, file);
    const text = readFileSync(path, "utf8")
        .replace(/^public (partial class|interface) /gm, "internal $1 ");
    writeFileSync(path, text);
}
