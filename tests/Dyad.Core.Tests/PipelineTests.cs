using Dyad.Pipeline;

namespace Dyad.Core.Tests;

public sealed class PipelineTests
{
    [Fact]
    public void BuildRejectsAStageWhoseInputsAreMissing()
    {
        var b = new TextPipelineBuilder().Add(new TaggerStage(new Dyad.Tag.Tagger()));
        var ex = Assert.Throws<InvalidOperationException>(b.Build);
        Assert.Contains("tagger", ex.Message);
    }

    [Fact]
    public void SameInputGivesSameAnalysis()
    {
        const string text = "Ghana's president vowed to expand trade with Togo. Officials said talks would resume.";
        var a = TextPipeline.Default.Process(text);
        var b = TextPipeline.Default.Process(text);
        Assert.Equal(a.TokenCount, b.TokenCount);
        for (int i = 0; i < a.TokenCount; i++)
        {
            Assert.Equal(a.Tokens[i].Tag, b.Tokens[i].Tag);
            Assert.Equal(a.Tokens[i].Lemma, b.Tokens[i].Lemma);
            Assert.Equal(a.Tokens[i].Chunk, b.Tokens[i].Chunk);
        }
        Assert.Equal(a.ClauseCount, b.ClauseCount);
    }
}
