using Dashboard.Core.Documents;
using Dashboard.Extraction.Lexicons;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// The tokens of a passage, computed once per document and shared by the stages that read them (place recognition,
/// actors, sentence splitting); the lists must not be changed. The two name recognisers also share the passage's
/// <see cref="NameSpans"/>, so that each token's word and word classes are made and looked up once. Each thread keeps
/// the tokens of the document it is working on (the pipeline lets them go when its extraction ends): the stages of one
/// extraction run one after another on one thread, and a cache that holds one document a thread adds no work to garbage
/// collections (a weak table keyed by every document extracted did: a handle a document to walk at each collection; in
/// `profile` the pause a collection went from about 0.5 to 0.33 ms).
/// </summary>
internal static class PassageTokens
{
    [ThreadStatic]
    private static PreparedDocument? _document;

    [ThreadStatic]
    private static List<Token>?[]? _slots;

    [ThreadStatic]
    private static NameSpans?[]? _names;

    public static List<Token> Of(PreparedDocument document, Passage passage)
    {
        var slot = Slot(document, passage);
        return slot < 0
            ? Tokenizer.Tokenize(document.Text, passage.Span.Start, passage.Span.End) // not one of the document's passages
            : _slots![slot] ??= Tokenizer.Tokenize(document.Text, passage.Span.Start, passage.Span.End);
    }

    /// <summary>The words of a passage's tokens and the name-span rules on them, for one set of lexicons.</summary>
    public static NameSpans Names(PreparedDocument document, Passage passage, LexiconSet lexicons)
    {
        var slot = Slot(document, passage);
        if (slot < 0)
        {
            return new NameSpans(document.Text, Of(document, passage), lexicons);
        }

        var names = _names![slot];
        if (names is null || !ReferenceEquals(names.Lexicons, lexicons))
        {
            names = _names[slot] = new NameSpans(document.Text, _slots![slot] ??= Tokenizer.Tokenize(document.Text, passage.Span.Start, passage.Span.End), lexicons);
        }

        return names;
    }

    /// <summary>The passage's place among the document's passages, this thread now holding the document; -1 if it is none of them.</summary>
    private static int Slot(PreparedDocument document, Passage passage)
    {
        var slot = document.PassageIndexAt(passage.Span.Start);
        if (slot < 0 || document.Passages[slot] != passage)
        {
            return -1;
        }

        Hold(document);
        return slot;
    }

    private static void Hold(PreparedDocument document)
    {
        if (!ReferenceEquals(_document, document) || _slots is null || _names is null)
        {
            _document = document;
            _slots = new List<Token>?[document.Passages.Count];
            _names = new NameSpans?[document.Passages.Count];
        }
    }

    /// <summary>Lets this thread's cache go when it holds <paramref name="document"/> (the extraction of it has ended).</summary>
    public static void Release(PreparedDocument document)
    {
        if (ReferenceEquals(_document, document))
        {
            _document = null;
            _slots = null;
            _names = null;
        }
    }
}
