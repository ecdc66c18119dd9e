namespace Dashboard.Core.Documents;

/// <summary>The role of a passage in an article.</summary>
public enum PassageKind
{
    Title,
    Standfirst,
    Caption,
    Body,
    Byline,

    /// <summary>Syndication banners, prompts and other text that is not the article; never mined for facts.</summary>
    Boilerplate,
}
