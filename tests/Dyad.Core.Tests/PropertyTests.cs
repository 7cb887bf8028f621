using CsCheck;
using Dyad.Pipeline;
using Dyad.Text;
using Dyad.Tokenize;

namespace Dyad.Core.Tests;

/// <summary>
/// Property tests over generated text (news-like words mixed with random Unicode, punctuation, quotes,
/// digits, whitespace, control characters and lone or paired surrogates): the structural invariants of the
/// document model hold for every input, and the analysis is deterministic.
/// </summary>
public sealed class PropertyTests
{
    private const long Iterations = 1500;

    private static readonly string[] s_words =
    [
        "Pakistan", "'s", "army", "said", "U.S.", "Dr.", "Gen.", "n't", "don't", "officials'", "7,000", "3.5", "$", "5%",
        "F-16", "https://example.org/a?b=1", "www.un.org", "desk@example.org", "ISLAMABAD", "(Reuters)", "-", "--", "...",
        "a.m.", "Jan.", "No.", "vowed", "to", "upgrade", "by", "the", "and", "who", "that", "according", "was", "attacked",
        "'90s", "#tag", "e.g.", "Mr.", "\u201CWe", "won\u2019t", "rock\u2019n\u2019roll", "St.", "1990s", "10:30", "x,y",
    ];

    // Characters the tokenizer and splitter treat specially, plus whitespace and control characters.
    private const string Punctuation = ".,;:!?'\"\u201C\u201D\u2018\u2019`()[]{}\u00AB\u00BB\u201E\u2039\u203A\u00BF\u00A1$\u00A3\u20AC\u00A5#*\u2022\u00B7\u2014\u2013\u2026-%/@&_+=<>|\\~^";
    private const string Whitespace = " \t\n\r\n\n\u00A0\u2028\u2029\u200B\uFEFF\u2003\u3000\u202F\u205F\u000B\u000C";
    private const string Control = "\u0000\u0001\u0007\u001B\u001F\u007F\u0085\u0091\u009F";

    private static readonly Gen<string> s_piece = Gen.Frequency(
        (30, Gen.OneOf(s_words)),
        (20, Gen.Char['a', 'z'].Array[1, 8].Select(a => new string(a))),
        (5, Gen.Char['A', 'Z'].Array[1, 5].Select(a => new string(a))),
        (8, Gen.Char['0', '9'].Array[1, 6].Select(a => new string(a))),
        (25, Gen.Char[Punctuation].Select(c => c.ToString())),
        (30, Gen.Char[Whitespace].Select(c => c.ToString())),
        (5, Gen.Char[Control].Select(c => c.ToString())),
        (4, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),                            // lone surrogates
        (4, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),                        // valid pairs
        (6, Gen.Char.Select(c => c.ToString())),                                              // any UTF-16 unit
        (1, Gen.Char['a', 'e'].Array[250, 600].Select(a => new string(a))),                   // longer than a token may be
        (1, Gen.Const(string.Concat(Enumerable.Repeat("go , ", 90)))));                       // many tokens without a stop

    private static readonly Gen<string> s_text = Gen.Frequency(
        (8, s_piece.Array[0, 60].Select(string.Concat)),
        (2, s_piece.Array[0, 400].Select(string.Concat)));

    private static string Show(string s) =>
        "\"" + string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";

