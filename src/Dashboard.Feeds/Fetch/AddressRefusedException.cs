namespace Dashboard.Feeds.Fetch;

/// <summary>Thrown inside the connection callback when a host resolves only to addresses a fetch may not reach.</summary>
internal sealed class AddressRefusedException(string host) : Exception($"{host} resolves to a loopback, link-local or private address")
{
    public string Host { get; } = host;
}
