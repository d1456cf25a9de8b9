#!/usr/bin/env python3
"""Writes src/lang/<code>/trigrams.txt from the trigram profiles of the whatlang crate.

Usage: scripts/gen-trigrams.py [WHATLANG_CRATE_DIR]

The crate directory defaults to the newest whatlang-0.18.0 in the cargo registry. Abridge
does not depend on whatlang: it carries profiles of 69 languages, about 60 KB of a gzipped
wasm, and Abridge only tells apart its own Latin-script languages by trigrams (the others
each have a script of their own). Each profile lists a language's 300 most frequent
trigrams, most frequent first; a space is written `_`.
"""

import os
import re

from registry import crate_dir

CRATE = "whatlang 0.18.0"

# whatlang's name of each Latin-script language Abridge has data for.
LATIN = {
    "Eng": "en", "Deu": "de", "Fra": "fr", "Spa": "es", "Ita": "it", "Por": "pt",
    "Nld": "nl", "Swe": "sv", "Dan": "da", "Nob": "no", "Fin": "fi", "Pol": "pl",
    "Tur": "tr",
}


def main():
    with open(os.path.join(crate_dir(CRATE), "src", "trigrams", "profiles.rs"), encoding="utf-8") as f:
        source = f.read()
    latin = source[source.index("pub static LATIN_LANGS"):]
    latin = latin[: latin.index("pub static", 1)]
    for lang, body in re.findall(r"Lang::(\w+),\s*&\[(.*?)\]", latin, re.S):
        code = LATIN.get(lang)
        if code is None:
            continue
        trigrams = ["".join(t) for t in re.findall(r"Trigram\('(.)', '(.)', '(.)'\)", body)]
        assert len(trigrams) == 300 and not any("_" in t for t in trigrams), lang
        path = os.path.join(os.path.dirname(__file__), "..", "src", "lang", code, "trigrams.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# Source: the trigram profile of {lang} in the {CRATE} crate "
                    "(src/trigrams/profiles.rs, MIT), most frequent first; `_` is a space.\n")
            f.write("\n".join(t.replace(" ", "_") for t in trigrams) + "\n")
        print(code, len(trigrams))


if __name__ == "__main__":
    main()
