namespace Dashboard.Core.Events;

/// <summary>What an actor is. News agencies are sources of claims, never the actors of events.</summary>
public enum ActorKind
{
    Country,
    Organisation,
    Person,
    Group,
    Agency,
}
