using System.Text;
using Dashboard.Core.Results;

namespace Dashboard.Store.Ingest;

/// <summary>
/// Turns uploaded bytes into text, or says clearly why not: unsupported type, empty, too large, binary, or not in an
/// encoding it can be sure of (UTF-8, or UTF-16 with a byte-order mark). Text in a legacy code page is refused rather
/// than guessed, so no mis-decoded place names enter the store.
/// </summary>
public static class DocumentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Result<string> Decode(string fileName, byte[] content, IngestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!IngestLimits.Extensions.Contains(extension))
        {
            return Result<string>.Failure(
                $"{fileName}: unsupported file type '{(extension.Length == 0 ? "(none)" : extension)}'; use {string.Join(", ", IngestLimits.Extensions)}.");
        }

        if (content.LongLength > limits.MaxBytes)
        {
            return Result<string>.Failure($"{fileName}: {content.LongLength / 1024.0 / 1024.0:F1} MB is over the {limits.MaxBytes / 1024.0 / 1024.0:F1} MB limit.");
        }

        string text;
        try
        {
            text = content switch
            {
                [0xEF, 0xBB, 0xBF, ..] => StrictUtf8.GetString(content, 3, content.Length - 3),
                [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetString(content, 2, content.Length - 2),
                [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetString(content, 2, content.Length - 2),
                _ when Array.IndexOf(content, (byte)0) >= 0 => throw new InvalidDataException("binary"),
                _ => StrictUtf8.GetString(content),
            };
        }
        catch (InvalidDataException)
        {
            return Result<string>.Failure($"{fileName}: looks like a binary file (it contains NUL bytes), not text.");
        }
        catch (DecoderFallbackException)
        {
            return Result<string>.Failure($"{fileName}: is not UTF-8 text (perhaps Windows-1252 or Latin-1); save it as UTF-8 and add it again.");
        }

        if (text.Contains('\0', StringComparison.Ordinal) || text.Count(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')) > text.Length / 10 + 16)
        {
            return Result<string>.Failure($"{fileName}: looks like a binary file, not text.");
        }

        return string.IsNullOrWhiteSpace(text)
            ? Result<string>.Failure($"{fileName}: is empty.")
            : Result<string>.Success(text);
    }
}
