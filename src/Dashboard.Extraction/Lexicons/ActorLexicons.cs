using System.Collections.Frozen;

namespace Dashboard.Extraction.Lexicons;

/// <summary>
/// The lexicons of the actors and events stages (wwwroot-data/lexicons): organisations, news agencies, collective
/// actors, event triggers, ACLED type mapping and quantity units. <see cref="LexiconSet.Load"/> checks they exist.
/// </summary>
public sealed class ActorLexicons
{
    public static ActorLexicons Empty { get; } = new([], [], [], [], []);

    public ActorLexicons(
        IEnumerable<OrganisationEntry> organisations,
        IEnumerable<KeyValuePair<string, string>> agencies,
        IEnumerable<KeyValuePair<string, string>> groups,
        IEnumerable<KeyValuePair<string, (string Type, string Status)>> triggers,
        IEnumerable<KeyValuePair<string, string>> units,
        IEnumerable<string>? reportingVerbs = null,
        IEnumerable<KeyValuePair<string, string>>? nonHappeningCues = null,
        IEnumerable<string>? actorBoundTriggers = null,
        IEnumerable<string>? forcesBoundTriggers = null,
        IEnumerable<Core.Events.EventType>? types = null,
        IEnumerable<string>? furtherWords = null,
        IEnumerable<string>? abstractObjects = null,
        IEnumerable<string>? investigatorNouns = null,
        IEnumerable<string>? weaponBoundTriggers = null,
        IEnumerable<string>? securityBoundTriggers = null,
        IEnumerable<string>? cargoBoundTriggers = null,
        IEnumerable<(string Form, string Object, string Type)>? objectSenses = null,
        IEnumerable<KeyValuePair<string, string>>? speakerKinds = null,
        IEnumerable<KeyValuePair<string, string>>? sportsWords = null,
        IEnumerable<KeyValuePair<string, string>>? forcesNouns = null,
        IEnumerable<string>? lightTriggers = null,
        IEnumerable<string>? requestBoundTriggers = null,
        IEnumerable<KeyValuePair<string, string>>? requestCues = null,
        IEnumerable<KeyValuePair<string, string>>? descriptions = null,
        IEnumerable<KeyValuePair<string, string>>? stanceWords = null)
    {
        var listed = (types ?? []).ToList();
        Types = new Core.Events.EventTypeCatalog(listed.Count > 0 ? listed
            : [new Core.Events.EventType(Core.Events.EventTypeCatalog.Other, "Other", "#546e7a", "•", "Strategic developments", "Other", string.Empty)]);
        EventTypes = Types.All.ToFrozenDictionary(t => t.Name, t => (t.AcledType, t.AcledSubType), StringComparer.Ordinal);
        ActorBoundTriggers = (actorBoundTriggers ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ForcesBoundTriggers = (forcesBoundTriggers ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        WeaponBoundTriggers = (weaponBoundTriggers ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SecurityBoundTriggers = (securityBoundTriggers ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        CargoBoundTriggers = (cargoBoundTriggers ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        LightTriggers = (lightTriggers ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        RequestBoundTriggers = (requestBoundTriggers ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var cues = (requestCues ?? []).ToList();
        RequestVerbs = cues.Where(c => c.Value == "verb").Select(c => c.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        RequestNouns = cues.Where(c => c.Value == "noun").Select(c => c.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        NonHappeningCues = Distinct(nonHappeningCues ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        ReportingVerbs = (reportingVerbs ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var stance = (stanceWords ?? []).ToList();
        StanceWords = stance.Where(w => w.Value != "naming").Select(w => w.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        NamingVerbs = stance.Where(w => w.Value == "naming").Select(w => w.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FurtherWords = (furtherWords ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        AbstractObjects = (abstractObjects ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        InvestigatorNouns = (investigatorNouns ?? []).ToFrozenSet(StringComparer.Ordinal);
        SpeakerKinds = Distinct(speakerKinds ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        SportsWords = Distinct(sportsWords ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        ObjectSenses = (objectSenses ?? []).GroupBy(s => s.Form, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.GroupBy(s => s.Object, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(o => o.Key, o => o.First().Type, StringComparer.OrdinalIgnoreCase),
                StringComparer.OrdinalIgnoreCase);
        Organisations = organisations.ToList();
        Agencies = Distinct(agencies).ToFrozenDictionary(StringComparer.Ordinal);
        EmbeddingNames = new MultiWordNames(Agencies.Keys.Concat(Organisations.SelectMany(o => o.Aliases.Prepend(o.Name))));
        Groups = Distinct(groups).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var nouns = Distinct(forcesNouns ?? []).ToList();
        ForcesWords = Groups.Where(g => g.Value is "military" or "external_forces" or "police" or "armed_group")
            .Select(g => g.Key[(g.Key.LastIndexOf(' ') + 1)..])
            .Concat(nouns.Where(n => n.Value is "rank" or "equipment" or "unit").Select(n => n.Key))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        EquipmentWords = nouns.Where(n => n.Value == "equipment").Select(n => n.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Descriptions = Distinct(descriptions ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        MissionWords = nouns.Where(n => n.Value == "mission").Select(n => n.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        InvasionForms = nouns.Where(n => n.Value == "invasion").Select(n => n.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Triggers = Distinct(triggers).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Units = Distinct(units).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        SingularPeople = Units.Where(u => u.Value is "people" or "troops" && !u.Key.EndsWith('s') && !u.Key.EndsWith("men", StringComparison.Ordinal)
                && u.Key is not ("people" or "children" or "personnel" or "military personnel" or "police" or "militia"))
            .Select(u => u.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        HardwareWords = Units.Where(u => u.Value is "aircraft" or "vehicles" or "ships" && !u.Key.Contains(' ', StringComparison.Ordinal)).Select(u => u.Key)
            .Concat(EquipmentWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ReferringStarts = Descriptions.Keys.Select(k => k.Split(' ')[0]).Concat(HardwareWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PhraseStarts = Triggers.Keys.Concat(Groups.Keys).Concat(Units.Keys).Where(k => k.Contains(' ', StringComparison.Ordinal))
            .Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        // Each word that starts a form: the trigger it is alone, whether it starts a four-word phrase, and the second words
        // of its phrases. A phrase matches only as its words joined by single spaces, each word a run of letters and
        // hyphens as the event rules' scan reads it, so the text after the first space up to the next is the second word.
        var forms = Triggers.Select(t => (Form: t.Key, Trigger: t.Value, Parts: t.Key.Split(' ')))
            .GroupBy(f => f.Parts[0], StringComparer.OrdinalIgnoreCase);
        var roles = new Dictionary<string, TriggerWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in forms)
        {
            var phrases = word.Where(f => f.Parts.Length > 1).ToList();
            roles[word.Key] = new TriggerWord(
                phrases.Count == 0 ? null : phrases.Select(f => f.Parts[1]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                phrases.Exists(f => f.Parts.Length == 4),
                word.FirstOrDefault(f => f.Parts.Length == 1) is { Form: not null } single ? single.Trigger : null);
        }

        TriggerWords = roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Each word that starts something in the trigger lexicon, with what it starts (one look-up a word).</summary>
    internal FrozenDictionary<string, TriggerWord> TriggerWords { get; }

    /// <summary>First words of the multi-word triggers, groups and units, so that two-word look-ups are tried only after them.</summary>
    public FrozenSet<string> PhraseStarts { get; }

    public IReadOnlyList<OrganisationEntry> Organisations { get; }

    /// <summary>Agency name as written → ISO alpha-2 or "-".</summary>
    public FrozenDictionary<string, string> Agencies { get; }

    /// <summary>
    /// The names of news agencies, outlets and organisations of more than one token, as written ("France 24", "Voice of
    /// America", "UN Mission in South Sudan"): a place name inside one is part of the name
    /// (<see cref="Core.Places.MentionCue.Embedded"/>), neither a place nor a state acting.
    /// </summary>
    internal MultiWordNames EmbeddingNames { get; }

    /// <summary>Collective noun → group kind (protesters, military, police…).</summary>
    public FrozenDictionary<string, string> Groups { get; }

    /// <summary>
    /// The head words of the armed forces, police and armed groups of actor-groups.txt ("troops", "police", "rebels") and
    /// the ranks of forces-nouns.txt ("Sgt", "officers"): words that show forces are what a deployment moves.
    /// </summary>
    public FrozenSet<string> ForcesWords { get; }

    /// <summary>Military hardware only armed forces move (forces-nouns.txt, equipment): "armoured vehicles massing near the border".</summary>
    public FrozenSet<string> EquipmentWords { get; }

    /// <summary>
    /// Definite descriptions that refer back to an actor named before (referring-descriptions.txt): "the alliance" →
    /// alliance, "the rebel group" → armed_group, "the junta" → state.
    /// </summary>
    public FrozenDictionary<string, string> Descriptions { get; }

    /// <summary>The first words of <see cref="Descriptions"/> and the <see cref="HardwareWords"/>: a word outside this set refers back to nothing.</summary>
    public FrozenSet<string> ReferringStarts { get; }

    /// <summary>The singular nouns of people and troops in quantity-units.txt ("man", "police officer", "soldier"): "a man was killed" counts one.</summary>
    public FrozenSet<string> SingularPeople { get; }

    /// <summary>
    /// One-word nouns of military hardware and vehicles (quantity-units.txt aircraft, vehicles and ships; forces-nouns.txt
    /// equipment): "the helicopters" refers back to the helicopters a country word marked before.
    /// </summary>
    public FrozenSet<string> HardwareWords { get; }

    /// <summary>The words of a state's missions abroad (forces-nouns.txt: "ambassador", "embassy"): what, besides forces, a withdrawal takes back.</summary>
    public FrozenSet<string> MissionWords { get; }

    /// <summary>The forms of invade and invasion (forces-nouns.txt): a deployment a state makes with its forces unnamed.</summary>
    public FrozenSet<string> InvasionForms { get; }

    /// <summary>Trigger forms that tell a happening only with somebody doing it (event-triggers.txt, NEEDS = actor): "leaving", "supported".</summary>
    public FrozenSet<string> ActorBoundTriggers { get; }

    /// <summary>
    /// Trigger forms that tell a happening only about armed forces named in the sentence (event-triggers.txt, NEEDS =
    /// forces): "images show troops near the border", "troops were spotted" are a build-up; "the city has seen protests" is not.
    /// </summary>
    public FrozenSet<string> ForcesBoundTriggers { get; }

    /// <summary>
    /// Trigger forms that tell a happening only with a weapon after them (event-triggers.txt, NEEDS = weapon): "recovered 86
    /// firearms" is a seizure; "recovered from injuries", "seized the moment" are none.
    /// </summary>
    public FrozenSet<string> WeaponBoundTriggers { get; }

    /// <summary>
    /// Trigger forms that tell a deployment only with armed forces or police named in their stretch of the sentence
    /// (event-triggers.txt, NEEDS = security): "police officers arrived" is one; "crews arrived", "the delegation arrives" are not.
    /// </summary>
    public FrozenSet<string> SecurityBoundTriggers { get; }

    /// <summary>
    /// Trigger forms that tell a transport only with what is carried named in their stretch of the sentence
    /// (event-triggers.txt, NEEDS = cargo): armed forces, police or civilians, troops, people or weapons, or aid
    /// ("planes flew 300 troops to Gao" is one; "flights arrived at the airport", "shipments increased 23%" are not).
    /// </summary>
    public FrozenSet<string> CargoBoundTriggers { get; }

    /// <summary>
    /// Light verbs of the fallback type (event-triggers.txt, NEEDS = alone): "launched" tells a happening of its own ("the
    /// company launched a new phone") only where no trigger of a specific type stands in its sentence; "launched a missile
    /// strike", "launched an offensive" are the strike and the offensive.
    /// </summary>
    public FrozenSet<string> LightTriggers { get; }

    /// <summary>
    /// Asking verbs (event-triggers.txt, NEEDS = request) that tell a request for support only with what they ask for
    /// after them (<see cref="RequestVerbs"/>, <see cref="RequestNouns"/>): "asked France to send troops" is one, "asked
    /// about the plan" is not.
    /// </summary>
    public FrozenSet<string> RequestBoundTriggers { get; }

    /// <summary>What an asking verb asks another to do ("to send", "to provide"; request-cues.txt, verb).</summary>
    public FrozenSet<string> RequestVerbs { get; }

    /// <summary>What an asking verb asks for ("for help", "for military aid"; request-cues.txt, noun).</summary>
    public FrozenSet<string> RequestNouns { get; }

    /// <summary>Word form → event type and status hint.</summary>
    public FrozenDictionary<string, (string Type, string Status)> Triggers { get; }

    /// <summary>The event types with their labels, colours, glyphs and ACLED pairs (event-types.tsv), in display order.</summary>
    public Core.Events.EventTypeCatalog Types { get; }

    /// <summary>Event type → nearest ACLED event type and sub-event type (from <see cref="Types"/>).</summary>
    public FrozenDictionary<string, (string AcledType, string AcledSubType)> EventTypes { get; }

    /// <summary>Statement forms that only attribute what is told (say, told, according to), as opposed to speech acts (warn, deny).</summary>
    public FrozenSet<string> ReportingVerbs { get; }

    /// <summary>
    /// Words of a stance towards a happening somebody else does, of asking for it to end, investigating it or ending it
    /// (stance-words.txt): "condemned", "urged", "concerned", "dispersed".
    /// </summary>
    public FrozenSet<string> StanceWords { get; }

    /// <summary>
    /// Verbs of calling a happening by a word (stance-words.txt, naming): a stance only where a word of criticism follows
    /// the happening ("called the storming of parliament treasonous").
    /// </summary>
    public FrozenSet<string> NamingVerbs { get; }

    /// <summary>Words that tell a further happening of a kind told before ("again", "more", "another"): a report with one is no retelling.</summary>
    public FrozenSet<string> FurtherWords { get; }

    /// <summary>Nouns of a state of affairs or an idea ("improvement", "idea"): supported, they are an attitude, not support given.</summary>
    public FrozenSet<string> AbstractObjects { get; }

    /// <summary>Nouns for the people an account is given to ("told police", "admitted to detectives"): no public speech act.</summary>
    public FrozenSet<string> InvestigatorNouns { get; }

    /// <summary>
    /// Trigger form → object noun → the type the trigger takes with that object, or "none" (trigger-object-senses.txt):
    /// "captured video", "struck a deal", "fighting fires" are no capture, strike or fight.
    /// </summary>
    public FrozenDictionary<string, FrozenDictionary<string, string>> ObjectSenses { get; }

    /// <summary>Word → media ("TV", "newspaper") or commentator ("analyst", "professor") (speaker-kinds.txt): speakers whose sayings make no statement.</summary>
    public FrozenDictionary<string, string> SpeakerKinds { get; }

    /// <summary>Word → sport (marks a sports report) or play (a conflict or injury word a sports report uses for play) (sports-words.txt).</summary>
    public FrozenDictionary<string, string> SportsWords { get; }

    /// <summary>Word → negation, hypothetical or conditional: before a trigger in its clause, no happening is reported.</summary>
    public FrozenDictionary<string, string> NonHappeningCues { get; }

    /// <summary>Counted noun → unit (troops, people, aircraft…).</summary>
    public FrozenDictionary<string, string> Units { get; }

    public static ActorLexicons Load(string folder)
    {
        IEnumerable<string[]> Rows(string name)
        {
            return LexiconFile.Rows(Path.Combine(folder, name));
        }

        static string Column(string[] row, int i) => row.Length > i ? row[i] : "-";

        return new ActorLexicons(
            Rows("organisations.txt").Select(r => new OrganisationEntry(
                r[0], Column(r, 1) is "-" or "" ? [] : Column(r, 1).Split('|'), Column(r, 2), Column(r, 3) is "-" ? null : Column(r, 3))),
            Rows("news-agencies.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))),
            Rows("actor-groups.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))),
            Rows("event-triggers.txt").Select(r => KeyValuePair.Create(r[0], (Column(r, 1), Column(r, 2)))),
            Rows("quantity-units.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))),
            Rows("reporting-verbs.txt").Select(r => r[0]),
            Rows("non-happening-cues.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))),
            Rows("event-triggers.txt").Where(r => Column(r, 3) == "actor").Select(r => r[0]),
            Rows("event-triggers.txt").Where(r => Column(r, 3) == "forces").Select(r => r[0]),
            Rows("event-types.tsv").Select(r => new Core.Events.EventType(r[0], Column(r, 4), Column(r, 5), Column(r, 6), Column(r, 1), Column(r, 2), Column(r, 3))),
            Rows("further-words.txt").Select(r => r[0]),
            Rows("support-abstract-objects.txt").Select(r => r[0]),
            Rows("investigator-nouns.txt").Select(r => r[0]),
            Rows("event-triggers.txt").Where(r => Column(r, 3) == "weapon").Select(r => r[0]),
            Rows("event-triggers.txt").Where(r => Column(r, 3) == "security").Select(r => r[0]),
            Rows("event-triggers.txt").Where(r => Column(r, 3) == "cargo").Select(r => r[0]),
            Rows("trigger-object-senses.txt").SelectMany(r => r[0].Split('|').SelectMany(form => Column(r, 1).Split('|').Select(o => (form, o, Column(r, 2))))),
            Rows("speaker-kinds.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))),
            Rows("sports-words.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))),
            Rows("forces-nouns.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))),
            Rows("event-triggers.txt").Where(r => Column(r, 3) == "alone").Select(r => r[0]),
            Rows("event-triggers.txt").Where(r => Column(r, 3) == "request").Select(r => r[0]),
            Rows("request-cues.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))),
            Rows("referring-descriptions.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))),
            Rows("stance-words.txt").Select(r => KeyValuePair.Create(r[0], Column(r, 1))));
    }

    private static IEnumerable<KeyValuePair<string, T>> Distinct<T>(IEnumerable<KeyValuePair<string, T>> pairs) =>
        pairs.GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(g => g.First());
}
