using System.Text;

namespace Dyad.Evaluation;

/// <summary>A node of a Penn Treebank bracketing: a label with children, or a leaf word under a tag.</summary>
public sealed class PennTree
{
    /// <summary>The node label (phrase category or POS tag).</summary>
    public string Label { get; }

    /// <summary>The word, for a preterminal (tag) node.</summary>
    public string? Word { get; }

    /// <summary>Children, empty for a preterminal.</summary>
    public List<PennTree> Children { get; } = [];

    private PennTree(string label, string? word)
    {
        Label = label;
        Word = word;
    }

    /// <summary>Parses every top-level bracketing in a string; text outside brackets is ignored.</summary>
    public static List<PennTree> ParseAll(string text)
    {
        var trees = new List<PennTree>();
        int i = 0;
        while (true)
        {
            while (i < text.Length && text[i] != '(') i++;
            if (i >= text.Length) break;
            var t = Parse(text, ref i, depth: 0);
            if (t is not null) trees.Add(t);
        }
        return trees;
    }

    private static PennTree? Parse(string s, ref int i, int depth)
    {
        if (depth > 500) throw new FormatException("Tree nesting deeper than 500 levels.");
        i++; // '('
        SkipSpace(s, ref i);
        string label = ReadAtom(s, ref i);
        SkipSpace(s, ref i);
        if (i < s.Length && s[i] != '(')
        {
            string word = ReadAtom(s, ref i);
            SkipSpace(s, ref i);
            if (i < s.Length && s[i] == ')') i++;
            return new PennTree(label, word);
        }
        var node = new PennTree(label.Length == 0 ? "ROOT" : label, null);
        while (i < s.Length)
        {
            SkipSpace(s, ref i);
            if (i >= s.Length) break;
            if (s[i] == ')') { i++; break; }
            if (s[i] == '(')
            {
                var child = Parse(s, ref i, depth + 1);
                if (child is not null) node.Children.Add(child);
            }
            else ReadAtom(s, ref i);
        }
        return node;
    }

    private static void SkipSpace(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
    }

    private static string ReadAtom(string s, ref int i)
    {
        int start = i;
        while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '(' && s[i] != ')') i++;
        return s[start..i];
    }

    /// <summary>The leaves in order as (word, tag).</summary>
    public List<(string Word, string Tag)> Leaves()
    {
        var list = new List<(string, string)>();
        Collect(this, list);
        return list;
    }

    private static void Collect(PennTree t, List<(string, string)> list)
    {
        if (t.Word is not null) { list.Add((t.Word, t.Label)); return; }
        foreach (var c in t.Children) Collect(c, list);
    }

    /// <summary>Token spans [first, end) of NP nodes that contain no other NP (base noun phrases).</summary>
    public List<(int First, int End)> BaseNounPhrases()
    {
        var spans = new List<(int, int)>();
        int index = 0;
        Walk(this, ref index, spans);
        return spans;
    }

    private static bool Walk(PennTree t, ref int index, List<(int, int)> spans)
    {
        if (t.Word is not null) { index++; return false; }
        int start = index;
        bool childHasNp = false;
        foreach (var c in t.Children) childHasNp |= Walk(c, ref index, spans);
        bool isNp = t.Label == "NP" || t.Label.StartsWith("NP-", StringComparison.Ordinal);
        if (isNp && !childHasNp) spans.Add((start, index));
        return isNp || childHasNp;
    }

    /// <summary>Undoes Penn Treebank escapes in a leaf ("-LRB-" to "(", "``" to a quote).</summary>
    public static string Unescape(string word) => word switch
    {
        "-LRB-" or "-LCB-" or "-LSB-" => "(",
        "-RRB-" or "-RCB-" or "-RSB-" => ")",
        "``" or "''" => "\"",
        _ => word,
    };

    /// <inheritdoc/>
    public override string ToString()
    {
        var sb = new StringBuilder();
        Write(this, sb);
        return sb.ToString();
    }

    private static void Write(PennTree t, StringBuilder sb)
    {
        sb.Append('(').Append(t.Label);
        if (t.Word is not null) sb.Append(' ').Append(t.Word);
        foreach (var c in t.Children) { sb.Append(' '); Write(c, sb); }
        sb.Append(')');
    }
}
