namespace Dashboard.Core.Events;

/// <summary>Whether the reported happening took place, goes on, is planned, offered or denied.</summary>
public enum EventStatus
{
    Happened,
    Ongoing,
    Planned,
    Offered,
    Denied,
}
