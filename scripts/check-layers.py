#!/usr/bin/env python3
"""Lists the module dependencies of factdiff's library and fails (exit 1) on
an import that runs up the layers or on a cycle between sibling modules.

    python3 scripts/check-layers.py [--list]

The layers, lowest first; a module may use its own layer and those below:

    0 base     error, settings, model, lang, text
    1 read     pure value readers (&str -> value)
    2 prepare  load & decode, article body, sentences, datelines
    3 extract  claims in a document
    4 align    clusters of mentions of one fact
    5 judge    verdicts
    6 report   one module a format; wire/ is the JSON contract
    7 config, output, progress      the edge: claims.yaml, writing files, progress bars
    8 check                         the pipeline, stage by stage
    9 session, batch                what the commands share
    10 lib                          the crate root

A module unknown to this table is an error: add it where it belongs. A
source file over 600 lines is an error too: split it by what it holds.
"""
import os
import re
import sys
from collections import defaultdict

RANK = {
    "error": 0, "settings": 0, "model": 0, "lang": 0, "text": 0,
    "read": 1, "prepare": 2, "extract": 3, "align": 4, "judge": 5, "report": 6,
    "config": 7, "output": 7, "progress": 7, "check": 8, "session": 9, "batch": 9, "lib": 10,
}
MAX_LINES = 600
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
PATH_RE = re.compile(r"\b(crate|super)((?:::[A-Za-z_][A-Za-z0-9_]*)+)")
GROUP_RE = re.compile(r"\buse\s+(crate|super)((?:::[A-Za-z_][A-Za-z0-9_]*)*)::\{([^;]*)\};", re.S)


def module_of(rel):
    """`extract/quote.rs` -> ['extract', 'quote']; `align/mod.rs` -> ['align']."""
    parts = rel[:-3].split(os.sep)
    if parts[-1] == "mod":
        parts = parts[:-1]
    if parts == ["lib"]:
        return []
    return parts


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return "\n".join(line.split("//", 1)[0] for line in text.splitlines())


def resolve(here, is_dir_module, base, rest):
    """The absolute module path (a list) that `base::rest` names from `here`."""
    names = [n for n in rest.split("::") if n]
    if base == "crate":
        return names
    # `super` from a file module is its parent; from mod.rs, the parent too
    path = list(here)
    path = path[:-1] if path else path
    while names and names[0] == "super":
        names = names[1:]
        path = path[:-1]
    return path + names


def known_modules():
    mods = set()
    for dirpath, _, files in os.walk(SRC):
        for f in files:
            if f.endswith(".rs"):
                rel = os.path.relpath(os.path.join(dirpath, f), SRC)
                if rel.startswith("bin" + os.sep) or rel == "main.rs" or rel == "exit_codes.rs":
                    continue
                mods.add(tuple(module_of(rel)))
    return mods


def longest_module(path, mods):
    for n in range(len(path), 0, -1):
        if tuple(path[:n]) in mods:
            return tuple(path[:n])
    return None


def main():
    mods = known_modules()
    edges = defaultdict(set)
    problems = []
    for mod in sorted(mods):
        # a module of unit tests may drive the code above the one it tests
        if not mod or mod[-1] == "tests":
            continue
        rel = os.path.join(SRC, *mod)
        is_dir = not os.path.exists(rel + ".rs")
        file = os.path.join(rel, "mod.rs") if is_dir else rel + ".rs"
        text = strip_comments(open(file, encoding="utf-8").read())
        refs = []
        for m in GROUP_RE.finditer(text):
            base, prefix, inner = m.group(1), m.group(2), m.group(3)
            for item in re.split(r",", re.sub(r"\{[^{}]*\}", "", inner)):
                item = item.strip().split(" as ")[0].split("::")[0].strip()
                if item and item != "self":
                    refs.append((base, prefix + "::" + item))
                elif item == "self":
                    refs.append((base, prefix))
        for m in PATH_RE.finditer(text):
            refs.append((m.group(1), m.group(2)))
        for base, rest in refs:
            target = longest_module(resolve(mod, is_dir, base, rest), mods)
            if target is None or target == mod:
                continue
            # a module and its own submodules are one unit
            if target[: len(mod)] == mod or mod[: len(target)] == target:
                continue
            edges[mod].add(target)
    for mod, targets in sorted(edges.items()):
        top = mod[0]
        if top not in RANK:
            problems.append(f"{'::'.join(mod)}: module {top} is not in the layer table (scripts/check-layers.py)")
            continue
        for t in sorted(targets):
            if t[0] not in RANK:
                continue
            if RANK[t[0]] > RANK[top]:
                problems.append(
                    f"{'::'.join(mod)} (layer {RANK[top]} {top}) uses {'::'.join(t)} (layer {RANK[t[0]]} {t[0]}): an import up the layers"
                )
    # cycles between siblings (and between top-level modules)
    sib = defaultdict(set)
    for mod, targets in edges.items():
        for t in targets:
            n = 0
            while n < min(len(mod), len(t)) and mod[n] == t[n]:
                n += 1
            a, b = mod[: n + 1], t[: n + 1]
            if a != b:
                sib[a].add(b)
    for cycle in cycles(sib):
        problems.append("cycle: " + " -> ".join("::".join(m) for m in cycle + [cycle[0]]))
    for dirpath, _, files in os.walk(SRC):
        for f in sorted(files):
            if f.endswith(".rs"):
                path = os.path.join(dirpath, f)
                n = sum(1 for _ in open(path, encoding="utf-8"))
                if n > MAX_LINES:
                    problems.append(f"{os.path.relpath(path, os.path.dirname(SRC))}: {n} lines, more than {MAX_LINES}")
    if "--list" in sys.argv:
        for mod, targets in sorted(edges.items()):
            print(f"{'::'.join(mod)} -> {', '.join('::'.join(t) for t in sorted(targets))}")
    for p in problems:
        print(f"layers: {p}")
    n_edges = sum(len(t) for t in edges.values())
    print(f"layers: {len(mods) - 1} modules, {n_edges} dependencies, {len(problems)} problems")
    return 1 if problems else 0


def cycles(graph):
    """Strongly connected components of more than one node (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


if __name__ == "__main__":
    sys.exit(main())
