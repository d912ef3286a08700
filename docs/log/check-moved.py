#!/usr/bin/env python3
"""Checks the fourteenth session's docs restructuring: nothing recorded was lost, history kept its order, links resolve.

For each long doc split into a current page (docs/<name>.md) and a verbatim history (docs/log/<name>-history.md):
  1. every non-blank line of the old file (git show <base>:docs/<name>.md) appears in the current page or the
     history, counted as a multiset (a line written twice in the old file must appear twice);
  2. the history's lines that come from the old file appear in the old file's order (greedy subsequence);
     the lines it adds (its header and the pointers to kept blocks) are counted.
Then every relative Markdown link in README.md, AGENTS.md, docs/*.md and docs/log/*.md to a .md file must name an
existing file and, when it has one, an anchor that a heading of that file produces (GitHub's slug rule).
Usage, from the repository root: python3 docs/log/check-moved.py [base-commit]. Exit 1 on any loss or broken link.
"""
import collections, glob, os, re, subprocess, sys, unicodedata

NAMES = ['benchmark', 'primary-care', 'privacy', 'notes-pipeline']


def lines_of(text):
    return text.split('\n')


def check_doc(base, name):
    old = lines_of(subprocess.run(['git', 'show', f'{base}:docs/{name}.md'], check=True,
                                  capture_output=True, text=True).stdout)
    cur = lines_of(open(f'docs/{name}.md', encoding='utf-8').read())
    hist_path = f'docs/log/{name}-history.md'
    hist = lines_of(open(hist_path, encoding="utf-8").read()) if os.path.exists(hist_path) else [""]
    want = collections.Counter(l for l in old if l.strip())
    have = collections.Counter(l for l in cur + hist if l.strip())
    missing = {l: n - have[l] for l, n in want.items() if have[l] < n}
    # order: greedy match of history lines into the old file
    j, added = 0, 0
    for l in hist:
        if not l.strip():
            continue
        k = j
        while k < len(old) and old[k] != l:
            k += 1
        if k < len(old):
            j = k + 1
        else:
            added += 1
    from_hist = sum(1 for l in hist if l.strip()) - added
    print(f'{name}: old {len(old) - 1} lines ({sum(want.values())} non-blank); current {len(cur) - 1} lines, '
          f'history {len(hist) - 1} lines ({from_hist} non-blank in the old order, {added} added); '
          f'old non-blank lines not found: {sum(missing.values())}')
    for l, n in list(missing.items())[:20]:
        print(f'  missing x{n}: {l[:120]}')
    return sum(missing.values())


def slug(heading):
    text = heading.strip().lower()
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in ' -' or cat[0] in 'LMN' or cat == 'Pc':
            out.append(ch)
    return ''.join(out).replace(' ', '-')


def anchors(path):
    seen, result = collections.Counter(), set()
    fence = False
    for line in open(path, encoding='utf-8'):
        if line.startswith('```'):
            fence = not fence
        if fence:
            continue
        m = re.match(r'#{1,6} (.*)', line.rstrip('\n'))
        if m:
            s = slug(m.group(1))
            result.add(s if seen[s] == 0 else f'{s}-{seen[s]}')
            seen[s] += 1
    return result


def check_links():
    bad = 0
    files = ['README.md', 'AGENTS.md'] + sorted(glob.glob('docs/*.md')) + sorted(glob.glob('docs/log/*.md'))
    for f in files:
        text = open(f, encoding='utf-8').read()
        for m in re.finditer(r'\]\(([^)\s]+\.md)(#[^)\s]*)?\)', text):
            target, anchor = m.group(1), m.group(2)
            if re.match(r'[a-z]+:', target):
                continue
            path = os.path.normpath(os.path.join(os.path.dirname(f), target))
            if not os.path.exists(path):
                print(f'  broken link in {f}: {target}')
                bad += 1
            elif anchor and anchor[1:] not in anchors(path):
                print(f'  broken anchor in {f}: {target}{anchor}')
                bad += 1
    print(f'links: {bad} broken')
    return bad


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else '44ffc04'
    lost = sum(check_doc(base, n) for n in NAMES)
    bad = check_links()
    sys.exit(1 if lost or bad else 0)


if __name__ == '__main__':
    main()
