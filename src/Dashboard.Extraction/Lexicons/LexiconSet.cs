using System.Collections.Frozen;
using System.Text;
using Dashboard.Core.Results;
using Dashboard.Extraction.Events.Confidence;
using Dashboard.Geo.Data;

namespace Dashboard.Extraction.Lexicons;

/// <summary>
/// The word lists of <c>wwwroot-data/lexicons</c> (sources and licences in wwwroot-data/README.md), loaded once.
/// Single words are kept case-insensitively; multi-word entries (titles such as "Prime Minister") by their words.
/// </summary>
public sealed class LexiconSet
{
    public LexiconSet(
        IEnumerable<string> givenNames,
        IEnumerable<string> commonWords,
        IEnumerable<string> stopwords,
        IEnumerable<string> personTitles,
        IReadOnlyDictionary<string, string> organisationHeads,
        IReadOnlyDictionary<string, string> placeHeads,
        IEnumerable<string> directionalModifiers,
        IReadOnlyDictionary<string, string> languages,
        IReadOnlyDictionary<string, string> demonymPlurals,
        IEnumerable<string>? headPrefixes = null,
        ActorLexicons? actors = null,
        IEnumerable<string>? actorVerbs = null,
        IEnumerable<string>? actorCompounds = null,
        IEnumerable<string>? locatingNouns = null,
        IEnumerable<KeyValuePair<string, string>>? stateContextWords = null)
    {
        var stateWords = (stateContextWords ?? []).ToList();
        ActorObjectVerbs = stateWords.Where(w => w.Value == "object-verb").Select(w => w.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        StateInstitutions = stateWords.Where(w => w.Value == "institution").Select(w => w.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ActorVerbs = (actorVerbs ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ActorCompounds = (actorCompounds ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        LocatingNouns = (locatingNouns ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Actors = actors ?? ActorLexicons.Empty;
        HeadPrefixes = (headPrefixes ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        GivenNames = givenNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        CommonWords = commonWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Stopwords = stopwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PersonTitles = personTitles.Select(t => t.TrimEnd('.')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PersonTitleStarts = PersonTitles.SelectMany(t => new[] { t, Recognise.Tokenizer.FirstToken(t).TrimEnd('.') }).Where(w => Ascii.IsValid(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        OrganisationHeads = organisationHeads.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        PlaceHeads = placeHeads.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        DirectionalModifiers = directionalModifiers.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Languages = languages.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        DemonymPlurals = demonymPlurals.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var classes = BuildWordClasses();
        WordClasses = classes.Where(c => Ascii.IsValid(c.Key)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        OtherWordClasses = classes.Where(c => !Ascii.IsValid(c.Key)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public FrozenSet<string> GivenNames { get; }

    /// <summary>
    /// Every plain-ASCII word of the single-word lists below → the lists it is in (same comparer as the lists: case
    /// ignored). Plain ASCII keeps the look-up's hashing fast; the few other words are in <see cref="OtherWordClasses"/>.
    /// </summary>
    public FrozenDictionary<string, WordClass> WordClasses { get; }

    /// <summary>The words of <see cref="WordClasses"/>' lists that are not plain ASCII ("Tánaiste").</summary>
    public FrozenDictionary<string, WordClass> OtherWordClasses { get; }

    /// <summary>Verbs whose subject is an actor, so that a place name before them stands for a government ("Madrid said"; actor-verbs.txt).</summary>
    public FrozenSet<string> ActorVerbs { get; }

    /// <summary>Verbs after which a country's name is the state addressed or acted upon ("blamed Armenia", "called on Iran"; state-context-words.txt).</summary>
    public FrozenSet<string> ActorObjectVerbs { get; }

    /// <summary>Nouns after a country's possessive that make the country the actor ("Azerbaijan's defence ministry"; state-context-words.txt).</summary>
    public FrozenSet<string> StateInstitutions { get; }

    /// <summary>Participles that make "X-…" stand for X's government or forces ("a Paris-led mission"; actor-compounds.txt).</summary>
    public FrozenSet<string> ActorCompounds { get; }

    /// <summary>Nouns after a country adjective that make it locate something ("Kenyan cities"; locating-nouns.txt).</summary>
    public FrozenSet<string> LocatingNouns { get; }

    public FrozenSet<string> CommonWords { get; }

    public FrozenSet<string> Stopwords { get; }

    /// <summary>Titles without a trailing period ("Mr", "Prime Minister").</summary>
    public FrozenSet<string> PersonTitles { get; }

    /// <summary>
    /// Every title and the first word of every title ("Prime" of "Prime Minister"), without a trailing period, those in
    /// plain ASCII (which keeps the set's lookups fast): a plain-ASCII word not in this set starts no title, so the title
    /// lookups of one to three words are skipped at it.
    /// </summary>
    public FrozenSet<string> PersonTitleStarts { get; }

    /// <summary>Head word → category (outlet, government, company…).</summary>
    public FrozenDictionary<string, string> OrganisationHeads { get; }

    /// <summary>Head word → category (street, square, water…).</summary>
    public FrozenDictionary<string, string> PlaceHeads { get; }

    /// <summary>Organisations, news agencies, groups, event triggers and quantity units (events and actors stages).</summary>
    public ActorLexicons Actors { get; }

    /// <summary>Organisation or place heads that come before the name ("Ministry of X", "Lake X", "Gulf of X").</summary>
    public FrozenSet<string> HeadPrefixes { get; }

    public FrozenSet<string> DirectionalModifiers { get; }

    /// <summary>Language name → ISO alpha-2 of its country, or "-".</summary>
    public FrozenDictionary<string, string> Languages { get; }

    /// <summary>People form ("Americans", "Kurds") → ISO alpha-2, or "-".</summary>
    public FrozenDictionary<string, string> DemonymPlurals { get; }

    /// <summary>
    /// The model that gives each event its confidence (<c>models/event-confidence.tsv</c>, written by
    /// <c>dashboard train-events --out</c>); null, when the file is absent, leaves events unscored.
    /// </summary>
    public EventConfidenceModel? Confidence { get; init; }

    private Dictionary<string, WordClass> BuildWordClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, WordClass wordClass)
        {
            foreach (var word in words)
            {
                classes[word] = classes.GetValueOrDefault(word) | wordClass;
            }
        }

        Add(Stopwords, WordClass.Stopword);
        Add(PersonTitles, WordClass.Title);
        Add(PersonTitleStarts, WordClass.TitleStart);
        Add(Actors.Groups.Keys, WordClass.Group);
        Add(Actors.PhraseStarts, WordClass.PhraseStart);
        Add(Actors.ReferringStarts, WordClass.ReferringStart);
        Add(Actors.HardwareWords, WordClass.Hardware);
        Add(OrganisationHeads.Keys, WordClass.OrganisationHead);
        Add(PlaceHeads.Keys, WordClass.PlaceHead);
        Add(Actors.Units.Where(u => u.Value == "people" && !u.Key.Contains(' ', StringComparison.Ordinal)).Select(u => u.Key), WordClass.Crowd);
        Add(Quantities.NumberWords.Vague.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)), WordClass.Crowd);
        return classes;
    }

    private static readonly string[] HeadFiles = ["organisation-heads.txt", "place-heads.txt"];

    public static Result<LexiconSet> Load(DataRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var folder = Path.Combine(root.Path, "lexicons");
        string[] names =
        [
            "given-names.txt", "common-words.txt", "stopwords.txt", "person-titles.txt", "organisation-heads.txt",
            "place-heads.txt", "directional-modifiers.txt", "language-names.txt", "demonym-plurals.txt",
            "organisations.txt", "news-agencies.txt", "actor-groups.txt", "event-triggers.txt", "event-types.tsv", "quantity-units.txt",
            "reporting-verbs.txt", "non-happening-cues.txt", "actor-verbs.txt", "actor-compounds.txt", "locating-nouns.txt",
            "further-words.txt", "support-abstract-objects.txt", "investigator-nouns.txt", "trigger-object-senses.txt", "speaker-kinds.txt",
            "sports-words.txt", "forces-nouns.txt", "request-cues.txt", "state-context-words.txt", "referring-descriptions.txt",
            "stance-words.txt",
        ];
        var missing = names.Where(n => !File.Exists(Path.Combine(folder, n))).ToList();
        if (missing.Count > 0)
        {
            return Result<LexiconSet>.Failure($"Lexicons missing in {folder}: {string.Join(", ", missing)}.");
        }

        // The confidence model is fitted on the rules' own output (train-events), so it may be absent while it is rebuilt:
        // events are then unscored. A model that is there but malformed is refused.
        var modelPath = Path.Combine(root.Path, "models", "event-confidence.tsv");
        var model = File.Exists(modelPath) ? EventConfidenceModel.Parse(File.ReadLines(modelPath)) : null;
        if (model is { IsSuccess: false })
        {
            return Result<LexiconSet>.Failure($"{modelPath}: {model.Error}");
        }

        IEnumerable<string> Words(string name) => LexiconFile.Entries(Path.Combine(folder, name)).Select(e => e.Key);
        Dictionary<string, string> Pairs(string name) => LexiconFile.Entries(Path.Combine(folder, name))
            .GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Value ?? "-", StringComparer.OrdinalIgnoreCase);

        return Result<LexiconSet>.Success(new LexiconSet(
            Words("given-names.txt"), Words("common-words.txt"), Words("stopwords.txt"), Words("person-titles.txt"),
            Pairs("organisation-heads.txt"), Pairs("place-heads.txt"), Words("directional-modifiers.txt"),
            Pairs("language-names.txt"), Pairs("demonym-plurals.txt"),
            HeadFiles.SelectMany(n => LexiconFile.Rows(Path.Combine(folder, n)))
                .Where(r => r.Length > 2 && r[2] == "prefix").Select(r => r[0]),
            ActorLexicons.Load(folder),
            Words("actor-verbs.txt"), Words("actor-compounds.txt"), Words("locating-nouns.txt"),
            LexiconFile.Rows(Path.Combine(folder, "state-context-words.txt")).Select(r => KeyValuePair.Create(r[0], r.Length > 1 ? r[1] : "-")))
        {
            Confidence = model?.Value,
        });
    }
}
