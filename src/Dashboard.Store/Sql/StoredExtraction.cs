using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Extraction.Pipeline;
using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Sql;

/// <summary>
/// The extraction as the stores keep it: JSON without the article text, which is stored once in its own column and put
/// back when the extraction is read.
/// </summary>
internal static class StoredExtraction
{
    public static string Write(ExtractionResult extraction)
    {
        var node = JsonSerializer.SerializeToNode(extraction, ExtractionSerializer.Options)!;
        node["document"]!.AsObject().Remove("text");
        return node.ToJsonString(ExtractionSerializer.Options);
    }

    public static ExtractionResult Read(string json, string text)
    {
        var node = JsonNode.Parse(json) ?? throw new JsonException("The stored extraction is empty.");
        if (node["document"] is not JsonObject document)
        {
            throw new JsonException("The stored extraction has no document.");
        }

        document["text"] = text;
        return node.Deserialize<ExtractionResult>(ExtractionSerializer.Options) ?? throw new JsonException("The stored extraction is empty.");
    }
}
