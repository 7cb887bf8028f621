namespace Dyad.Ingest;

/// <summary>
/// robots.txt rules for one user agent: the group naming the agent, else the "*" group; the longest matching
/// Allow or Disallow prefix wins (Allow on a tie), as RFC 9309 says. '*' and '$' in paths are not supported and
/// such rules are read as plain prefixes up to the wildcard. Immutable.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Prefix, bool Allow)> _rules;

    private RobotsRules(List<(string, bool)> rules) => _rules = rules;

    /// <summary>Rules that allow everything.</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>Parses robots.txt for <paramref name="agent"/>.</summary>
    public static RobotsRules Parse(string text, string agent)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        bool lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            string line = raw.Split('#', 2)[0].Trim();
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            string key = line[..colon].Trim().ToLowerInvariant(), value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent) { current = ([], []); groups.Add(current.Value); }
                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null || key is not ("allow" or "disallow")) continue;
            int wild = value.IndexOfAny(['*', '$']);
            if (wild >= 0) value = value[..wild];
            if (key == "disallow" && value.Length == 0) continue;
            current.Value.Rules.Add((value, key == "allow"));
        }
        string a = agent.ToLowerInvariant();
        var chosen = groups.FirstOrDefault(g => g.Agents.Any(x => x != "*" && a.StartsWith(x, StringComparison.Ordinal)));
        if (chosen.Rules is null) chosen = groups.FirstOrDefault(g => g.Agents.Contains("*"));
        return chosen.Rules is null ? AllowAll : new RobotsRules(chosen.Rules);
    }

    /// <summary>True when the path may be fetched.</summary>
    public bool IsAllowed(string path)
    {
        int best = -1;
        bool allow = true;
        foreach (var (prefix, isAllow) in _rules)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (prefix.Length > best || (prefix.Length == best && isAllow)) { best = prefix.Length; allow = isAllow; }
        }
        return allow;
    }
}
