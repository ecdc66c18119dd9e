namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// The name → entries index: every list lives in one shared array and a name holds its slice (start and count), so
/// 300,000 names cost one array rather than 300,000 small ones.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, (int Start, int Count)> _slices;
    private readonly EntryRef[] _entries;
    private readonly Dictionary<string, (int Start, int Count)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly KeyFilter _filter;

    public NameIndex(Dictionary<string, List<EntryRef>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        _slices = new Dictionary<string, (int, int)>(lists.Count, StringComparer.Ordinal);
        _entries = new EntryRef[lists.Values.Sum(l => l.Count)];
        var next = 0;
        foreach (var (key, list) in lists)
        {
            list.CopyTo(_entries, next);
            _slices[key] = (next, list.Count);
            next += list.Count;
        }

        _bySpan = _slices.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new KeyFilter(_slices.Keys);
    }

    /// <summary>Every key the index holds.</summary>
    public IEnumerable<string> Keys => _slices.Keys;

    /// <summary>How many distinct names the index holds.</summary>
    public int Count => _slices.Count;

    public bool ContainsKey(string key) => _filter.MayContain(key) && _slices.ContainsKey(key);

    /// <summary>Whether a key is indexed, asked without a string (the recogniser probes many spans that are not names).</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) => _filter.MayContain(key) && _bySpan.ContainsKey(key);

    /// <summary>The entries under a name key, or false (and an empty span) when there are none.</summary>
    public bool TryGetValue(string key, out ReadOnlySpan<EntryRef> entries)
    {
        if (_filter.MayContain(key) && _slices.TryGetValue(key, out var slice))
        {
            entries = new ReadOnlySpan<EntryRef>(_entries, slice.Start, slice.Count);
            return true;
        }

        entries = [];
        return false;
    }

    /// <summary><see cref="TryGetValue(string, out ReadOnlySpan{EntryRef})"/> for a key on the stack (no string).</summary>
    public bool TryGetValue(scoped ReadOnlySpan<char> key, out ReadOnlySpan<EntryRef> entries)
    {
        if (_filter.MayContain(key) && _bySpan.TryGetValue(key, out var slice))
        {
            entries = new ReadOnlySpan<EntryRef>(_entries, slice.Start, slice.Count);
            return true;
        }

        entries = [];
        return false;
    }
}
