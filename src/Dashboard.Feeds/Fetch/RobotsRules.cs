namespace Dashboard.Feeds.Fetch;

/// <summary>
/// The rules of one site's robots.txt that apply to this fetcher (RFC 9309): the group whose user-agent names our
/// product token, else the "*" group; the longest matching rule decides, and Allow wins a tie; "*" matches any run of
/// characters and a final "$" anchors the end. No NuGet package for robots.txt is served here, so this small parser
/// is written for the project.
/// </summary>
public sealed class RobotsRules
{
    private const int MaxChars = 500 * 1024;
    private const int MaxRules = 5000;
    private const int MaxPatternLength = 2048;

    private readonly IReadOnlyList<(bool Allow, string Pattern)> _rules;

    private RobotsRules(IReadOnlyList<(bool Allow, string Pattern)> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    public static RobotsRules DisallowAll { get; } = new([(false, "/")]);

    /// <summary>The product token of a User-Agent: its first word before "/" ("NewsMapDashboard").</summary>
    public static string AgentToken(string userAgent)
    {
        ArgumentNullException.ThrowIfNull(userAgent);
        var token = userAgent.Split([' ', '/'], 2, StringSplitOptions.RemoveEmptyEntries);
        return token.Length == 0 ? "*" : token[0];
    }

    public static RobotsRules Parse(string text, string agentToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(agentToken);
        var ours = new List<(bool, string)>();
        var anyone = new List<(bool, string)>();
        var groupAgents = new List<string>();
        var inRules = false;
        var matchedOurs = false;
        // RFC 9309 §2.5: only the first 500 KiB are read; rules are capped too.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (inRules)
                {
                    groupAgents.Clear();
                    inRules = false;
                }

                groupAgents.Add(value);
                matchedOurs |= value.Equals(agentToken, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (key is not ("allow" or "disallow"))
            {
                continue;
            }

            inRules = true;
            if (value.Length == 0)
            {
                continue; // "Disallow:" with nothing allows everything
            }

            if (value.Length > MaxPatternLength || ours.Count + anyone.Count >= MaxRules)
            {
                continue;
            }

            var rule = (key == "allow", value);
            if (groupAgents.Exists(a => a.Equals(agentToken, StringComparison.OrdinalIgnoreCase)))
            {
                ours.Add(rule);
            }
            else if (groupAgents.Contains("*"))
            {
                anyone.Add(rule);
            }
        }

        return new RobotsRules(matchedOurs ? ours : anyone);
    }

    /// <summary>Whether a path (with its query) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var best = -1;
        var allowed = true;
        foreach (var (allow, pattern) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    /// <summary>
    /// Whether a rule matches the start of a path: "*" any run, a final "$" the end. Linear in practice: the standard
    /// wildcard match that backtracks only to the last "*" (O(pattern × path) at worst), so no robots.txt can make it slow.
    /// </summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        if (!anchored)
        {
            pattern += "*"; // a rule matches a prefix of the path
        }

        int p = 0, s = 0, star = -1, resume = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
