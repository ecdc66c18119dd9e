using System.Text;
using Dashboard.Core.Results;

namespace Dashboard.Cli.Commands;

/// <summary>Reads an article file as UTF-8 text, refusing what is missing, binary or not UTF-8.</summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Result<string> Read(string path)
    {
        if (!File.Exists(path))
        {
            return Result<string>.Failure("no such file.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<string>.Failure($"cannot be read ({e.Message}).");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return Result<string>.Failure("looks like a binary file (it contains NUL bytes), not text.");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return Result<string>.Success(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        }
        catch (DecoderFallbackException)
        {
            return Result<string>.Failure("is not valid UTF-8 text; convert it to UTF-8 first.");
        }
    }
}
