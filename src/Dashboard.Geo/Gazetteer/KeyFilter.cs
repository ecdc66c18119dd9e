namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// A Bloom filter over the name index's keys: two bits a key in 4 Mbit (512 KB), both in one 64-bit word so that a
/// question costs one memory access. Most spans the place recogniser asks about are not names, and the filter answers
/// those without touching the table of 300,000 names, whose every lookup is a cache miss. A few percent of absent keys
/// still reach the table; a key that is present always does.
/// </summary>
internal sealed class KeyFilter
{
    private const int Bits = 1 << 22;
    private readonly ulong[] _words = new ulong[Bits / 64];

    public KeyFilter(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            var (word, mask) = Position(key);
            _words[word] |= mask;
        }
    }

    /// <summary>False when <paramref name="key"/> is certainly not in the index; true when it may be.</summary>
    public bool MayContain(ReadOnlySpan<char> key)
    {
        var (word, mask) = Position(key);
        return (_words[word] & mask) == mask;
    }

    /// <summary>A word and two bits in it from one 64-bit hash (FNV-1a over the characters, then a finaliser that mixes every bit).</summary>
    private static (int Word, ulong Mask) Position(ReadOnlySpan<char> key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return ((int)(h & ((Bits / 64) - 1)), (1UL << (int)((h >> 32) & 63)) | (1UL << (int)((h >> 40) & 63)));
    }
}
