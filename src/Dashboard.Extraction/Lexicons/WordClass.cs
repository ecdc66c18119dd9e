namespace Dashboard.Extraction.Lexicons;

/// <summary>
/// The single-word lists a word belongs to (<see cref="LexiconSet.WordClasses"/>), like spaCy's lexeme flags: the name
/// recognisers look a token up once and then test bits, instead of asking each list in turn at every token.
/// </summary>
[Flags]
public enum WordClass : ushort
{
    None = 0,

    /// <summary>stopwords.txt.</summary>
    Stopword = 1 << 0,

    /// <summary>given-names.txt.</summary>
    GivenName = 1 << 1,

    /// <summary>common-words.txt.</summary>
    CommonWord = 1 << 2,

    /// <summary>A one-word person title ("President", "Mr"; <see cref="LexiconSet.PersonTitles"/>).</summary>
    Title = 1 << 3,

    /// <summary>A word that starts a person title (<see cref="LexiconSet.PersonTitleStarts"/>).</summary>
    TitleStart = 1 << 4,

    /// <summary>A one-word group noun ("protesters"; <see cref="ActorLexicons.Groups"/>).</summary>
    Group = 1 << 5,

    /// <summary>The first word of a lexicon phrase (<see cref="ActorLexicons.PhraseStarts"/>).</summary>
    PhraseStart = 1 << 6,

    /// <summary>The first word of a referring description or a hardware word (<see cref="ActorLexicons.ReferringStarts"/>).</summary>
    ReferringStart = 1 << 7,

    /// <summary>Aircraft, vehicles and ships (<see cref="ActorLexicons.HardwareWords"/>).</summary>
    Hardware = 1 << 8,

    /// <summary>An organisation's head word ("Ministry", "University"; <see cref="LexiconSet.OrganisationHeads"/>).</summary>
    OrganisationHead = 1 << 9,

    /// <summary>A place's head word ("Street", "Lake"; <see cref="LexiconSet.PlaceHeads"/>).</summary>
    PlaceHead = 1 << 10,

    /// <summary>
    /// A word that names or counts people in a crowd: quantity-units.txt's single-word nouns of people ("people",
    /// "residents") and the vague counts ("hundreds", "thousands"; <see cref="Quantities.NumberWords.Vague"/>).
    /// </summary>
    Crowd = 1 << 11,
}
