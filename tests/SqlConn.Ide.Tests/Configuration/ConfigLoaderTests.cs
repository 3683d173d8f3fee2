using SqlConn.Ide.Configuration;
using SqlConn.Ide.Lint;

namespace SqlConn.Ide.Tests.Configuration;

/// <summary>
/// <see cref="SqlConnConfigLoader"/> as data: tests/testdata/ci/config.test holds sqlconn.json contents
/// and the configuration or the errors each gives. UPDATE_TESTDATA=1 rewrites the expected outputs.
/// </summary>
public sealed class ConfigLoaderTests
{
    [Fact]
    public void Configurations_load_as_expected() => TestCaseFile.Load(Path.Combine("ci", "config.test")).Verify(Load);

    [Fact]
    public void Load_reads_the_file_and_keeps_its_full_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sqlconn-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "seed": 7 }""");
        try
        {
            var config = SqlConnConfigLoader.Load(path);

            Assert.Equal(7UL, config.Seed);
            Assert.Equal(Path.GetFullPath(path), config.Path);
            Assert.Equal(Path.GetDirectoryName(Path.GetFullPath(path)), config.Directory);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Load(string json)
    {
        try
        {
            var config = SqlConnConfigLoader.Parse(json, SqlConnConfig.FileName);
            return string.Join('\n',
                $"dialect: {config.Dialect?.ToString() ?? "(default)"}",
                $"role: {config.Role ?? "(default)"}",
                $"seed: {config.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(default)"}",
                $"scripts: {List(config.Scripts)}",
                $"baseline: {List(config.Baseline)}",
                $"rules: {List(config.Policy.Rules.Select(r => $"{r.Key}={r.Value.Name()}"))}");
        }
        catch (ConfigurationException e)
        {
            return string.Join('\n', e.Errors);
        }
    }

    private static string List(IEnumerable<string> items) => items.Any() ? string.Join(", ", items) : "(none)";
}
