using Dashboard.Geo.Gazetteer;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// Which words can begin a name of more than one token: the leading run of letters and digits of every multi-word key
/// the place recogniser looks up (gazetteer names, demonyms, languages, region adjectives), one bit per hash. A word
/// outside it begins no longer name, so the recogniser probes only the word itself there instead of up to a dozen
/// spans. A false positive costs only the probes; a name is never missed.
/// </summary>
internal sealed class NameStarts
{
    private const int Bits = 1 << 21; // 256 KB; about 3% of words pass by a hash collision alone
    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>Some multi-word key begins with a character that is not a letter or digit: no word can be ruled out.</summary>
    private readonly bool _any;

    public NameStarts(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            var folded = NameKey.Of(key).AsSpan();
            var run = LeadingRun(folded);
            if (run.Length == folded.Length)
            {
                continue; // one word: only ever matched by a single token
            }

            if (run.IsEmpty)
            {
                _any = true;
                continue;
            }

            var bit = Bit(run);
            _bits[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>Whether a name of more than one token may begin with <paramref name="word"/> (its text as written).</summary>
    public bool MayBegin(ReadOnlySpan<char> word)
    {
        if (_any)
        {
            return true;
        }

        Span<char> buffer = stackalloc char[NameKey.MaxStackKeyLength];
        var folded = NameKey.TryFoldAscii(word, buffer, out var length) ? buffer[..length] : NameKey.Of(word.ToString()).AsSpan();
        var run = LeadingRun(folded);
        if (run.IsEmpty)
        {
            return true;
        }

        var bit = Bit(run);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static ReadOnlySpan<char> LeadingRun(ReadOnlySpan<char> key)
    {
        var n = 0;
        while (n < key.Length && char.IsLetterOrDigit(key[n]))
        {
            n++;
        }

        return key[..n];
    }

    private static int Bit(ReadOnlySpan<char> run) => string.GetHashCode(run) & (Bits - 1);
}
