using System.Text.RegularExpressions;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>One sentence's triggers turned into event drafts: which triggers tell a happening, and the draft each one gives.</summary>
public sealed partial class EventExtractor
{
    /// <summary>The events of a sentence whose triggers <see cref="Triggers"/> has found.</summary>
    /// <returns>The type of the earlier happening an opening "Following the protests," refers to, if any.</returns>
    private string? FromTriggers(
        string text,
        Passage passage,
        TextSpan sentence,
        bool lede,
        PassageFacts facts,
        Dictionary<string, string> groupRoles,
        List<EventDraft> earlier,
        List<(int Start, int Length)> words,
        List<(string Type, string Status, TextSpan Span)> triggers,
        List<EventDraft> output,
        int? newsYear,
        ref int sports,
        ref int labour)
    {
        for (var t = 0; t < triggers.Count; t++)
        {
            if (triggers[t].Type == "violence" && LabourStrikes.IsBare(text, triggers[t].Span))
            {
                labour = labour >= 0 ? labour : LabourStrikes.Named(text, lexicons.Actors.Triggers) ? 1 : 0;
                if (labour == 1)
                {
                    triggers[t] = triggers[t] with { Type = "protest" };
                }
            }
        }

        // (the document is read for sport only when a trigger could be play: "shot", "blast", "injuries")
        bool Play((string Type, string Status, TextSpan Span) t) =>
            t.Type is "violence" or "casualties" && SportsReports.IsPlay(text.AsSpan(t.Span.Start, t.Span.Length), lexicons.Actors.SportsWords);
        if (triggers.Exists(Play))
        {
            sports = sports >= 0 ? sports : SportsReports.Is(text, lexicons.Actors.SportsWords) ? 1 : 0;
            if (sports == 1)
            {
                triggers.RemoveAll(Play);
            }
        }

        // "the 2016 election": a happening named by its year is background; a word of saying inside a quotation is the
        // quoted speaker's, not a speech act the article reports.
        triggers.RemoveAll(t => HappeningMentions.NamedByYear(text, sentence, t.Span, newsYear)
            || t.Type == "statement" && HappeningMentions.InsideQuotation(text, sentence, t.Span.Start));
        // "Following the protests, police detained…": the definite noun refers back to a happening already reported,
        // so it is not a new event; it dates the sentence instead. Without such a happening ("After the troops
        // withdrew, …") the opening is an event of its own.
        string? anchor = null;
        if (Anchor().Match(text, sentence.Start, sentence.Length) is { Success: true } opening)
        {
            var span = TextSpan.FromLength(opening.Index, opening.Length);
            var referred = triggers.FindLast(t => span.Contains(t.Span)).Type;
            if (referred is not null && earlier.Exists(d => d.Type == referred))
            {
                anchor = referred;
                triggers.RemoveAll(t => span.Contains(t.Span));
            }
        }

        // "… following weeks of largely peaceful marches", "amid the unrest": a happening referred to in passing, told
        // (if at all) where it is the news.
        var stretch = text.AsSpan(sentence.Start, sentence.Length);
        if (stretch.ContainsAny(ReferenceWords))
        {
            foreach (var reference in Reference().EnumerateMatches(stretch))
            {
                var after = sentence.Start + reference.Index + reference.Length;
                if (EndsWithWord(text, sentence.Start, sentence.Start + reference.Index, "the"))
                {
                    continue; // "the following statement": an adjective, not a time
                }

                triggers.RemoveAll(t => t.Span.Start >= after && t.Span.Start - after <= 40 && IsLowerWords(text.AsSpan(after, t.Span.Start - after))
                    && EndsNounPhrase(text, t.Span.End, sentence.End)
                    // "after the troops withdrew": a subject, so a verb (but "anti-government protests" and "the group's
                    // mutiny" are modifiers)
                    && !facts.Actors.Exists(a => a.Span.Start >= after && a.Span.End <= t.Span.Start && text[a.Span.Start - 1] != '-' && !Possessive(text, a.Span.End)));
            }
        }

        // Questions, negated, hypothetical and conditional happenings are not events ("no one was hurt", "troops could
        // be sent", "if troops were sent"; non-happening-cues.txt), nor is a running story's header.
        if (triggers.Count > 0 && IsQuestion(text, sentence))
        {
            triggers.Clear();
        }

        if (triggers.Count > 0 && TopicHeader().Match(text, sentence.Start, Math.Min(sentence.Length, TopicHeaderReach)) is { Success: true } header)
        {
            // The header runs to its first full stop or "(all times local)"; an update run into the same sentence is news.
            var from = header.Index + header.Length;
            var end = text.AsSpan(from, sentence.End - from).IndexOfAny(HeaderEnds);
            var until = end < 0 ? sentence.End : from + end;
            triggers.RemoveAll(t => t.Span.Start < until);
        }

        // The offence a charge names and what a request or an offer asks for are no happenings of their own.
        TriggerRoles.RemoveDependents(text, sentence, triggers);
        var retells = TriggerRoles.RemoveReferences(text, sentence, triggers, type => earlier.Exists(d => d.Type == type));
        // "vowed to crush the unrest", "concerned by the violence", "condemned the attack": a definite noun a stance
        // governs names a happening already told, not a new one (the stance stays a speech act of its own)
        triggers.RemoveAll(t => t.Type is not ("statement" or "criticise" or "meeting") && earlier.Exists(d => d.Type == t.Type)
            && Stance(text, sentence, t.Span, triggers) is { Definite: true });
        if (text.AsSpan(sentence.Start, sentence.Length).IndexOfAny('"', '\u201C') >= 0)
        {
            // (both kinds of characterisation quote the speaker's word: most sentences have no quotation mark)
            var naming = lexicons.Actors.NamingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
            TextSpan? named = null;
            for (var k = triggers.Count - 1; k >= 0; k--)
            {
                var t = triggers[k];
                if (t.Type is not ("statement" or "criticise") && Characterisations.Characterises(text, sentence, t.Span, naming, HasType(earlier, t.Type)))
                {
                    triggers.RemoveAt(k);
                    named = t.Type == "violence" ? t.Span : named;
                }
            }

            // Naming something with a word of violence ("called the ruling “a judicial coup”", "called the raid “a
            // massacre”") is an accusation: the speaker criticises what is named (POLICY.md: criticise); "described the
            // rally as a “peaceful protest”" is no criticism.
            if (named is { } word && !triggers.Exists(t => t.Type == "criticise"))
            {
                var at = triggers.FindIndex(t => t.Span.Start > word.Start);
                triggers.Insert(at < 0 ? triggers.Count : at, ("criticise", "-", word));
            }
        }
        var protestEnd = triggers.Find(t => t.Type == "protest").Span.End; // (0 when none)
        // "Volunteers provide transport for patients": a clause in the simple present tells a habit, with its object
        // (its span, not its index: the requests below may remove triggers before it)
        TextSpan? habit = null;
        if (!lede && !Dated(facts.Dates, sentence))
        {
            for (var k = 0; k < triggers.Count && habit is null; k++)
            {
                habit = triggers[k].Type != "statement" && StandingClauses.Habitual(text, words, triggers[k].Span) ? triggers[k].Span : null;
            }
        }

        // "asked France to send troops", "appealed to Russia for protection" request support (POLICY.md: request_support);
        // "asked about the plan" asks none, and "called on both sides to show restraint" is an appeal, a statement.
        var requests = lexicons.Actors.RequestBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = triggers.Count - 1; k >= 0; k--)
        {
            var (_, _, span) = triggers[k];
            if (requests.Contains(text.AsSpan(span.Start, span.Length)) && !AsksForSupport(text, words, span))
            {
                if (text.AsSpan(span.Start, span.Length) is var form && (form.StartsWith("call", StringComparison.OrdinalIgnoreCase) || form.StartsWith("appeal", StringComparison.OrdinalIgnoreCase)))
                {
                    triggers[k] = ("statement", "-", span);
                }
                else
                {
                    triggers.RemoveAt(k);
                }
            }
        }

