"""Fill Indonesian translations into resources/translations/studitiru_id.ts from a small
tab-separated file (context, source, translation) and mark them finished, editing the
text in place so that the file keeps lupdate's layout:

    python tools/fill_translations.py translations.tsv

Handy after `python tools/update_translations.py --report`, whose output has the same
first two columns.
"""

from __future__ import annotations

import re
import sys
from html import escape, unescape
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "studitiru_id.ts"
_CONTEXT = re.compile(r"<context>.*?</context>", re.S)
_MESSAGE = re.compile(r"(<message[^>]*>.*?<source>(?P<source>.*?)</source>.*?)<translation[^>]*>(?P<old>.*?)</translation>", re.S)


def fill(pairs: dict[tuple[str, str], str], ts: Path = TS) -> int:
    text = ts.read_text(encoding="utf-8")
    filled = 0

    def one_context(block: re.Match) -> str:
        nonlocal filled
        name = unescape(re.search(r"<name>(.*?)</name>", block.group(0), re.S).group(1))

        def one_message(message: re.Match) -> str:
            nonlocal filled
            key = (name, unescape(message.group("source")))
            if key not in pairs:
                return message.group(0)
            filled += 1
            return f"{message.group(1)}<translation>{escape(pairs[key], quote=False)}</translation>"

        return _MESSAGE.sub(one_message, block.group(0))

    ts.write_text(_CONTEXT.sub(one_context, text), encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    pairs = {}
    for line in Path(argv[0]).read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, translation = line.split("\t")
            pairs[(context, source)] = translation
    print(f"{fill(pairs)} translations filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
