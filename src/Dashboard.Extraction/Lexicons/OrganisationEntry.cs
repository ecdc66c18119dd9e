namespace Dashboard.Extraction.Lexicons;

/// <summary>An organisation that acts in the news (lexicons/organisations.txt).</summary>
public sealed record OrganisationEntry(string Name, IReadOnlyList<string> Aliases, string Kind, string? Country);