        // "requested an emergency meeting of the Security Council": asking for talks is an appeal (a statement), and the
        // talks have not been held
        for (var k = triggers.Count - 1; k >= 0; k--)
        {
            if (triggers[k].Type == "request_support" && triggers.FindIndex(t => t.Type == "meeting" && RequestedObject(text, triggers[k].Span, t.Span)) is var asked and >= 0)
            {
                triggers[k] = ("statement", "-", triggers[k].Span);
                triggers.RemoveAt(asked);
                k = Math.Min(k, triggers.Count);
            }
        }

        var habitual = habit is { } verb ? new TextSpan(verb.Start, CommaStretch(text, sentence, verb).End) : default;
        var toldHappening = triggers.Exists(t => t.Type != "statement");
        // "an armed attack on its vessels would invoke…": the supposed attack, and what it would bring about
        // (one pass: the first supposed happening and where its modal ends)
        var (supposedNoun, supposed) = (default(TextSpan), -1);
        foreach (var t in triggers)
        {
            if (HappeningMentions.SupposedModal(text, sentence, t.Span) is var modal and >= 0)
            {
                (supposedNoun, supposed) = (t.Span, modal);
                break;
            }
        }

        var conditional = stretch.Contains(" if ", StringComparison.Ordinal) || stretch.Contains(" unless ", StringComparison.Ordinal);
        // "the neighbours have traded accusations for years": background told over a stretch of years
        var background = lede ? default : LongRunning.Background(text, sentence);
        triggers.RemoveAll(t => background.Length > 0 && t.Type != "statement" && background.Contains(t.Span) || NotAHappening(text, sentence, t.Span) || conditional && t.Type != "statement" && HappeningMentions.ConditionalPlan(text, sentence, t.Span) || supposed >= 0 && (t.Span == supposedNoun || t.Span.Start >= supposed && t.Span.Start - supposed <= 8)
            || ResultLeaving(text, sentence, t.Span) || !WeaponAsNeeded(text, sentence, t.Span, t.Type) || HappeningMentions.AttributiveParticiple(text, sentence, t.Span) && (t.Type != "casualties" || earlier.Exists(d => d.Type == "casualties"))
            || t.Type == "offer_support" && SupportsAnAbstraction(text, sentence, t.Span)
            // "the claim said": the document quoted; "took to the streets to demand…": what the crowd wants
            || t.Type == "statement" && (SaidByDocument(text, words, t.Span) || PassiveSaying(text, words, t.Span) || PluralNounOpening(text, sentence, t.Span) || SayingWithoutContent(text, sentence, t.Span) || protestEnd > 0 && t.Span.Start >= protestEnd && EndsWithWord(text, sentence.Start, t.Span.Start, "to"))
            || StandingClauses.Describes(text, words, t.Span, lexicons.Actors.ReportingVerbs) || StandingClauses.ComparesCounts(text, words, t.Span)
            || habit is not null && t.Type != "statement" && habitual.Contains(t.Span));
        if (toldHappening && !triggers.Exists(t => t.Type != "statement"))
        {
            // "No one was injured, the military said": the saying attributes what the sentence tells, even when it tells
            // that nothing happened (POLICY.md: attribution is no statement); a modal told ("X should limit…, he said") is
            // the speaker's demand and stays
            var reporting = lexicons.Actors.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
            triggers.RemoveAll(t => t.Type == "statement" && reporting.Contains(text.AsSpan(t.Span.Start, t.Span.Length))
                && text.LastIndexOf(',', Math.Max(sentence.Start, t.Span.Start - 1), t.Span.Start - sentence.Start) is var comma && comma > sentence.Start
                && Negated(text.AsSpan(sentence.Start, comma - sentence.Start)));
        }

