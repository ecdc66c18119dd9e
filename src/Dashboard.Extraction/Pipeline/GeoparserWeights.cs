namespace Dashboard.Extraction.Pipeline;

/// <summary>
/// Every number the place recogniser and resolver decide with, named, in one place. The defaults were set by hand on
/// the GeoWebNews development benchmark (`eval-geo`; 200 articles) and checked on the demo articles: each was moved
/// only while recognition F1 and same-unit accuracy both held or rose; none is tuned for a particular article.
/// </summary>
public sealed record GeoparserWeights
{
    public static GeoparserWeights Default { get; } = new();

    // ---- recognition: how well known a town must be to count without a locative cue ("in", "near", "from")

    /// <summary>A city this large is taken even where other rules hesitate (a given name, part of a longer run): the
    /// smallest population at which a bare mention in GeoWebNews was a place in nearly every case.</summary>
    public long MajorCityPopulation { get; init; } = 1_000_000;

    /// <summary>A single-word town needs a cue below this: at 20k false alarms from surnames and brands fell off while
    /// the recall lost on GeoWebNews stayed under 1%.</summary>
    public long TownNeedsCuePopulation { get; init; } = 20_000;

    /// <summary>A multi-word town needs a cue below this (multi-word names are rarer as other words, so lower).</summary>
    public long MultiWordTownNeedsCuePopulation { get; init; } = 10_000;

    /// <summary>Below this, a multi-word name that is only an alternate name of a city needs a cue ("White House").</summary>
    public long AlternateNameCityPopulation { get; init; } = 100_000;

    /// <summary>A common English word ("Reading") is a place only after a cue and only for towns at least this large.</summary>
    public long CommonWordTownPopulation { get; init; } = 50_000;

    /// <summary>A given name ("Victoria") is a place without a cue only for towns at least this large.</summary>
    public long GivenNameTownPopulation { get; init; } = 100_000;

    /// <summary>Inside a longer capitalised run that is not itself a place, only towns this large count.</summary>
    public long InsideRunTownPopulation { get; init; } = 100_000;

    // ---- resolution: priors by kind, bonuses from the document, when to abstain

    /// <summary>Below this score the resolver names no place (the mention stays, unresolved); 0.3 kept GeoWebNews accuracy
    /// without dropping the small places the context clearly supports.</summary>
    public double AbstainBelow { get; init; } = 0.3;

    /// <summary>Bonus for an entry in a country the rest of the document is about (its context vote).</summary>
    public double ContextBonus { get; init; } = 0.5;

    /// <summary>Bonus for an entry in the country of a neighbouring mention (within <see cref="NeighbourWindow"/> mentions).</summary>
    public double NeighbourBonus { get; init; } = 0.1;

    public int NeighbourWindow { get; init; } = 8;

    /// <summary>Bonus for an entry inside the place a qualifier names ("Paris, Texas").</summary>
    public double QualifierBonus { get; init; } = 0.6;

    /// <summary>
    /// Bonus for a national capital when the name is used for a state acting ("Minsk denied…", "Warsaw summoned…") in a
    /// story that names that state elsewhere: a seat of government acts, a namesake town in a neighbouring country does
    /// not (Mińsk Mazowiecki near Warsaw). 0.3 outweighs the context bonus a neighbour's mentions give the namesake.
    /// </summary>
    public double MetonymyCapitalBonus { get; init; } = 0.3;

    /// <summary>Bonus for an entry of the same kind as names coordinated with it ("Lyon, Nantes and Lille").</summary>
    public double CoordinationBonus { get; init; } = 0.3;

    /// <summary>How many candidates are kept with their scores for correction.</summary>
    public int MaxCandidates { get; init; } = 6;

    /// <summary>A name's own spelling is slightly preferred to an alternate one (a penalty would hurt exonyms: "Kiev").</summary>
    public double PrimaryNameBonus { get; init; } = 0.05;

    public double CountryPrior { get; init; } = 0.95;

    public double RegionPrior { get; init; } = 0.9;

    public double AdminPrior { get; init; } = 0.45;

    /// <summary>Counties and districts, a little below first-level regions.</summary>
    public double CountyPrior { get; init; } = 0.40;

    /// <summary>Weight of log10(population)/7 for admin regions and counties.</summary>
    public double AdminPopulationWeight { get; init; } = 0.1;

    public double CityPrior { get; init; } = 0.2;

    /// <summary>Weight of log10(population)/7 for cities: a city of 10 million gets +0.5.</summary>
    public double CityPopulationWeight { get; init; } = 0.5;

    public double CapitalBonus { get; init; } = 0.15;

    public double AdminSeatBonus { get; init; } = 0.05;

    /// <summary>Curated features and seats of government outrank towns named after them.</summary>
    public double LandmarkPrior { get; init; } = 1.05;

    /// <summary>An airport named with "Airport"; otherwise <see cref="AirportPrior"/>.</summary>
    public double NamedAirportPrior { get; init; } = 0.9;

    public double AirportPrior { get; init; } = 0.1;

    /// <summary>A region a postal abbreviation stands for ("Salem, OR"), before context.</summary>
    public double PostalRegionPrior { get; init; } = 0.6;

    /// <summary>Each country of a people form shared by several ("Koreans") scores 1/n, but at least this.</summary>
    public double SharedDemonymFloor { get; init; } = 0.5;

    /// <summary>A region adjective ("Central Asian") for its region.</summary>
    public double RegionAdjectiveScore { get; init; } = 0.9;

    /// <summary>A language ("in Farsi") for the country it is named after: weaker than a demonym.</summary>
    public double LanguageCountryScore { get; init; } = 0.8;

    /// <summary>A border whose line lies between both countries; <see cref="PartialBorderConfidence"/> when only one side is known.</summary>
    public double BorderConfidence { get; init; } = 0.9;

    public double PartialBorderConfidence { get; init; } = 0.7;

    /// <summary>A landmark placed by the city it is said to be in ("the stadium in Lyon"): the city's confidence times this.</summary>
    public double LandmarkByContainerFactor { get; init; } = 0.8;

    /// <summary>A landmark placed by the name inside it ("Orange County"): rougher, so lower.</summary>
    public double LandmarkByInnerNameFactor { get; init; } = 0.6;

    /// <summary>The margin over the runner-up at which a choice is fully confident.</summary>
    public double DecisiveMargin { get; init; } = 0.3;
}
