using Microsoft.Playwright;

namespace Dyad.Web.Tests;

/// <summary>
/// The dashboard in Debian's chromium driven by Playwright: it loads, the timeline has points, the table lists
/// events and a click shows the highlighted sentence. Skips without chromium; fails instead when
/// DYAD_REQUIRE_SERVICES=1 (CI).
/// </summary>
public sealed class DashboardTests(ServerFixture server)
{
    private static string? FindChromium()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string p = Path.Combine(dir, "chromium");
            if (File.Exists(p)) return p;
        }
        return null;
    }

    [Fact]
    public async Task Dashboard_shows_timeline_table_and_highlighted_sentence()
    {
        string? chromium = FindChromium();
        if (chromium is null)
        {
            const string Reason = "chromium is not installed (apt-get install -y chromium)";
            if (Environment.GetEnvironmentVariable("DYAD_REQUIRE_SERVICES") == "1") Assert.Fail(Reason + "; DYAD_REQUIRE_SERVICES=1");
            Assert.Skip(Reason);
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(server.BaseUri.ToString());

        await page.WaitForSelectorAsync("#dyads li.selected");
        await page.WaitForSelectorAsync("#timeline svg circle.point");
        Assert.True(await page.Locator("#timeline circle.point").CountAsync() > 0);
        await page.WaitForSelectorAsync("#events tbody tr");
        Assert.True(await page.Locator("#events tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("#network circle.node").CountAsync() > 1);

        await page.Locator("#events tbody tr").First.ClickAsync();
        await page.WaitForSelectorAsync("#detail .sentence-view mark.src");
        string sentence = await page.Locator("#detail .sentence-view").InnerTextAsync();
        string highlighted = await page.Locator("#detail .sentence-view mark.src").First.InnerTextAsync();
        Assert.Contains(highlighted, sentence);
        Assert.True(await page.Locator("#detail .sentence-view mark.verb").CountAsync() > 0);
        Assert.Contains("Pattern", await page.Locator("#detail dl").InnerTextAsync());

        string dir = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(dir);
        string shot = Path.Combine(dir, "dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        TestContext.Current.AddAttachment("dashboard.png", await File.ReadAllBytesAsync(shot, TestContext.Current.CancellationToken), "image/png");
        TestContext.Current.SendDiagnosticMessage("screenshot: " + shot);
        Assert.Empty(errors);
    }
}
