namespace Dyad.Ingest.Tests;

public class RobotsTests
{
    [Fact]
    public void LongestMatchWinsAndAgentGroupIsPreferred()
    {
        var r = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: dyad\nDisallow: /private/\nAllow: /private/ok\n", "dyad");
        Assert.True(r.IsAllowed("/news/1"));
        Assert.False(r.IsAllowed("/private/x"));
        Assert.True(r.IsAllowed("/private/ok.html"));
        Assert.False(RobotsRules.Parse("User-agent: *\nDisallow: /\n", "dyad").IsAllowed("/a"));
    }
}
