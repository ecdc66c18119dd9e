using System.Net;
using Dashboard.Feeds.Fetch;

namespace Dashboard.Feeds.Tests.Fetch;

public sealed class NetworkAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("64:ff9b::a9fe:a9fe", true)]
    [InlineData("2002:0a00:0001::1", true)]
    [InlineData("::7f00:1", true)]
    [InlineData("2001:db8::1", true)]
    [InlineData("203.0.113.5", true)]
    [InlineData("64:ff9b::808:808", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("93.184.216.34", false)]
    [InlineData("2001:4860:4860::8888", false)]
    public void IsPrivate_Address_Expected(string address, bool expected) =>
        Assert.Equal(expected, NetworkAddresses.IsPrivate(IPAddress.Parse(address)));
}