    [Fact]
    public void SpansLieInsideTheTextInOrderWithoutOverlap() =>
        s_text.Sample(text =>
        {
            var doc = TextPipeline.Default.Process(text);
            var tokens = doc.Tokens;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (!(tokens[i].Length > 0)) Assert.Fail($"token {i} is empty");
                Assert.InRange(tokens[i].Start, 0, text.Length - 1);
                Assert.InRange(tokens[i].End, 1, text.Length);
                if (i > 0 && tokens[i - 1].End > tokens[i].Start) Assert.Fail($"tokens {i - 1} and {i} overlap or are out of order");
            }
        }, iter: Iterations, print: Show);

    [Fact]
    public void EveryNonSpaceCharacterIsInExactlyOneToken() =>
        s_text.Sample(text =>
        {
            var doc = TextPipeline.Default.Process(text);
            var cover = new int[text.Length];
            foreach (ref readonly var t in doc.Tokens)
                for (int k = t.Start; k < t.End; k++) cover[k]++;
            for (int k = 0; k < text.Length; k++)
            {
                // Whitespace as the tokenizer defines it: Unicode spaces, zero-width space, BOM and control characters.
                int expected = Tokenizer.IsSpace(text[k]) ? 0 : 1;
                if (!(cover[k] == expected)) Assert.Fail($"char {k} (U+{(int)text[k]:X4}) is in {cover[k]} tokens, expected {expected}");
            }
        }, iter: Iterations, print: Show);

    [Fact]
    public void SentencesCoverTheTokensContiguously() =>
        s_text.Sample(text => AssertSentences(TextPipeline.Default.Process(text)), iter: Iterations, print: Show);

    [Fact]
    public void PhrasesLieInsideTheirSentence() =>
        s_text.Sample(text => AssertPhrases(TextPipeline.Default.Process(text)), iter: Iterations, print: Show);

    [Fact]
    public void ClauseIndicesAreValid() =>
        s_text.Sample(text => AssertClauses(TextPipeline.Default.Process(text)), iter: Iterations, print: Show);

    [Fact]
    public void SameInputGivesSameAnalysis() =>
        s_text.Sample(text =>
        {
            var a = TextPipeline.Default.Process(text);
            var b = TextPipeline.Default.Process(text);
            Assert.Equal(a.Tokens.ToArray(), b.Tokens.ToArray());
            Assert.Equal(a.Sentences.ToArray(), b.Sentences.ToArray());
            Assert.Equal(a.Phrases.ToArray(), b.Phrases.ToArray());
            Assert.Equal(a.Clauses.ToArray(), b.Clauses.ToArray());
        }, iter: Iterations / 3, print: Show);

    /// <summary>Every structural invariant at once; the robustness tests use it on their inputs.</summary>
    internal static void AssertWellFormed(Document doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!(tokens[i].Length > 0 && tokens[i].Start >= 0 && tokens[i].End <= doc.Text.Length)) Assert.Fail($"token {i} outside the text");
            if (i > 0 && tokens[i - 1].End > tokens[i].Start) Assert.Fail($"tokens {i - 1} and {i} overlap or are out of order");
        }
        AssertSentences(doc);
        AssertPhrases(doc);
        AssertClauses(doc);
    }

    private static void AssertSentences(Document doc)
    {
        var sentences = doc.Sentences;
        int max = new SentenceSplitter().MaxSentenceTokens;
        if (doc.TokenCount == 0)
        {
            Assert.Equal(0, doc.SentenceCount);
            return;
        }
        Assert.NotEqual(0, doc.SentenceCount);
        int next = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            ref readonly var sd = ref sentences[s];
            if (!(sd.FirstToken == next)) Assert.Fail($"sentence {s} starts at token {sd.FirstToken}, expected {next}");
            if (!(sd.EndToken > sd.FirstToken)) Assert.Fail($"sentence {s} is empty");
            if (!(sd.EndToken - sd.FirstToken <= max)) Assert.Fail($"sentence {s} has {sd.EndToken - sd.FirstToken} tokens, more than {max}");
            if (sd.End - sd.Start > TextLimits.Default.MaxSentenceChars) Assert.Fail($"sentence {s} has {sd.End - sd.Start} characters, more than {TextLimits.Default.MaxSentenceChars}");
            Assert.Equal(doc.Tokens[sd.FirstToken].Start, sd.Start);
            Assert.Equal(doc.Tokens[sd.EndToken - 1].End, sd.End);
            next = sd.EndToken;
        }
        Assert.Equal(doc.TokenCount, next);
    }

    private static void AssertPhrases(Document doc)
    {
        var sentences = doc.Sentences;
        int next = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            ref readonly var sd = ref sentences[s];
            if (!(sd.FirstPhrase == next)) Assert.Fail($"sentence {s} phrases start at {sd.FirstPhrase}, expected {next}");
            if (!(sd.EndPhrase >= sd.FirstPhrase)) Assert.Fail($"sentence {s} has a negative phrase range");
            for (int p = sd.FirstPhrase; p < sd.EndPhrase; p++)
            {
                ref readonly var q = ref doc.PhraseRef(p);
                if (!(q.FirstToken >= sd.FirstToken && q.EndToken <= sd.EndToken && q.FirstToken < q.EndToken)) Assert.Fail($"phrase {p} [{q.FirstToken},{q.EndToken}) is not inside sentence {s} [{sd.FirstToken},{sd.EndToken})");
                if (!(q.Head >= q.FirstToken && q.Head < q.EndToken)) Assert.Fail($"phrase {p} head {q.Head} is outside [{q.FirstToken},{q.EndToken})");
                AssertPhraseIndex(sd, q.Parent, "phrase", p, "parent");
                AssertPhraseIndex(sd, q.Child, "phrase", p, "child");
                AssertPhraseIndex(sd, q.Attach, "phrase", p, "attachment");
                if (q.Parent >= 0)
                {
                    ref readonly var parent = ref doc.PhraseRef(q.Parent);
                    if (!(parent.FirstToken <= q.FirstToken && q.EndToken <= parent.EndToken)) Assert.Fail($"phrase {p} is not inside its parent {q.Parent}");
                }
            }
            next = sd.EndPhrase;
        }
        Assert.Equal(doc.PhraseCount, next);
    }

    private static void AssertPhraseIndex(in SentenceData sd, int index, string owner, int ownerIndex, string role)
    {
        if (index != -1 && (index < sd.FirstPhrase || index >= sd.EndPhrase))
            Assert.Fail($"{owner} {ownerIndex} {role} {index} is not a phrase of its sentence");
    }

    private static void AssertClauses(Document doc)
    {
        var sentences = doc.Sentences;
        int next = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            ref readonly var sd = ref sentences[s];
            if (!(sd.FirstClause == next)) Assert.Fail($"sentence {s} clauses start at {sd.FirstClause}, expected {next}");
            if (!(sd.EndClause >= sd.FirstClause)) Assert.Fail($"sentence {s} has a negative clause range");
            for (int c = sd.FirstClause; c < sd.EndClause; c++)
            {
                ref readonly var cl = ref doc.ClauseRef(c);
                Assert.Equal(s, cl.Sentence);
                if (!(cl.Verb >= sd.FirstPhrase && cl.Verb < sd.EndPhrase)) Assert.Fail($"clause {c} verb {cl.Verb} is not a phrase of sentence {s}");
                Assert.Equal(PhraseKind.VP, doc.PhraseRef(cl.Verb).Kind);
                AssertPhraseIndex(sd, cl.Subject, "clause", c, "subject");
                AssertPhraseIndex(sd, cl.Object, "clause", c, "object");
                AssertPhraseIndex(sd, cl.Object2, "clause", c, "second object");
                AssertPhraseIndex(sd, cl.Agent, "clause", c, "agent");
                if (!(cl.Parent == -1 || (cl.Parent >= sd.FirstClause && cl.Parent < sd.EndClause && cl.Parent != c))) Assert.Fail($"clause {c} parent {cl.Parent} is not another clause of sentence {s}");
                if (!(cl.FirstToken >= sd.FirstToken && cl.EndToken <= sd.EndToken && cl.FirstToken < cl.EndToken)) Assert.Fail($"clause {c} extent [{cl.FirstToken},{cl.EndToken}) is not inside sentence {s}");
                if (!(cl.Marker == -1 || (cl.Marker >= sd.FirstToken && cl.Marker < sd.EndToken))) Assert.Fail($"clause {c} marker {cl.Marker} is outside sentence {s}");
            }
            next = sd.EndClause;
        }
        Assert.Equal(doc.ClauseCount, next);
    }
}
