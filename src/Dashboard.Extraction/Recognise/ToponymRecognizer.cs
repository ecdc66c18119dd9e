using Dashboard.Core.Documents;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Extraction.Lexicons;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// Stage 2: finds every span that names a place. Capitalised runs are matched against the gazetteer, longest first;
/// lexicons and context decide whether a match is a place, a person, part of an organisation's name, a demonym or a
/// metonym. Border phrases are added on top of the country names they contain.
/// </summary>
public sealed class ToponymRecognizer
{
    private const int MaxNameTokens = 6;

    private readonly GeoGazetteer _gazetteer;
    private readonly LexiconSet _lexicons;
    private readonly RegionAdjectives _regionAdjectives;

    public ToponymRecognizer(GeoGazetteer gazetteer, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lexicons);
        _gazetteer = gazetteer;
        _lexicons = lexicons;
        _regionAdjectives = new RegionAdjectives(gazetteer);
    }

    public IReadOnlyList<PlaceMention> Recognise(PreparedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<PlaceMention>();
        foreach (var passage in document.Passages)
        {
            if (passage.Kind is PassageKind.Boilerplate or PassageKind.Byline)
            {
                continue;
            }

            var tokens = Tokenizer.Tokenize(document.Text, passage.Span.Start, passage.Span.End);
            var found = new List<PlaceMention>();
            new PassageScan(this, document.Text, passage.Id, tokens, found).Run();
            mentions.AddRange(found);
            mentions.AddRange(BorderPhrases.Find(document.Text, passage.Id, found, _gazetteer));
        }

        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return mentions;
    }

    /// <summary>What a span can be taken for, before context is considered.</summary>
    private enum MatchKind
    {
        None,
        Place,
        Demonym,
        Language,
    }

    /// <summary>The scan of one passage; holds the cursor state so that the rules read as small methods.</summary>
    private sealed class PassageScan(ToponymRecognizer owner, string text, string passageId, List<Token> tokens, List<PlaceMention> output)
    {
        private readonly GeoGazetteer _gazetteer = owner._gazetteer;
        private readonly LexiconSet _lex = owner._lexicons;

        public void Run()
        {
            var i = 0;
            while (i < tokens.Count)
            {
                var t = tokens[i];
                if (!t.IsWord)
                {
                    i++;
                    continue;
                }

                if (!t.Capitalised)
                {
                    i = TryModifiedName(i);
                    continue;
                }

                var runEnd = RunEnd(i);
                ScanRun(i, runEnd);
                i = runEnd;
            }
        }

        /// <summary>"eastern Europe", "former Soviet Union": a lower-case modifier that is part of a known name.</summary>
        private int TryModifiedName(int i)
        {
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Capitalised && _lex.DirectionalModifiers.Contains(Word(i)))
            {
                var runEnd = RunEnd(i + 1);
                var (length, kind) = LongestMatch(i, runEnd);
                if (length >= 2 && kind == MatchKind.Place)
                {
                    Emit(i, i + length, literal: !IsActorContext(i, i + length), MentionCue.Name);
                    if (i + length < runEnd)
                    {
                        ScanRun(i + length, runEnd);
                    }

                    return runEnd;
                }
            }

            return i + 1;
        }

        /// <summary>The end (exclusive) of the capitalised run starting at <paramref name="i"/>.</summary>
        private int RunEnd(int i)
        {
            var j = i + 1;
            while (j < tokens.Count)
            {
                var t = tokens[j];
                if (t.IsWord && t.Capitalised && t.Start - tokens[j - 1].End <= 1)
                {
                    j++;
                }
                else if (t.IsWord && ContextWords.Connectors.Contains(Word(j)) && j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].Capitalised)
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        private void ScanRun(int start, int end)
        {
            // Leading function words ("The", "But") are never part of a name.
            while (start < end && _lex.Stopwords.Contains(Word(start)) && LongestMatch(start, end).Length <= 1)
            {
                start++;
            }

            if (start >= end)
            {
                return;
            }

            var organisation = IsOrganisation(start, end);
            var whole = LongestMatch(start, end);
            if (!organisation && whole.Length < end - start && _lex.PlaceHeads.ContainsKey(Word(end - 1)))
            {
                // "Republic Square", "Mississippi River": a named feature the gazetteer may lack.
                Emit(start, end, literal: true, MentionCue.Landmark);
                return;
            }

            var j = start;
            while (j < end)
            {
                if (IsTitle(j, end, out var titleLength))
                {
                    // "President Vladimir Putin", "Foreign Minister Wang Yi": what follows a title is a person.
                    return;
                }

                var (length, kind) = LongestMatch(j, end);
                if (length == 0)
                {
                    if (j == start && IsPersonName(j, end))
                    {
                        return;
                    }

                    j++;
                    continue;
                }

                var multiWordRun = end - start > 1;
                if (kind == MatchKind.Place && !Accept(j, length, multiWordRun, end))
                {
                    j += length;
                    continue;
                }

                var cue = kind switch
                {
                    MatchKind.Demonym => MentionCue.Demonym,
                    MatchKind.Language => MentionCue.Language,
                    _ => organisation ? MentionCue.Embedded : MentionCue.Name,
                };
                var literal = cue switch
                {
                    MentionCue.Demonym or MentionCue.Language => !organisation && LocatesSomething(j + length),
                    MentionCue.Embedded => false,
                    _ => !IsActorContext(j, j + length),
                };
                if (cue == MentionCue.Name && !literal)
                {
                    cue = MentionCue.Metonymy;
                }

                Emit(j, j + length, literal, cue);
                j += length;
            }
        }

        private bool Accept(int j, int length, bool multiWordRun, int runEnd)
        {
            var surface = Slice(j, j + length);
            var refs = _gazetteer.Refs(surface);
            var best = Strongest(refs);
            if (length > 1)
            {
                return true;
            }

            var word = Word(j);
            if (_lex.Stopwords.Contains(word))
            {
                return false;
            }

            var major = best.Kind is PlaceKind.Country or PlaceKind.Region || (best.Kind == PlaceKind.Admin && best.Population > 500_000)
                || (best.Kind == PlaceKind.City && best.Population >= 1_000_000);
            if (major)
            {
                // A country or big city name still reads as a person when a given name precedes it ("Jordan" after "Michael").
                return !(j > 0 && tokens[j - 1].IsWord && tokens[j - 1].Capitalised && _lex.GivenNames.Contains(Word(j - 1)) && !IsKnown(j - 1));
            }

            if (_lex.CommonWords.Contains(word) || _lex.GivenNames.Contains(word))
            {
                return false;
            }

            if (multiWordRun && j + length < runEnd && tokens[j + length].Capitalised)
            {
                // Inside a longer run that is not itself a place ("Wang Yi", "Marigny Plantation"): only strong names count.
                return best.Population >= 100_000;
            }

            if (best.Population < 20_000 && !HasLocativeCue(j))
            {
                return false;
            }

            return true;
        }

        private (PlaceKind Kind, long Population) Strongest(ReadOnlySpan<EntryRef> refs)
        {
            var kind = PlaceKind.Other;
            long population = 0;
            foreach (var r in refs)
            {
                switch (r.Table)
                {
                    case PlaceKind.Country or PlaceKind.Region:
                        return (r.Table, long.MaxValue);
                    case PlaceKind.Admin:
                        var admin = _gazetteer.Admins[r.Index];
                        if (kind != PlaceKind.Admin || admin.Population > population)
                        {
                            (kind, population) = (PlaceKind.Admin, Math.Max(population, admin.Population));
                        }

                        break;
                    case PlaceKind.City:
                        var place = _gazetteer.Places[r.Index];
                        if (place.Population > population)
                        {
                            (kind, population) = (kind == PlaceKind.Admin ? PlaceKind.Admin : PlaceKind.City, place.Population);
                        }

                        break;
                    default:
                        if (kind == PlaceKind.Other)
                        {
                            kind = r.Table;
                        }

                        break;
                }
            }

            return (kind, population);
        }

        private bool HasLocativeCue(int j)
        {
            if (j > 0 && tokens[j - 1].IsWord && ContextWords.Locative.Contains(Word(j - 1)))
            {
                return true;
            }

            // "Springfield, Illinois" / "Paris, Texas": a known name follows after a comma.
            return j + 2 < tokens.Count && text[tokens[j + 1].Start] == ',' && tokens[j + 2].Capitalised && IsKnown(j + 2);
        }

        private bool IsKnown(int j) => LongestMatch(j, Math.Min(tokens.Count, j + MaxNameTokens)).Length > 0;

        private bool IsOrganisation(int start, int end)
        {
            if (end - start < 2)
            {
                return false;
            }

            if (_lex.OrganisationHeads.ContainsKey(Word(end - 1)))
            {
                return true;
            }

            for (var j = start; j < end - 1; j++)
            {
                if (_lex.OrganisationHeads.ContainsKey(Word(j)) && Word(j + 1) == "of")
                {
                    return true; // "Ministry of Defence", "University of Texas"
                }
            }

            return false;
        }

        private bool IsTitle(int j, int end, out int length)
        {
            for (length = Math.Min(3, end - j); length >= 1; length--)
            {
                if (_lex.PersonTitles.Contains(Slice(j, j + length).TrimEnd('.')))
                {
                    return j + length < end || (j + length < tokens.Count && tokens[j + length].IsWord && tokens[j + length].Capitalised);
                }
            }

            length = 0;
            return false;
        }

        private bool IsPersonName(int j, int end) =>
            end - j >= 2 && _lex.GivenNames.Contains(Word(j)) && LongestMatch(j, end).Length < end - j;

        /// <summary>Whether the name is the subject of an actor's verb ("Moscow has tolerated", "Beijing urged").</summary>
        private bool IsActorContext(int start, int end)
        {
            var next = end;
            if (next < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] is '\'' or '’')
            {
                return false; // "Russia's border": possessive of a place
            }

            if (start > 0 && tokens[start - 1].IsWord && ContextWords.Locative.Contains(Word(start - 1)))
            {
                return false;
            }

            return next < tokens.Count && tokens[next].IsWord && ContextWords.ActorVerbs.Contains(Word(next));
        }

        /// <summary>"Kazakh cities", "Russian soil": an adjective of a country that locates the noun after it.</summary>
        private bool LocatesSomething(int next) =>
            next < tokens.Count && tokens[next].IsWord && ContextWords.LocatingNouns.Contains(Word(next));

        /// <summary>The longest span from <paramref name="j"/> (at most to <paramref name="end"/>) that is a known name.</summary>
        private (int Length, MatchKind Kind) LongestMatch(int j, int end)
        {
            for (var n = Math.Min(MaxNameTokens, end - j); n >= 1; n--)
            {
                if (!tokens[j + n - 1].IsWord)
                {
                    continue;
                }

                var surface = Slice(j, j + n);
                if (_gazetteer.IsKnownName(surface))
                {
                    if (n == 1 && _gazetteer.CountryByDemonym(surface) is not null)
                    {
                        return (1, MatchKind.Demonym);
                    }

                    return (n, MatchKind.Place);
                }

                if (_gazetteer.CountryByDemonym(surface) is not null || _lex.DemonymPlurals.ContainsKey(surface) || owner._regionAdjectives.Contains(surface))
                {
                    return (n, MatchKind.Demonym);
                }

                if (n == 1 && _lex.Languages.ContainsKey(surface))
                {
                    return (1, MatchKind.Language);
                }
            }

            return (0, MatchKind.None);
        }

        private void Emit(int start, int end, bool literal, MentionCue cue)
        {
            var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
            output.Add(new PlaceMention(span, span.Slice(text), literal, cue, passageId));
        }

        private string Slice(int start, int end) => text[tokens[start].Start..tokens[end - 1].End];

        private string Word(int j) => text[tokens[j].Start..tokens[j].End];
    }
}
