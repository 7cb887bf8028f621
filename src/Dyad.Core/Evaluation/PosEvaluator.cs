using System.Text;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Evaluation;

/// <summary>Token-level tagging accuracy and base-NP chunk F1 of a pipeline against gold parse trees.</summary>
public sealed class PosEvaluator(TextPipeline pipeline)
{
    /// <summary>Totals of an evaluation.</summary>
    public sealed class Result
    {
        /// <summary>Gold tokens.</summary>
        public int Tokens { get; set; }
        /// <summary>Gold tokens whose span Dyad reproduced and tagged identically.</summary>
        public int Correct { get; set; }
        /// <summary>Gold tokens Dyad tokenized differently.</summary>
        public int Misaligned { get; set; }
        /// <summary>Sentences evaluated.</summary>
        public int Sentences { get; set; }
        /// <summary>Gold base NPs.</summary>
        public int GoldChunks { get; set; }
        /// <summary>Dyad base NPs.</summary>
        public int PredictedChunks { get; set; }
        /// <summary>Base NPs with identical spans.</summary>
        public int MatchedChunks { get; set; }
        /// <summary>Confusions as (gold, predicted) with counts.</summary>
        public Dictionary<(string Gold, string Predicted), int> Confusions { get; } = [];
        /// <summary>Per-word errors for inspection.</summary>
        public List<string> Errors { get; } = [];

        /// <summary>Accuracy over gold tokens.</summary>
        public double Accuracy => Tokens == 0 ? 0 : (double)Correct / Tokens;

        /// <summary>Chunk precision.</summary>
        public double Precision => PredictedChunks == 0 ? 0 : (double)MatchedChunks / PredictedChunks;

        /// <summary>Chunk recall.</summary>
        public double Recall => GoldChunks == 0 ? 0 : (double)MatchedChunks / GoldChunks;

        /// <summary>Chunk F1.</summary>
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Evaluates against every tree; the text is rebuilt from the leaves joined by spaces.</summary>
    public Result Evaluate(IEnumerable<PennTree> trees)
    {
        var r = new Result();
        foreach (var tree in trees)
        {
            var leaves = tree.Leaves().Where(l => l.Tag != "-NONE-").ToList();
            if (leaves.Count == 0) continue;
            var sb = new StringBuilder();
            var starts = new int[leaves.Count];
            for (int i = 0; i < leaves.Count; i++)
            {
                if (i > 0) sb.Append(' ');
                starts[i] = sb.Length;
                sb.Append(PennTree.Unescape(leaves[i].Word));
            }
            var doc = pipeline.Process(sb.ToString());
            r.Sentences++;
            // Map each Dyad token start to its index.
            var byStart = new Dictionary<int, int>();
            for (int k = 0; k < doc.TokenCount; k++) byStart[doc.Tokens[k].Start] = k;
            var goldToDyad = new int[leaves.Count];
            for (int i = 0; i < leaves.Count; i++)
            {
                r.Tokens++;
                goldToDyad[i] = -1;
                int len = PennTree.Unescape(leaves[i].Word).Length;
                if (!byStart.TryGetValue(starts[i], out int k) || doc.Tokens[k].Length != len) { r.Misaligned++; continue; }
                goldToDyad[i] = k;
                string gold = NormalizeGoldTag(leaves[i].Tag);
                string ours = doc.Tokens[k].Tag.Name();
                if (gold == ours) r.Correct++;
                else
                {
                    r.Confusions[(gold, ours)] = r.Confusions.GetValueOrDefault((gold, ours)) + 1;
                    r.Errors.Add($"{leaves[i].Word}\t{gold}\t{ours}\t{Context(leaves, i)}");
                }
            }
            // Chunks.
            var gold2 = tree.BaseNounPhrases();
            var goldSet = new HashSet<(int, int)>();
            foreach (var (f, e) in gold2)
            {
                if (f >= e) continue;
                int df = goldToDyad[f], de = goldToDyad[e - 1];
                goldSet.Add(df >= 0 && de >= 0 ? (df, de + 1) : (-1 - f, -1 - e));
            }
            var ours2 = new HashSet<(int, int)>();
            for (int p = 0; p < doc.PhraseCount; p++)
            {
                ref var q = ref doc.PhraseRef(p);
                if (q.Kind != PhraseKind.NP || HasNpChild(doc, p)) continue;
                ours2.Add((q.FirstToken, q.EndToken));
            }
            r.GoldChunks += goldSet.Count;
            r.PredictedChunks += ours2.Count;
            r.MatchedChunks += goldSet.Count(ours2.Contains);
        }
        return r;
    }

    private static bool HasNpChild(Document doc, int p)
    {
        for (int k = 0; k < doc.PhraseCount; k++)
            if (doc.PhraseRef(k).Parent == p && doc.PhraseRef(k).Kind == PhraseKind.NP) return true;
        return false;
    }

    private static string NormalizeGoldTag(string tag) => tag switch
    {
        "-LCB-" or "-LSB-" => "-LRB-",
        "-RCB-" or "-RSB-" => "-RRB-",
        _ => tag,
    };

    private static string Context(List<(string Word, string Tag)> leaves, int i)
    {
        int a = Math.Max(0, i - 3), b = Math.Min(leaves.Count, i + 4);
        return string.Join(' ', leaves.Skip(a).Take(b - a).Select((l, k) => a + k == i ? "[" + l.Word + "]" : l.Word));
    }
}
