namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// Shares one instance of each repeated short value while a table is read (a feature code, a country or an admin code
/// repeats on thousands of rows), so the gazetteer holds a few hundred strings where it would hold hundreds of thousands.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string Get(string value)
    {
        if (_values.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _values[value] = value;
        return value;
    }
}
