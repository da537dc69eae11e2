using ContentOps.Operator.Tests.Observability;

namespace ContentOps.Operator.Tests.Analytics.Report;

/// <summary>Debian's chromium, headless (as root it needs --no-sandbox): screenshots and the DOM after the page loaded.</summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(90);

    public static string Binary =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("chromium is not installed: apt-get install -y chromium (scripts/test.sh does it as root).");

    public static Task<string> DumpDomAsync(string page, string profile) =>
        RunAsync(profile, "--dump-dom", "--virtual-time-budget=10000", new Uri(page).AbsoluteUri);

    public static Task<string> ScreenshotAsync(string page, string png, string profile) =>
        RunAsync(profile, $"--screenshot={png}", "--window-size=1100,4000", "--virtual-time-budget=10000", new Uri(page).AbsoluteUri);

    private static async Task<string> RunAsync(string profile, params string[] arguments)
    {
        using var process = LoggedProcess.Start(Binary, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--user-data-dir={profile}", .. arguments]);
        var exit = await process.WaitAsync(_timeout);
        Assert.True(exit == 0, $"chromium exited with {exit}:\n{process.Output}");
        return process.Output;
    }
}