        // "launched a missile strike": a light verb of the fallback type is part of the happening its object names
        if (triggers.Count > 1 && triggers.Exists(t => t.Type is not ("statement" or "other")))
        {
            var light = lexicons.Actors.LightTriggers.GetAlternateLookup<ReadOnlySpan<char>>();
            triggers.RemoveAll(t => t.Type == "other" && light.Contains(text.AsSpan(t.Span.Start, t.Span.Length)));
        }

        if (triggers.Count == 0)
        {
            return anchor;
        }

        // A statement counts where nothing else happens in the sentence, or where a speech act of its own comes first
        // ("X denied sending troops", "Y defended the decision to send paratroopers"); a reporting verb beside a
        // happening only attributes it ("police said two men were arrested" is the arrest; reporting-verbs.txt).
        // One event per type, from its first trigger, unless a coordinated clause reports the same kind of happening
        // somewhere else ("deployed troops in Chad in 2015, and deployed troops in Mali last week").
        // A saying that announces what is to happen ("the minister said troops would be sent") is a statement as well as
        // the planned happening: an announcement, not attribution of a fact.
        var happens = triggers.Exists(t => t.Type is not "statement");
        var anySubstantive = retells || happens;
        // But a state or body that says it will send, move or give something ("NATO said it would send four jets", "Poland
        // said they would move 2,000 soldiers") pledges that happening; the pledge is the event.
        var announces = happens && triggers[0].Type == "statement"
            && !(triggers.TrueForAll(t => t.Type is "statement" or "deploy" or "withdraw" or "offer_support" or "transport" or "build_up" or "evacuate")
                && PledgedBySpeaker(text, words, triggers[0].Span))
            && (triggers.TrueForAll(t => t.Type is "statement" || Status(text, sentence, t) == EventStatus.Planned)
                || ReportsFuture(text, words, triggers));
        // The saying a statement is taken from: the first trigger, or the next saying where the ones before it have no
        // speaker ("The paper reported that in 2002 the speaker, Ana Lima, stated that…": Lima's statement).
        var firstSaying = 0;
        // "The United States said it stood with its ally and warned that…", "X said it had taken measures… and urged Manila
        // to…": a speech act of its own joined to an attributing "said" is the speaker's statement.
        var joinedSpeech = anySubstantive && triggers.Count > 1 && triggers[0].Type == "statement" && IsReportingVerb(text, triggers[0].Span)
            ? triggers.FindIndex(1, t => t.Type == "statement" && !IsReportingVerb(text, t.Span) && JoinedVerb(text, sentence, t.Span))
            : -1;
        for (var k = 0; k < triggers.Count; k++)
        {
            var trigger = triggers[k];
            var chosen = trigger.Type is not "statement" || k == firstSaying
                && (!anySubstantive || announces || !IsReportingVerb(text, trigger.Span) && !AnnouncesAHappening(text, trigger.Span, triggers))
                || k == joinedSpeech && !announces
                || k > firstSaying && OwnSpeechClause(text, sentence, trigger.Span, facts.Actors);
            if (!chosen)
            {
                continue;
            }

            // Where another clause of the sentence reports the same kind of happening, each clause's places and
            // amounts are its own.
            var scope = sentence;
            if (trigger.Type is not "statement" && triggers.Exists(o => o.Type == trigger.Type && o.Span != trigger.Span))
            {
                var clause = CoordinatedClause(text, sentence, trigger.Span);
                if (triggers.Exists(o => o.Type == trigger.Type && !clause.Contains(o.Span)))
                {
                    scope = clause;
                }
            }

            var ownSubject = false;
            if (output.Find(d => d.Type == trigger.Type) is { } told
                && (scope == sentence || EventPlaces.Places(text, facts.Places, facts.Dates, scope, trigger, facts.Dateline).Place is not { Choice: { } own }
                    || own.Id == told.Place?.Choice?.Id)
                && (scope == sentence || output.Exists(d => d.Type == trigger.Type && scope.Contains(d.Trigger))
                    || !(ownSubject = OwnSubject(text, scope, trigger.Span, facts.Actors, told.Actors))))
            {
                continue;
            }

            var (sources, targets) = Participants(facts.Actors, sentence, trigger.Span, trigger.Type == "statement" ? QuoteOpens(text, trigger.Span.End, sentence.End) : sentence.End);
            OwnClause(text, sentence, trigger.Span, facts.Actors, sources, targets);
            if (trigger.Type == "statement")
            {
                // "Rupert Murdoch's Star beat its rivals, the board said", "Trump's spokesman said": a person named as a
                // possessor before the saying is not its speaker
                bool Before((string Id, ActorKind Kind, TextSpan Span) a, string id) => a.Id == id && sentence.Contains(a.Span) && a.Span.End <= trigger.Span.Start;
                sources.RemoveAll(id => id.StartsWith("person:", StringComparison.Ordinal) && facts.Actors.Exists(a => Before(a, id))
                    && facts.Actors.TrueForAll(a => !Before(a, id) || Possessive(text, a.Span.End)));
            }

            if (ownSubject)
            {
                // the clause's own subject acts, not the actors of the happening told before it
                sources.RemoveAll(id => !facts.Actors.Exists(a => a.Id == id && scope.Contains(a.Span) && a.Span.End <= trigger.Span.Start));
            }

            var counterparts = trigger.Type == "meeting" ? Counterparts(text, sentence, trigger.Span, facts.Places, sources, targets) : [];
            if (trigger.Type is not ("statement" or "criticise"))
            {
                // (criticism is the speaker's own: "X said the move was unacceptable"); a request or an offer joined to the
                // saying by "and" is the speaker's own act ("Armenia said 49 soldiers had been killed and formally asked the
                // CSTO for help")
                if (trigger.Type is "request_support" or "offer_support" && Speakers.JoinedByAnd(text, sentence.Start, trigger.Span.Start))
                {
                    Speakers.KeepSpeakers(text, trigger.Span, triggers, lexicons.Actors.ReportingVerbs, facts.Actors, sentence, sources);
                }
                else
                {
                    var reporters = trigger.Type == "arrest" ? sources.FindAll(id => groupRoles.GetValueOrDefault(id) == "police") : null;
                    Speakers.RemoveReporters(text, trigger.Span, triggers, lexicons.Actors.ReportingVerbs, facts.Actors, sentence, sources);
                    if (sources.Count == 0 && reporters is not null)
                    {
                        // "Police said 640 people had been arrested": the police report the arrests they made
                        sources.AddRange(reporters);
                    }
                }

                if (trigger.Type is not "meeting" && Stance(text, sentence, trigger.Span, triggers) is { } stance)
                {
                    // "Germany condemned the attack": the critic is not the attacker (a meeting's parties take part)
                    Speakers.RemoveNamedOnlyBefore(stance.Word, trigger.Span, sentence, facts.Actors, sources);
                }

                if (trigger.Type == "violence" && sources.Count > 0
                    && triggers.FindLast(c => c.Type == "casualties" && c.Span.End <= trigger.Span.Start) is { Type: not null } harm
                    && Victims.Subject(text, sentence.Start, harm.Span))
                {
                    // "49 of its soldiers had been killed in fighting with Azerbaijan": who it befell did not fight
                    Speakers.RemoveNamedOnlyBefore(harm.Span, trigger.Span, sentence, facts.Actors, sources);
                }

                if (trigger.Type == "casualties" && sources.Count > 0 && Victims.Subject(text, sentence.Start, trigger.Span))
                {
                    // "49 of its soldiers had been killed", "two civilians died": the subject is who it befell (POLICY.md:
                    // targets), not who did it
                    targets.InsertRange(0, sources.Where(id => !targets.Contains(id)));
                    sources.Clear();
                }
            }

            if (trigger.Type == "criticise" && sources.Count > 1)
            {
                // "Mali said jihadists had attacked an army post and accused France…": the critic is the speaker, not the
                // groups of the clause the saying reports
                Speakers.KeepSpeakers(text, trigger.Span, triggers, lexicons.Actors.ReportingVerbs, facts.Actors, sentence, sources);
            }

            if (trigger.Type == "withdraw" && sources.Count > 0 && sources.TrueForAll(id => id.StartsWith("person:", StringComparison.Ordinal)))
            {
                continue; // "Lima's mistake was leaving a gun in the car": a person going or leaving something, no forces withdrawing
            }

            if (sources.Count == 0 && targets.Count == 0 && lexicons.Actors.ActorBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Span.Start, trigger.Span.Length))
                && !PersonalSubject(text, sentence, trigger.Span))
            {
                // "leaving a gun in the backpack", "Granted, he should…": a movement, an offer or a request is somebody's;
                // with nobody named or referred to ("they cordoned off") the word is not telling one.
                continue;
            }

            if (trigger.Type == "statement" && sources.Count == 0 && !PersonalSubject(text, sentence, trigger.Span)
                && !NamedSubject(text, sentence, trigger.Span, facts.Places) && !TitledSubject(text, sentence, trigger.Span))
            {
                // "The research has revealed…", "it is planned to…": a statement is somebody's (POLICY.md: a named or
                // specific actor); with nobody named, referred to by a pronoun or a title ("the minister warned"), or named
                // just before the verb, there is none.
                firstSaying = NextSaying(text, triggers, k);
                continue;
            }

            if (trigger.Type == "statement" && text.AsSpan(trigger.Span.Start, trigger.Span.Length).Equals("according to", StringComparison.OrdinalIgnoreCase)
                && !facts.Actors.Exists(a => a.Kind is not ActorKind.Group && a.Span.Start >= trigger.Span.End && a.Span.Start - trigger.Span.End <= SourceGap))
            {
                // "according to" names its source after it: the people named before it are what the sentence tells
                // about ("X has a degree in law, according to the network"), and a source that is no named person,
                // organisation or state only attributes (POLICY.md: attribution is no statement).
                firstSaying = NextSaying(text, triggers, k);
                continue;
            }

            if (trigger.Type == "statement" && (!SpecificSpeaker(text, sentence, trigger.Span, facts.Actors, facts.Places, groupRoles)
                || triggers.Exists(t => t.Type == "statement" && ToInvestigators(text, t.Span.End, sentence.End))))
            {
                // A statement is a public speech act by a named or specific speaker (a person, an organisation, a state):
                // "police said", "officials say", or a reporting verb with no speaker, only attribute what they tell; a
                // sentence that tells an account given to investigators ("says the suspect told police that…") is none.
                firstSaying = NextSaying(text, triggers, k);
                continue;
            }

            if (lexicons.Actors.ForcesBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Span.Start, trigger.Span.Length)))
            {
                // Forces seen rather than acting ("satellite images show Russian troops near the border", "troops were
                // spotted"): a build-up when armed forces are named in the sentence, and they (with their state) are the actors.
                // The forces must stand in the trigger's own stretch between commas: "reinforcing the partnership,
                // especially in military technology" strengthens ties, it moves no forces.
                // (armed groups take towns and overrun bases; what images show massing is an army's, and "fighters" seen on
                // video are as often boxers as rebels)
                bool Military(string id) => groupRoles.GetValueOrDefault(id) is var role && (role is "military" or "external_forces" || trigger.Type != "build_up" && role == "armed_group");
                var stretchOf = CommaStretch(text, sentence, trigger.Span);
                if ((!sources.Exists(Military) && !targets.Exists(Military)
                    || !facts.Actors.Exists(a => Military(a.Id) && stretchOf.Contains(a.Span)))
                    && !Equipment(text, stretchOf))
                {
                    continue;
                }

                sources.AddRange(targets.Where(t => !sources.Contains(t)));
                targets.Clear();
            }

            if (lexicons.Actors.SecurityBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Span.Start, trigger.Span.Length)))
            {
                // Arriving is a deployment only for forces or police ("troops arrived in Gao", "officers then arrived"):
                // crews, a delegation or a rider arriving are sent nowhere as forces (POLICY.md: deploy).
                var stretchOf = CommaStretch(text, sentence, trigger.Span);
                if (!facts.Actors.Exists(a => groupRoles.GetValueOrDefault(a.Id) is "military" or "external_forces" or "police" && stretchOf.Contains(a.Span)))
                {
                    continue;
                }
            }

            if (trigger.Type is "deploy" or "withdraw" && !ForcesNamed(text, sentence, trigger.Span, facts.Actors, groupRoles, sources, missions: trigger.Type == "withdraw")
                && !(ReferringSubject(text, sentence, trigger.Span) && ForcesNamed(text, Recent(sentence, trigger.Span), trigger.Span, facts.Actors, groupRoles, sources, missions: trigger.Type == "withdraw"))
                && !earlier.Exists(d => d.Type == trigger.Type)
                && !(trigger.Type == "withdraw" && sources.Exists(id => groupRoles.GetValueOrDefault(id) == "civilians")))
            {
                // POLICY.md: a deployment sends forces, police or military units, a withdrawal takes forces or missions back;
                // "convicts sent to prison", "dogs sent to Japan", "the Porsche invasion", "withdrew $1,273 from her account",
                // "the UK's departure from the European Union" move none. A pronoun, or "more", after forces named just before
                // is those forces ("Soldiers stood in Bamako. They had also cordoned off the palace", "More were sent"); a
                // sentence after a deployment already told may retell it ("the number sent would be about 1,000"), and
                // civilians leaving are evacuated (below).
                continue;
            }

            if (lexicons.Actors.CargoBoundTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Span.Start, trigger.Span.Length))
                && !CarriesCargo(text, sentence, trigger.Span, triggers, facts.Actors, groupRoles))
            {
                // Flights, shipments and transfers with nothing of a happening carried ("flights arrived at the airport",
                // "shipments grew 34%", "transfer pension obligations") are traffic and trade, no transport (POLICY.md).
                continue;
            }

            // Moving civilians ("buses to carry French nationals out of the city") is an evacuation; so is civilians
            // leaving ("thousands of residents were leaving the city", "organised the departure of 2,000 civilians") or
            // crossing ("more than 20,000 refugees crossed into the town"): forces withdraw and deploy, civilians get out of
            // danger (ACLED: displacement).
            // (the subject: the actor named last before the trigger in its sentence)
            string? SubjectRole() =>
                facts.Actors.FindLast(a => a.Span.End <= trigger.Span.Start && a.Span.Start >= sentence.Start) is { Id: { } subject }
                    ? groupRoles.GetValueOrDefault(subject) : null;
            var type = trigger.Type == "transport" && triggers.Exists(t => t.Type == "transport"
                    && (CarriesCivilians(text, facts.Actors, groupRoles, t.Span) || CarriesPeople(text, facts.Quantities, t.Span)))
                || trigger.Type == "withdraw" && (sources.Exists(id => groupRoles.GetValueOrDefault(id) == "civilians")
                    || CiviliansDeparting(text, facts.Actors, groupRoles, trigger.Span))
                || trigger.Type == "deploy" && SubjectRole() == "civilians"
                ? "evacuate" : trigger.Type;
            if (type == "transport" && sources.Count > 0 && sources.TrueForAll(id => id.StartsWith("person:", StringComparison.Ordinal))
                && !facts.Quantities.Exists(q => sentence.Contains(q.Span) && q.Span.Start >= trigger.Span.End))
            {
                continue; // "the force commander, Lt. Gen. Rafael Ortiz, flew to Lusoko": a person travelling is a visit, no transport
            }

            if (type == "evacuate" && Fleeing(text.AsSpan(trigger.Span.Start, trigger.Span.Length)) && SubjectRole() is "armed_group" or "military" or "external_forces")
            {
                // "the enemy fled, leaving behind dozens of bodies", "the gunmen escaped": a retreat, nobody got out of danger
                // (forces that evacuate people stay the evacuators: "soldiers evacuated 12,000 people")
                continue;
            }

            if (type == "transport" && HasType(output, "evacuate"))
            {
                continue; // "… leaving in convoys of buses": the convoy is how the evacuation is made
            }

            if (type == "protest")
            {
                // Protesters are crowds (ACLED's protesters, rioters, civilians), the opposition or supporters who
                // march, and political parties and movements: a state, leader, army or onlooker named near "protests"
                // ("sent police to break up protests", "the international community condemned the crackdown on
                // protests") does not protest.
                bool IsCrowd(string id) => groupRoles.GetValueOrDefault(id) is "protesters" or "civilians" or "organisation:political"
                    || id.StartsWith("group:opposition", StringComparison.Ordinal) || id.StartsWith("group:supporters", StringComparison.Ordinal);
                sources.RemoveAll(id => !IsCrowd(id));
                sources.AddRange(targets.Where(IsCrowd));
                targets.RemoveAll(IsCrowd);
                if (sources.Count == 0 && facts.Actors.FindLast(a => a.Span.End <= trigger.Span.Start && IsCrowd(a.Id)) is { Id: { } crowd })
                {
                    sources.Add(crowd); // "Thousands of dockworkers walked out. … The strike spread to Mongla.": the crowd named before
                }
            }

            if (type != trigger.Type && HasType(output, type))
            {
                continue;
            }

            var when = EventDates.DateOfType(text, scope, trigger, triggers, facts.Dates, facts.Dateline);
            // "… a militiaman was stabbed in Mashhad and that police had arrested dozens in Tehran": a coordinated clause
            // that names a place of its own keeps its places (amounts stay the sentence's: "24 civilians, 24 fighters,
            // and 25 militiamen were killed" is a list, not two clauses)
            var ownClause = scope;
            if (scope == sentence && SeveralPlaces(facts.Places, sentence) && CoordinatedClause(text, sentence, trigger.Span) is var coordinated && coordinated != sentence
                && facts.Places.Exists(p => p.Mention.Literal && coordinated.Contains(p.Mention.Span)))
            {
                ownClause = coordinated;
            }

            var (place, origin) = EventPlaces.Places(text, facts.Places, facts.Dates, ownClause, (type, trigger.Status, trigger.Span), facts.Dateline, lexicons.LocatingNouns, facts.FiledOnly);
            var fitting = EventUnits.Of(type);
            var amounts = new List<Quantity>();
            foreach (var q in facts.Quantities)
            {
                if (scope.Contains(q.Span) && fitting.Contains(q.Unit)
                    && !(lexicons.Actors.Triggers.TryGetValue(q.Noun, out var counted) && counted.Type != type)
                    && !CountedAmounts.ByAnother(text, q.Span, type, trigger.Span, triggers))
                {
                    // (an amount counted by another happening's participle, subject or object is not this one's: "…killed, and
                    // two were arrested", "Twenty people were killed at a protest")
                    amounts.Add(q);
                }
            }

            var status = Status(text, sentence, trigger);
            if (status == EventStatus.Denied)
            {
                continue; // "Moscow denied sending troops": no deployment; the denial is the statement
            }

            var implied = amounts.Count == 0 && type is "casualties" or "arrest"
                ? ImpliedCount.Of(text, scope, trigger.Span, facts.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Span), lexicons.Actors.SingularPeople, lexicons.Actors.ReportingVerbs)
                : null;
            output.Add(new EventDraft(type, status, sources, targets, place, origin, when, DateBasis.Stated, amounts, new Evidence(sentence, passage.Id))
            {
                Trigger = trigger.Span, Counterparts = counterparts, OwnSubject = ownSubject, Implied = implied,
            });
            if (type is "deploy" or "withdraw" or "transport" && place is not null)
            {
                // "sent troops to Mali and Niger": one movement per destination
                foreach (var further in EventPlaces.CoordinatedDestinations(text, facts.Places, scope, place))
                {
                    output.Add(new EventDraft(type, status, sources, targets, further, origin, when, DateBasis.Stated, amounts, new Evidence(sentence, passage.Id)));
                }
            }
        }

        return anchor;
    }

    /// <summary>"flee", "fled", "fleeing", "escape", "escaped": the leaving of those who are the subject.</summary>
    private static bool Fleeing(ReadOnlySpan<char> form) =>
        form.StartsWith("fle", StringComparison.OrdinalIgnoreCase) || form.StartsWith("escap", StringComparison.OrdinalIgnoreCase);
}
