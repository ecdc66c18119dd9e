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
                192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2) || (b[1] == 88 && b[2] == 99), // private; IETF; TEST-NET-1; 6to4 relay
                198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100), // benchmarking; TEST-NET-2
                203 => b[1] == 0 && b[2] == 113,    // TEST-NET-3
                >= 224 => true,                     // multicast and reserved
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            // Forms that carry an IPv4 address inside are judged by it: NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16,
            // IPv4-compatible ::/96.
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
            {
                return IsPrivate(new IPAddress(b[12..16]));
            }

            if (b[0] == 0x20 && b[1] == 0x02)
            {
                return IsPrivate(new IPAddress(b[2..6]));
            }

            if (b[..12].All(x => x == 0))
            {
                return true; // ::/96 (IPv4-compatible, unspecified, loopback): never a public host
            }

            // Only global unicast (2000::/3) is public, minus Teredo and documentation (2001:db8::/32).
            return (b[0] & 0xE0) != 0x20 || address.IsIPv6Teredo || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8);
        }

        return true;
    }
}
