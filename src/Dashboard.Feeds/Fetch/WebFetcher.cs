using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Dashboard.Core.Results;

namespace Dashboard.Feeds.Fetch;

/// <summary>
/// Fetches pages and feeds safely. Every connection, on every redirect hop, is checked where it is made: a host that
/// resolves to a loopback, link-local or private address is refused unless <see cref="FetchOptions.AllowPrivateNetworks"/>
/// (checking at connect time, not only the first URL, also defeats a redirect or a DNS answer that points inwards).
/// Redirects are followed by hand (at most <see cref="FetchOptions.MaxRedirects"/>), the whole fetch has one deadline,
/// the body is counted after decompression, and robots.txt is honoured unless turned off. Expected failures come back
/// as one-line messages; nothing is thrown for a bad address, a bad server or a slow one.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private const int RobotsCacheSize = 256;
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private static readonly TimeSpan RobotsLifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan RobotsFailureLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset Until)> _robots = new(StringComparer.OrdinalIgnoreCase);

    public WebFetcher(FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // A proxy would connect to the target itself, past the address check below: never use one.
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    public FetchOptions Options => _options;

    /// <summary>
    /// Whether a failed fetch is worth retrying soon: a timeout, a connection that failed, or a server error (5xx), as
    /// opposed to a refusal, a missing page or content of the wrong kind.
    /// </summary>
    public static bool IsTransient(Result<FetchedResource> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.IsSuccess && (result.Error!.Contains("(timed out)", StringComparison.Ordinal)
            || result.Error.Contains(": could not reach ", StringComparison.Ordinal)
            || result.Error.Contains(" answered 5", StringComparison.Ordinal)
            || result.Error.Contains(" answered 429", StringComparison.Ordinal));
    }

    /// <summary>Fetches <paramref name="uri"/>: the resource, or why not.</summary>
    /// <param name="honourRobots">False for one's own feeds: robots.txt is then not read (it is read only when the options also say so).</param>
    public async Task<Result<FetchedResource>> FetchAsync(
        Uri uri, FetchKind kind, ConditionalRequest? conditional = null, bool honourRobots = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https"))
        {
            return Result<FetchedResource>.Failure($"{uri}: not an http or https address.");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        try
        {
            if (_options.HonourRobots && honourRobots && kind != FetchKind.Robots)
            {
                var rules = await RobotsFor(uri, deadline.Token).ConfigureAwait(false);
                if (!rules.Allows(uri.PathAndQuery))
                {
                    return Result<FetchedResource>.Failure($"{uri}: the site's robots.txt does not allow this address to be fetched (turn robots.txt off for your own feeds).");
                }
            }

            return await FetchFollowingRedirects(uri, kind, conditional ?? ConditionalRequest.None, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result<FetchedResource>.Failure($"{uri}: no answer within {_options.Timeout.TotalSeconds:0.#} s (timed out).");
        }
        catch (HttpRequestException e) when (Refusal(e) is { } refused)
        {
            return Result<FetchedResource>.Failure($"{uri}: refused: {refused.Message}; such addresses are fetched only in local mode or with Dashboard:Fetch:AllowPrivateNetworks.");
        }
        catch (HttpRequestException e)
        {
            return Result<FetchedResource>.Failure($"{uri}: could not reach {uri.Host}: {Reason(e)}.");
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // The answer broke off, or its compression is corrupt.
            return Result<FetchedResource>.Failure($"{uri}: the answer could not be read ({e.Message.TrimEnd('.')}).");
        }
    }

    private async Task<Result<FetchedResource>> FetchFollowingRedirects(Uri uri, FetchKind kind, ConditionalRequest conditional, CancellationToken token)
    {
        var current = uri;
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.Accept.ParseAdd(kind switch
            {
                FetchKind.Feed => "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5",
                FetchKind.Robots => "text/plain",
                _ => "text/html, application/xhtml+xml, text/plain;q=0.9",
            });
            if (conditional.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (conditional.LastModified is { } since)
            {
                request.Headers.IfModifiedSince = since;
            }

            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (response.Headers.Location is not { } location)
                {
                    return Result<FetchedResource>.Failure($"{current}: the server answered {status} (a redirect) without saying where to.");
                }

                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (next.Scheme is not ("http" or "https"))
                {
                    return Result<FetchedResource>.Failure($"{current}: redirected to {next}, which is not an http or https address.");
                }

                if (hop >= _options.MaxRedirects)
                {
                    return Result<FetchedResource>.Failure($"{uri}: more than {_options.MaxRedirects} redirects (a redirect loop?); stopped at {next}.");
                }

                current = next;
                continue;
            }

            var etagOut = response.Headers.ETag?.ToString();
            var lastModified = response.Content.Headers.LastModified;
            if (status == 304)
            {
                return Result<FetchedResource>.Success(new FetchedResource(current, string.Empty, null, [], etagOut ?? conditional.ETag, lastModified ?? conditional.LastModified, true));
            }

            if (status >= 400)
            {
                return Result<FetchedResource>.Failure($"{current}: the server answered {status} {response.ReasonPhrase}.");
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? string.Empty;
            if (!Accepts(kind, mediaType))
            {
                return Result<FetchedResource>.Failure($"{current}: the content is {(mediaType.Length == 0 ? "of no declared type" : mediaType)}, not {(kind == FetchKind.Feed ? "a feed" : "HTML or text")}.");
            }

            if (response.Content.Headers.ContentLength is { } declared && declared > _options.MaxBytes && response.Content.Headers.ContentEncoding.Count == 0)
            {
                return Result<FetchedResource>.Failure($"{current}: {declared / 1024:N0} KB is more than the limit of {_options.MaxBytes / 1024:N0} KB.");
            }

            var body = await ReadCapped(response.Content, token).ConfigureAwait(false);
            if (body is null)
            {
                return Result<FetchedResource>.Failure($"{current}: the content is larger than the limit of {_options.MaxBytes / 1024:N0} KB (counted after decompression).");
            }

            return Result<FetchedResource>.Success(new FetchedResource(current, mediaType, response.Content.Headers.ContentType?.CharSet, body, etagOut, lastModified, false));
        }
    }

    private async Task<byte[]?> ReadCapped(HttpContent content, CancellationToken token)
    {
        var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static bool Accepts(FetchKind kind, string mediaType) => kind switch
    {
        FetchKind.Page => mediaType is "text/html" or "application/xhtml+xml" or "text/plain",
        FetchKind.Robots => true,
        // Feeds are often served with a generic type; the parser decides.
        _ => mediaType.Length == 0 || mediaType.Contains("xml", StringComparison.Ordinal) || mediaType.Contains("json", StringComparison.Ordinal)
            || mediaType is "text/plain" or "text/html",
    };

    private async Task<RobotsRules> RobotsFor(Uri uri, CancellationToken token)
    {
        var origin = uri.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(origin, out var known) && known.Until > DateTimeOffset.UtcNow)
        {
            return known.Rules;
        }

        Result<FetchedResource> fetched;
        try
        {
            fetched = await FetchFollowingRedirects(new Uri(origin + "/robots.txt"), FetchKind.Robots, ConditionalRequest.None, token).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (Refusal(e) is null)
        {
            // Unreachable; a refused address is not caught here, so the fetch reports the refusal itself.
            fetched = Result<FetchedResource>.Failure("unreachable");
        }

        // RFC 9309 §2.3.1: a missing robots.txt (4xx) allows everything; a server error or an unreachable one means
        // "assume complete disallow", kept only briefly; a rule set read is kept for a day (§2.4).
        var missing = !fetched.IsSuccess && fetched.Error!.Contains(" answered 4", StringComparison.Ordinal);
        var rules = fetched.IsSuccess
            ? RobotsRules.Parse(fetched.Value.Text(), RobotsRules.AgentToken(_options.UserAgent))
            : missing ? RobotsRules.AllowAll : RobotsRules.DisallowAll;
        if (_robots.Count >= RobotsCacheSize)
        {
            _robots.Clear(); // bounded: a long-running poller visits many hosts
        }

        _robots[origin] = (rules, DateTimeOffset.UtcNow + (fetched.IsSuccess || missing ? RobotsLifetime : RobotsFailureLifetime));
        return rules;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken token)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, token).ConfigureAwait(false);
        var allowed = _options.AllowPrivateNetworks ? addresses : [.. addresses.Where(a => !NetworkAddresses.IsPrivate(a))];
        if (allowed.Length == 0)
        {
            throw addresses.Length == 0 ? new SocketException((int)SocketError.HostNotFound) : new AddressRefusedException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, token).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static AddressRefusedException? Refusal(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static string Reason(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.HostNotFound or SocketError.NoData => "no such host",
                    SocketError.ConnectionRefused => "connection refused",
                    SocketError.TimedOut => "the connection timed out",
                    SocketError.NetworkUnreachable or SocketError.HostUnreachable => "the network or host is unreachable",
                    _ => socket.Message,
                };
            }
        }

        return e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "no such host",
            HttpRequestError.SecureConnectionError => "the secure connection failed",
            HttpRequestError.InvalidResponse => "the answer was not valid HTTP",
            HttpRequestError.ResponseEnded => "the server closed the connection",
            _ => e.Message.TrimEnd('.'),
        };
    }

    public void Dispose() => _client.Dispose();
}
