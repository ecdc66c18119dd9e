using System.Net;
using System.Net.Sockets;

namespace Dashboard.Feeds.Fetch;

/// <summary>Which addresses are the public internet, and which are this machine or a private network (refused in shared mode).</summary>
public static class NetworkAddresses
{
    /// <summary>
    /// Whether the address is loopback, link-local, private (RFC 1918, unique local IPv6), carrier-grade NAT, unspecified,
    /// multicast or reserved: anything a server-side request must not reach on behalf of a remote user.
    /// </summary>
    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,    // carrier-grade NAT 100.64.0.0/10
                169 => b[1] == 254,                 // link-local, cloud metadata
                172 => b[1] is >= 16 and <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2), // private; IETF protocol assignments; TEST-NET-1
                198 => b[1] is 18 or 19,            // benchmarking
                >= 224 => true,                     // multicast and reserved
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC // unique local fc00::/7
                || address.IsIPv6Teredo;
        }

        return true;
    }
}
