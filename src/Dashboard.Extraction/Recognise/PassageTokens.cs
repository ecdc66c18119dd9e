using System.Runtime.CompilerServices;
using Dashboard.Core.Documents;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// The tokens of a passage, computed once per document and shared by the stages that read them (place recognition,
/// actors, sentence splitting). The cache lives as long as the document does; the lists must not be changed.
/// </summary>
internal static class PassageTokens
{
    private static readonly ConditionalWeakTable<PreparedDocument, Dictionary<int, List<Token>>> Cache = [];

    public static List<Token> Of(PreparedDocument document, Passage passage)
    {
        var byStart = Cache.GetValue(document, _ => []);
        lock (byStart)
        {
            if (!byStart.TryGetValue(passage.Span.Start, out var tokens))
            {
                tokens = Tokenizer.Tokenize(document.Text, passage.Span.Start, passage.Span.End);
                byStart[passage.Span.Start] = tokens;
            }

            return tokens;
        }
    }
}
