#!/usr/bin/env python3
"""Build Dyad's open-class lexicon from WordNet 3.0 (Debian packages wordnet-base, wordnet-sense-index).

Output: data/lexicon/wordnet.tsv.gz, one word form a line:
    form<TAB>TAG:count[:lemma] TAG:count[:lemma] ...
TAG is a Penn Treebank tag; count is the summed tagged-corpus frequency of the lemma's senses in that
part of speech (from cntlist.rev) plus one; lemma is omitted when it equals the form.
Multi-word lemmas are written to data/lexicon/wordnet-phrases.tsv.gz (lemma<TAB>pos:count).

Run: python3 tools/make_lexicon.py [/usr/share/wordnet]
"""
import collections, gzip, os, sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
OUT = os.path.join(os.path.dirname(__file__), "..", "data", "lexicon")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}

def read_index(pos):
    lemmas = []
    with open(os.path.join(WN, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            lemmas.append(line.split(" ", 1)[0])
    return lemmas

def read_exc(pos):
    exc = collections.defaultdict(list)   # base -> inflected forms
    with open(os.path.join(WN, pos + ".exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            for base in parts[1:]:
                exc[base].append(parts[0])
    return exc

counts = collections.Counter()
with open(os.path.join(WN, "cntlist.rev"), encoding="latin-1") as f:
    for line in f:
        key, _, cnt = line.split()
        lemma, rest = key.split("%", 1)
        counts[(lemma, SS_TYPE[rest[0]])] += int(cnt)

VOWELS = set("aeiou")

# Compounds of "man" and "woman" pluralise in -men ("spokesmen", "women"); WordNet's morphology handles
# them by rule, so noun.exc does not list them. These few end in "man" without being compounds of it.
NOT_MAN = {"human", "german", "roman", "shaman", "talisman", "ottoman", "caiman", "cayman", "dolman", "caftan",
           "desman", "toman", "ataman", "hetman", "musulman", "turkoman", "walkman", "brahman", "pullman", "leman"}

def noun_plural(w):
    if w.endswith("man") and w not in NOT_MAN and "-" not in w[-4:]: return w[:-3] + "men"
    if w.endswith(("s", "x", "z", "ch", "sh")): return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS: return w[:-1] + "ies"
    return w + "s"

# Verbs whose past tense and participle are the base form ("has cut", "was hit"); verb.exc cannot list them.
ZERO_PAST = {"bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "fit", "forecast", "hit", "hurt", "let", "put",
             "quit", "read", "rid", "set", "shed", "shut", "slit", "split", "spread", "thrust", "upset", "wed", "beat",
             "offset", "outbid", "reset", "recast", "undercut", "input", "output", "podcast", "telecast", "overspread",
             "inset", "sublet", "typeset", "mishit", "outspread", "preset", "rebroadcast", "reset", "retrofit", "upcast"}

def verb_forms(w):
    if w.endswith(("s", "x", "z", "ch", "sh", "o")): z = w + "es"
    elif w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS: z = w[:-1] + "ies"
    else: z = w + "s"
    if w.endswith("e"): d = w + "d"; g = (w if w.endswith(("ee", "ye", "oe")) else w[:-1]) + "ing"
    elif w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS: d = w[:-1] + "ied"; g = w + "ing"
    else: d = w + "ed"; g = w + "ing"
    return z, d, g

def adj_forms(w):
    if w.endswith("e"): return w + "r", w + "st"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS: return w[:-1] + "ier", w[:-1] + "iest"
    return w + "er", w + "est"

# Case of each lemma as written in the synsets: a noun lemma that is only ever capitalised
# ("Pakistan", "Beijing") is a proper noun; one written both ways ("China"/"china") can be either.
def read_case(pos):
    upper, lower = set(), set()
    with open(os.path.join(WN, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" ")
            n = int(parts[3], 16)
            for k in range(n):
                w = parts[4 + 2 * k]
                w = w.split("(")[0]
                (upper if w[:1].isupper() else lower).add(w.lower())
    return upper, lower

noun_upper, noun_lower = read_case("noun")

forms = collections.defaultdict(dict)   # form -> {tag: (count, lemma)}
phrases = {}

def add(form, tag, count, lemma):
    cur = forms[form].get(tag)
    if cur is None or cur[0] < count:
        forms[form][tag] = (count, lemma)

# Lemmas in any noun or verb sense: a regular past form that is one of these ("seed") is not added.
noun_verb_lemmas = set(read_index("noun")) | set(read_index("verb"))

for pos, p in POS.items():
    exc = read_exc(pos)
    for lemma in read_index(pos):
        c = counts[(lemma, p)] + 1
        if "_" in lemma:
            phrases[lemma + "\t" + p] = c
            continue
        if p == "n":
            if lemma in noun_upper:
                add(lemma, "NNP", c if lemma not in noun_lower else 1, lemma)
                for pl in exc.get(lemma) or [noun_plural(lemma)]:
                    add(pl, "NNPS", 1, lemma)
                if lemma not in noun_lower:
                    continue
            add(lemma, "NN", c, lemma)
            plurals = list(exc.get(lemma) or [noun_plural(lemma)])
            # noun.exc lists only the doubled plural of "bus" and "gas" ("busses"); news writes "buses".
            if lemma + "ses" in plurals: plurals.append(noun_plural(lemma))
            for pl in plurals:
                add(pl, "NNS", c, lemma)
        elif p == "v":
            add(lemma, "VB", c, lemma)
            if lemma in ZERO_PAST:
                add(lemma, "VBD", c, lemma)
                if lemma != "beat": add(lemma, "VBN", c, lemma)   # "beaten"
            z, d, g = verb_forms(lemma)
            add(z, "VBZ", c, lemma)
            irregular = exc.get(lemma)
            if irregular:
                for form in irregular:
                    if form.endswith("ing"): add(form, "VBG", c, lemma)
                    elif form.endswith("s") and not form.endswith("ss"): add(form, "VBZ", c, lemma)
                    else:
                        add(form, "VBD", c, lemma); add(form, "VBN", c, lemma)
                # consonant-doubling forms are listed as exceptions; only guess -ed when none is listed
                if not any(f.endswith("ed") for f in irregular) and not any(f.endswith("ing") for f in irregular):
                    pass
                if not any(f.endswith("ing") for f in irregular): add(g, "VBG", c, lemma)
                # Many irregular verbs also have a regular past in news English ("burned", "learned").
                if d not in irregular and d not in noun_verb_lemmas:
                    add(d, "VBD", max(1, c // 4), lemma); add(d, "VBN", max(1, c // 4), lemma)
            else:
                add(d, "VBD", c, lemma); add(d, "VBN", c, lemma); add(g, "VBG", c, lemma)
        elif p == "a":
            add(lemma, "JJ", c, lemma)
            irregular = exc.get(lemma)
            if irregular:
                for form in irregular:
                    add(form, "JJS" if form.endswith("st") else "JJR", c, lemma)
            elif len(lemma) <= 6 and "-" not in lemma:
                r, s = adj_forms(lemma)
                add(r, "JJR", max(1, c // 4), lemma); add(s, "JJS", max(1, c // 4), lemma)
        else:
            add(lemma, "RB", c, lemma)

os.makedirs(OUT, exist_ok=True)
with gzip.open(os.path.join(OUT, "wordnet.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
    f.write("# Generated by tools/make_lexicon.py from WordNet 3.0. See data/lexicon/LICENSE.WordNet.\n")
    for form in sorted(forms):
        items = []
        for tag, (c, lemma) in sorted(forms[form].items(), key=lambda kv: -kv[1][0]):
            items.append(f"{tag}:{c}" + ("" if lemma == form else f":{lemma}"))
        f.write(form + "\t" + " ".join(items) + "\n")
with gzip.open(os.path.join(OUT, "wordnet-phrases.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
    f.write("# Generated by tools/make_lexicon.py from WordNet 3.0. See data/lexicon/LICENSE.WordNet.\n")
    for key in sorted(phrases):
        f.write(f"{key}\t{phrases[key]}\n")
print(f"{len(forms)} forms, {len(phrases)} phrases")
