using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Cli.Commands;

/// <summary>
/// Pairs system events with gold happenings: same type, and the system event's evidence overlaps one of the gold
/// sentences; one to one, best overlap first (a happening extracted twice counts once as right). Shared by the scorer
/// (<see cref="HappeningScore"/>) and the trainer (<see cref="TrainEventsCommand"/>), so that both judge alike.
/// </summary>
internal static class HappeningPairs
{
    /// <summary>Every compatible pair with its overlap in characters.</summary>
    public static List<(int Gold, int System, int Overlap)> Compatible(IReadOnlyList<GoldHappening> gold, IReadOnlyList<NewsEvent> system) =>
        Compatible(gold, system.Select(e => new GoldHappening(e.Type, e.Evidence.Select(v => v.Span).ToList())).ToList());

    /// <summary>
    /// Every compatible pair between two annotations of one article, with its overlap in characters: the second
    /// annotation is judged as a system would be, so that two annotators' agreement reads on the same scale as the
    /// extractor's scores.
    /// </summary>
    public static List<(int Gold, int System, int Overlap)> Compatible(IReadOnlyList<GoldHappening> gold, IReadOnlyList<GoldHappening> other)
    {
        var pairs = new List<(int Gold, int System, int Overlap)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            for (var si = 0; si < other.Count; si++)
            {
                if (gold[gi].Type != other[si].Type)
                {
                    continue;
                }

                var overlap = gold[gi].Spans.Sum(span => other[si].Spans.Sum(v => Overlap(span, v)));
                if (overlap > 0)
                {
                    pairs.Add((gi, si, overlap));
                }
            }
        }

        return pairs;
    }

    /// <summary>For each system event, the gold happening it is paired with, or -1.</summary>
    public static int[] Assign(IReadOnlyList<(int Gold, int System, int Overlap)> pairs, int goldCount, int systemCount)
    {
        var goldUsed = new bool[goldCount];
        var paired = Enumerable.Repeat(-1, systemCount).ToArray();
        foreach (var (gi, si, _) in pairs.OrderByDescending(p => p.Overlap).ThenBy(p => p.Gold).ThenBy(p => p.System))
        {
            if (goldUsed[gi] || paired[si] >= 0)
            {
                continue;
            }

            goldUsed[gi] = true;
            paired[si] = gi;
        }

        return paired;
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
