using System.Diagnostics;
using System.Text.Json;

namespace SqlConn.LanguageServer.Tests;

/// <summary>
/// A real external client: headless Neovim's built-in LSP client runs <c>sqlconn serve</c> on a
/// script (Neovim/lsp-check.lua). Skipped, with the reason, when <c>nvim</c> is not installed
/// (Debian: <c>apt-get install -y neovim</c>).
/// </summary>
public sealed class NeovimTests
{
    [NeovimFact]
    public async Task Neovim_receives_diagnostics_and_gets_answers_inside_an_option_list()
    {
        using var workspace = new TempWorkspace(("script.sql", Scripts.CreateSecret + Scripts.BadPort));
        var output = System.IO.Path.Combine(workspace.Path, "result.json");
        var start = new ProcessStartInfo(NeovimFactAttribute.Executable ?? "nvim") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", "--clean", "-n", "-u", "NONE", "-c", $"luafile {System.IO.Path.Combine(AppContext.BaseDirectory, "Neovim", "lsp-check.lua")}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SQLCONN_DLL"] = SqlConnExecutable.Dll;
        start.Environment["SQLCONN_FILE"] = System.IO.Path.Combine(workspace.Path, "script.sql");
        start.Environment["SQLCONN_OUT"] = output;
        start.Environment["SQLCONN_COMPLETION"] = "1:45";   // after "(HOST 'db', ", in the option list, where PORT is written
        start.Environment["SQLCONN_HOVER"] = "1:46";        // on PORT
        using var nvim = Process.Start(start) ?? throw new InvalidOperationException("could not start nvim");
        var stderr = nvim.StandardError.ReadToEndAsync();
        await nvim.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));

        Assert.True(File.Exists(output), $"Neovim wrote no result (exit code {nvim.ExitCode}): {await stderr}");
        using var result = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var root = result.RootElement;
        Assert.True(root.GetProperty("received_diagnostics").GetBoolean());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("SC2103", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(50, diagnostic.GetProperty("character").GetInt32());
        Assert.Equal(53, diagnostic.GetProperty("end_character").GetInt32());
        Assert.True(root.GetProperty("answered").GetBoolean(), "Neovim got no answer to completion or hover");
        Assert.True(root.GetProperty("server_capabilities").GetProperty("completion").GetBoolean());
        Assert.True(root.GetProperty("server_capabilities").GetProperty("hover").GetBoolean());

        // In the slot of PORT: the POSTGRES options not written elsewhere in the list.
        var completion = root.GetProperty("requests").GetProperty("completion");
        Assert.Equal(JsonValueKind.Null, completion.GetProperty("error_code").ValueKind);
        var labels = completion.GetProperty("result").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.Contains("PORT", labels);
        Assert.Contains("SSL MODE", labels);
        Assert.DoesNotContain("HOST", labels);
        Assert.DoesNotContain("DATABASE", labels);

        var hover = root.GetProperty("requests").GetProperty("hover");
        Assert.Equal(JsonValueKind.Null, hover.GetProperty("error_code").ValueKind);
        Assert.StartsWith("**PORT** · POSTGRES option", hover.GetProperty("result").GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
        var range = hover.GetProperty("result").GetProperty("range");
        Assert.Equal((1, 45, 49), (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32()));
    }
}
