using System.Runtime.CompilerServices;
using Dashboard.Core.Documents;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// The tokens of a passage, computed once per document and shared by the stages that read them (place recognition,
/// actors, sentence splitting). The cache lives as long as the document does; the lists must not be changed.
/// </summary>
internal static class PassageTokens
{
    private static readonly ConditionalWeakTable<PreparedDocument, List<Token>?[]> Cache = [];

    public static List<Token> Of(PreparedDocument document, Passage passage)
    {
        var slot = IndexOf(document.Passages, passage);
        if (slot < 0)
        {
            return Tokenizer.Tokenize(document.Text, passage.Span.Start, passage.Span.End); // not one of the document's passages
        }

        // One slot per passage, filled without a lock: two threads tokenising the same passage at once compute the same
        // list, and the first one stored is kept.
        var slots = Cache.GetValue(document, d => new List<Token>?[d.Passages.Count]);
        return Volatile.Read(ref slots[slot])
            ?? Interlocked.CompareExchange(ref slots[slot], Tokenizer.Tokenize(document.Text, passage.Span.Start, passage.Span.End), null)
            ?? slots[slot]!;
    }

    /// <summary>The position of <paramref name="passage"/> among the document's passages (which are in text order), or -1.</summary>
    private static int IndexOf(IReadOnlyList<Passage> passages, Passage passage)
    {
        var (low, high) = (0, passages.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (passages[middle].Span.Start < passage.Span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < passages.Count && passages[i].Span.Start == passage.Span.Start; i++)
        {
            if (passages[i] == passage)
            {
                return i;
            }
        }

        return -1;
    }
}
