using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TopUpBot.Tests.FakeCbr;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>
/// README's "try it" command: the console chat driven through a pipe, as a script would. Its exchange rates come from a
/// stub on 127.0.0.1, never from the internet.
/// </summary>
public sealed class ConsoleChatTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "topupbot-tests", Guid.NewGuid().ToString("N"));
    private FakeCbrServer _cbr = null!;

    public async Task InitializeAsync() => _cbr = await FakeCbrServer.StartAsync();

    [Fact]
    public async Task A_piped_chat_shows_the_menu_presses_buttons_and_exits_cleanly_at_the_end_of_input()
    {
        var (exitCode, output) = await RunConsole("/start\n#8\n#1\n#1\n#1\n+7 916 123-45-67\n", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("bot> Hello, You!", output, StringComparison.Ordinal);
        Assert.Contains("[#8 ❓ Help]", output, StringComparison.Ordinal);
        Assert.Contains("bot (edited)> TopUpBot keeps Russian mobile numbers", output, StringComparison.Ordinal);
        Assert.Contains("Which operator is it from?", output, StringComparison.Ordinal);
        Assert.Contains("Send the phone number", output, StringComparison.Ordinal);
        Assert.Contains("Give it a short name", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_speaks_chinese_by_default()
    {
        var (exitCode, output) = await RunConsole("/start\n", language: null);

        Assert.Equal(0, exitCode);
        Assert.Contains("你好，You", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_reachable_rates_source_rate_answers_politely_and_the_chat_ends_cleanly()
    {
        // A loopback port nobody listens on: connections are refused, as with no network.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (exitCode, output, errors) = await RunConsole("/rate\n", "en", $"http://127.0.0.1:{port}/scripts/XML_daily.asp");

        Assert.Equal(0, exitCode);
        Assert.Contains("The exchange rates are not available yet", output, StringComparison.Ordinal);
        Assert.Contains("[#1 ⬅️ Main menu]", output, StringComparison.Ordinal);

        // The start-up refresh may or may not have failed before the input ended; if it did, it is one warning.
        Assert.DoesNotContain("fail:", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_made_by_export_goes_back_in_with_at_file_after_deleteme()
    {
        var (_, exported) = await RunConsole("/add\n#1\n89161234567\nBank card\n100\n#1\n#1\n#1\n/export\n", "en");
        Assert.Contains("[file saved to", exported, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_folder, "data", "console-files"), "topupbot-export-*.json"));

        var (exitCode, output) = await RunConsole($"/deleteme\n#1\n/import\n@file {file}\n#1\n/sims\n", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("SIMs: 0 now → 1 from the file", output, StringComparison.Ordinal);
        Assert.Contains("Bank card +7 916 ***-**-67", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_file_with_a_missing_path_says_so_and_the_chat_goes_on()
    {
        var (exitCode, output) = await RunConsole("/import\n@file no-such-file.json\n/start\n", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("(there is no file", output, StringComparison.Ordinal);
        Assert.Contains("bot> Hello, You!", output, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _cbr.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The bot as built next to the tests (same configuration), with its own dependencies beside it.</summary>
    private static string BotAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        return Path.Combine(Texts.TextCatalogTests.RepositoryRoot(), "src", "TopUpBot", "bin", configuration, testOutput.Name, "TopUpBot.dll");
    }

    private async Task<(int ExitCode, string Output)> RunConsole(string input, string? language)
    {
        var (exitCode, output, errors) = await RunConsole(input, language, _cbr.Url);
        Assert.True(string.IsNullOrEmpty(errors), errors);
        return (exitCode, output);
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunConsole(string input, string? language, string ratesUrl)
    {
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(BotAssembly());
        start.ArgumentList.Add("--console");
        start.ArgumentList.Add($"--ExchangeRates:SourceUrl={ratesUrl}");
        if (language is not null)
        {
            start.ArgumentList.Add("--lang");
            start.ArgumentList.Add(language);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await errors);
    }
}
