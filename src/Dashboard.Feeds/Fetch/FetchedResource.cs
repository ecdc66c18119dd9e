namespace Dashboard.Feeds.Fetch;

/// <summary>
/// What a fetch brought back: the final address after redirects, the media type and the body, or that the resource has
/// not changed since the validators sent (<see cref="NotModified"/>, no body). The validators to send next time come
/// with it.
/// </summary>
public sealed record FetchedResource(Uri FinalUri, string MediaType, string? Charset, byte[] Body, string? ETag, DateTimeOffset? LastModified, bool NotModified)
{
    static FetchedResource() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance); // windows-1252, koi8-r, shift_jis…

    /// <summary>The body as text, in the charset the server declared (UTF-8 where it declared none or an unknown one).</summary>
    public string Text()
    {
        var encoding = System.Text.Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(Charset))
        {
            try
            {
                encoding = System.Text.Encoding.GetEncoding(Charset.Trim('"', ' '));
            }
            catch (ArgumentException)
            {
                // an unknown charset name: UTF-8 is the web's default
            }
        }

        var text = encoding.GetString(Body);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text; // a byte-order mark is not content
    }
}
