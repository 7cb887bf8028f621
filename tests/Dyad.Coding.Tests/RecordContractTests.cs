using System.Text.Json;
using Dyad.Coding.Records;

namespace Dyad.Coding.Tests;

/// <summary>The JSON Lines record contract: field names and types stay as documented in docs/event-record.md.</summary>
public sealed class RecordContractTests
{
    [Fact]
    public void RecordHasTheDocumentedFields()
    {
        var e = CoderRuleTests.Code("Morocco expelled two Algerian diplomats.").First();
        var json = JsonSerializer.Serialize(e, RecordJsonContext.Default.EventRecord);
        using var d = JsonDocument.Parse(json);
        var root = d.RootElement;
        string[] required = ["doc_id", "sentence_index", "sentence", "event_date", "date_basis", "source", "target", "cameo", "cameo_root",
            "plover_type", "plover_mode", "quad_class", "goldstein", "negated", "pattern", "location", "doc"];
        foreach (var f in required) Assert.True(root.TryGetProperty(f, out _), $"missing {f}");
        foreach (var f in (string[])["code", "country", "role", "text", "start", "end"]) Assert.True(root.GetProperty("source").TryGetProperty(f, out _), $"missing source.{f}");
        Assert.Equal(JsonValueKind.String, root.GetProperty("cameo").ValueKind);
        Assert.Equal(root.GetProperty("cameo").GetString()![..2], root.GetProperty("cameo_root").GetString());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("quad_class").ValueKind);
        Assert.Equal("2025-09-01", root.GetProperty("event_date").GetString());
        Assert.Equal("MAR", root.GetProperty("source").GetProperty("country").GetString());
        Assert.True(root.GetProperty("pattern").GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public void QuadClassAndGoldsteinFollowTheCode()
    {
        var e = CoderRuleTests.Code("Morocco expelled two Algerian diplomats.").First();
        Assert.Equal(e.Cameo[..2] switch { "01" or "02" or "03" or "04" or "05" => 1, "06" or "07" or "08" or "09" => 2, "10" or "11" or "12" or "13" or "14" => 3, _ => 4 }, e.QuadClass);
        Assert.True(e.Goldstein < 0);
    }
}
