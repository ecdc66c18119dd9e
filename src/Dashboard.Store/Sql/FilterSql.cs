using System.Data.Common;

namespace Dashboard.Store.Sql;

/// <summary>
/// Turns a <see cref="Query.ViewFilter"/> into a SQL condition over the events table (alias <c>e</c>), with its
/// parameters added to the command. Facets leave their own dimension out, so each dimension can be switched off.
/// </summary>
internal static class FilterSql
{
    [Flags]
    public enum Parts
    {
        None = 0,
        Actors = 1,
        Types = 2,
        Dates = 4,
        All = Actors | Types | Dates,
    }

    /// <param name="store">The provider, which says how a passage (its pk given as SQL) matches the text parameter <c>@q</c>.</param>
    public static string Events(DbCommand command, Query.ViewFilter filter, Parts parts, SqlStore store)
    {
        var conditions = new List<string>();
        if (filter.Documents.Count > 0)
        {
            conditions.Add($"e.document_id IN ({DbCommands.InList(command, "fd", filter.Documents.Order(StringComparer.Ordinal))})");
        }

        if (filter.StatedPlacesOnly)
        {
            conditions.Add("e.place_id IS NOT NULL AND e.place_basis = 0");
        }

        if (filter.MinConfidence is { } least)
        {
            DbCommands.Add(command, "@fconf", least);
            conditions.Add("(e.confidence IS NULL OR e.confidence >= @fconf)");
        }

        if (parts.HasFlag(Parts.Actors) && filter.Actors.Count > 0)
        {
            conditions.Add($"e.pk IN (SELECT ea.event_pk FROM event_actors ea WHERE ea.actor_id IN ({DbCommands.InList(command, "fa", filter.Actors.Order(StringComparer.Ordinal))}))");
        }

        if (parts.HasFlag(Parts.Types) && filter.Types.Count > 0)
        {
            conditions.Add($"e.type IN ({DbCommands.InList(command, "ft", filter.Types.Order(StringComparer.Ordinal))})");
        }

        if (parts.HasFlag(Parts.Dates))
        {
            if (filter.StatedDatesOnly)
            {
                conditions.Add("e.date_start IS NOT NULL AND e.date_basis = 0");
            }

            if (filter.From is { } from)
            {
                DbCommands.Add(command, "@ffrom", (long)from.DayNumber);
                conditions.Add("e.date_start >= @ffrom");
            }

            if (filter.To is { } to)
            {
                DbCommands.Add(command, "@fto", (long)to.DayNumber);
                conditions.Add("e.date_end <= @fto");
            }
        }

        if (TextParameter(command, filter, store))
        {
            // Uncorrelated, so that the search runs once, not once per event.
            conditions.Add($"e.pk IN (SELECT v.event_pk FROM evidence v WHERE {store.PassageMatch("v.passage_pk")})");
        }

        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }

    /// <summary>
    /// Whether <see cref="Events"/> would add any condition for these parts (the document and text filters always count):
    /// when it would not, the running totals (<see cref="Totals"/>) give the counts without reading the rows. Kept beside
    /// <see cref="Events"/> so that a new dimension is added to both.
    /// </summary>
    public static bool Narrows(Query.ViewFilter filter, Parts parts) =>
        filter.Documents.Count > 0
        || filter.StatedPlacesOnly
        || filter.MinConfidence is not null
        || TextQuery.Words(filter.Text).Count > 0
        || (parts.HasFlag(Parts.Actors) && filter.Actors.Count > 0)
        || (parts.HasFlag(Parts.Types) && filter.Types.Count > 0)
        || (parts.HasFlag(Parts.Dates) && (filter.From is not null || filter.To is not null || filter.StatedDatesOnly));

    /// <summary>
    /// The confidence band (<see cref="ConfidenceBands"/>) from which the running totals count the filter's events: 0
    /// (every band) without a threshold, the threshold's own band when it lies on a band's edge (the model's threshold), and
    /// null when it does not, so that the rows must be read.
    /// </summary>
    public static long? TotalsBand(Query.ViewFilter filter) => filter.MinConfidence is { } least ? ConfidenceBands.Exact(least) : 0;

    /// <summary>
    /// Whether these parts of the filter need the rows read: a condition the running totals do not keep, anything but a
    /// confidence threshold on a band's edge (<see cref="TotalsBand"/>) and "stated places only" (the totals keep the place
    /// basis; <see cref="StatedTotals"/>).
    /// </summary>
    public static bool NeedsRows(Query.ViewFilter filter, Parts parts) =>
        TotalsBand(filter) is null || Narrows(filter with { MinConfidence = null, StatedPlacesOnly = false }, parts);

    /// <summary>
    /// The condition "stated places only" adds to a query of the running totals: on <c>actor_totals</c> its <c>stated</c>
    /// column, on <c>event_totals</c> (alias <paramref name="events"/>) a place and the stated basis; empty without it.
    /// </summary>
    public static string StatedTotals(Query.ViewFilter filter, string? events = null) =>
        !filter.StatedPlacesOnly ? string.Empty
        : events is null ? " AND stated = 1"
        : $" AND {events}place_basis = 0 AND {events}place_id <> ''";

    /// <summary>The condition on mentions (alias <c>m</c>) of the document and text filters.</summary>
    public static string Mentions(DbCommand command, Query.ViewFilter filter, SqlStore store)
    {
        var conditions = new List<string>();
        if (filter.Documents.Count > 0)
        {
            conditions.Add($"m.document_id IN ({DbCommands.InList(command, "md", filter.Documents.Order(StringComparer.Ordinal))})");
        }

        if (TextParameter(command, filter, store))
        {
            conditions.Add(store.PassageMatch("m.passage_pk"));
        }

        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }

    /// <summary>Adds <c>@q</c> when the filter has words to search; false when it has none.</summary>
    private static bool TextParameter(DbCommand command, Query.ViewFilter filter, SqlStore store)
    {
        var words = TextQuery.Words(filter.Text);
        if (words.Count == 0)
        {
            return false;
        }

        if (!command.Parameters.Contains("@q"))
        {
            DbCommands.Add(command, "@q", store.TextParameter(words));
        }

        return true;
    }
}
