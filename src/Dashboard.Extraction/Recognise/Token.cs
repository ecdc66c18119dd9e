namespace Dashboard.Extraction.Recognise;

/// <summary>A word or punctuation mark: [Start, End) in the document text.</summary>
internal readonly record struct Token(int Start, int End, bool IsWord, bool Capitalised, bool SentenceStart)
{
    public int Length => End - Start;
}
