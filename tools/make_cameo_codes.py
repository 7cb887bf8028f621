#!/usr/bin/env python3
"""Build data/cameo/eventcodes.tsv from the shared CAMEO reference table.

Usage:  python3 tools/make_cameo_codes.py [REFERENCE_TSV] [OUTPUT_TSV]

Defaults: ../shared/reference/cameo-eventcodes.tsv (next to the repository, as laid
out on the project machines) and data/cameo/eventcodes.tsv inside the repository.

Output columns (tab-separated, header row, codes kept as strings):
    code, root, name, goldstein, quad_class, plover_type, plover_mode

* name        - CAMEO codebook name; root rows are turned from capitals to sentence
                case and every name starts with a capital letter.
* goldstein   - GDELT lookup value. Where GDELT has no value, the ICEWS value is used
                (1213); where neither has one (CAMEO 1.1b3 additions 155, 176, 1834,
                1951, 1952) the value of the nearest coded parent is inherited
                (3-digit parent, else root). See data/cameo/SOURCES.md.
* quad_class  - GDELT convention, computed from the root: 01-05 -> 1, 06-09 -> 2,
                10-14 -> 3, 15-20 -> 4 (checked against the reference column).
* plover_type, plover_mode - PLOVER mapping (CC BY-SA 4.0); empty where PLOVER
                drops the code.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_REF = os.path.join(os.path.dirname(REPO), "shared", "reference", "cameo-eventcodes.tsv")
DEFAULT_OUT = os.path.join(REPO, "data", "cameo", "eventcodes.tsv")

COLUMNS = ["code", "root", "name", "goldstein", "quad_class", "plover_type", "plover_mode"]


def quad_class(root: str) -> int:
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 9:
        return 2
    if 10 <= r <= 14:
        return 3
    if 15 <= r <= 20:
        return 4
    raise ValueError(f"unknown CAMEO root {root!r}")


def tidy_name(name: str) -> str:
    name = " ".join(name.split())
    if name.isupper():                      # root rows: "MAKE PUBLIC STATEMENT"
        name = name.lower()
    return name[:1].upper() + name[1:]


def fmt(value: float) -> str:
    return f"{value:.1f}"


def parent_codes(code: str):
    """Nearest parents first: 4-digit -> 3-digit -> root; 3-digit -> root."""
    if len(code) == 4:
        yield code[:3]
    if len(code) >= 3:
        yield code[:2]


def main(argv):
    ref = argv[1] if len(argv) > 1 else DEFAULT_REF
    out = argv[2] if len(argv) > 2 else DEFAULT_OUT

    with open(ref, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))

    seen = set()
    gold = {}
    for r in rows:
        code = r["code"].strip()
        if not code.isdigit() or len(code) not in (2, 3, 4):
            raise SystemExit(f"{ref}: bad code {code!r}")
        if code in seen:
            raise SystemExit(f"{ref}: duplicate code {code}")
        seen.add(code)
        value = r["goldstein"].strip() or r["goldstein_icews_if_different"].strip()
        if value:
            gold[code] = float(value)

    records = []
    for r in rows:
        code = r["code"].strip()
        root = r["root"].strip()
        if code[:2] != root:
            raise SystemExit(f"{ref}: code {code} has root {root}")
        q = quad_class(root)
        ref_q = r["quadclass"].strip()
        if ref_q and int(ref_q) != q:
            raise SystemExit(f"{ref}: code {code} quadclass {ref_q} != computed {q}")
        g = gold.get(code)
        if g is None:
            for p in parent_codes(code):
                if p in gold:
                    g = gold[p]
                    break
        if g is None:
            raise SystemExit(f"{ref}: no Goldstein value for {code} or its parents")
        records.append({
            "code": code,
            "root": root,
            "name": tidy_name(r["name"]),
            "goldstein": fmt(g),
            "quad_class": str(q),
            "plover_type": r["plover_type"].strip(),
            "plover_mode": r["plover_mode"].strip(),
        })

    records.sort(key=lambda x: x["code"])      # string order keeps 01 < 010 < 011 ...
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for rec in records:
            f.write("\t".join(rec[c] for c in COLUMNS) + "\n")
    print(f"wrote {len(records)} codes to {out}")


if __name__ == "__main__":
    main(sys.argv)
