using System.Text.Json;

namespace Dyad.Storage.Tests;

public class EventKeyTests
{
    // The stored location is written with source-generated JSON (a Native AOT build has no reflection serializer): it
    // is the text the reflection serializer wrote before, for every event of the sample articles with a place.
    [Fact]
    public void LocationJsonIsTheReflectionSerializersText()
    {
        var docs = StoreBehaviour.SampleDocs(8);
        int checkedOnes = 0;
        foreach (var d in docs)
        foreach (var e in d.Events)
        {
            if (e.Location is null) continue;
            Assert.Equal(JsonSerializer.Serialize(e.Location, e.Location.GetType()), EventKey.Location(e));
            checkedOnes++;
        }
        Assert.True(checkedOnes > 0);
    }
}
