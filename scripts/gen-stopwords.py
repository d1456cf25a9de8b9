#!/usr/bin/env python3
"""Writes src/lang/<code>/stopwords.txt from the lists shipped in the stop-words crate.

Usage: scripts/gen-stopwords.py [STOP_WORDS_CRATE_DIR]

The crate directory defaults to the newest stop-words-0.10.1 in the cargo registry
(`cargo fetch` after adding `stop-words = "=0.10.1"` to a scratch crate puts it there).
Abridge does not depend on the crate: it embeds all ~60 languages, and only the lists
below are wanted in the wasm.
"""

import json
import os

from registry import crate_dir
import unicodedata

CRATE = "stop-words 0.10.1"

# Snowball's stop lists (BSD-3-Clause), as NLTK ships them in its stopwords corpus:
# short, hand-kept lists of function words, used where Snowball has one.
SNOWBALL = {
    "en": "english", "de": "german", "fr": "french", "es": "spanish",
    "it": "italian", "pt": "portuguese", "nl": "dutch", "sv": "swedish",
    "da": "danish", "no": "norwegian", "fi": "finnish", "ru": "russian",
    "tr": "turkish",
}

# stopwords-iso (MIT) where Snowball has no list.
ISO = ["pl", "el", "ar", "hi", "zh", "ja", "ko"]

HEADER = {
    "snowball": "# Source: the Snowball stop list for {name} (BSD-3-Clause), as shipped in NLTK's "
    "stopwords corpus and the {crate} crate (src/nltk/{name}).",
    "iso": "# Source: stopwords-iso, list \"{code}\" (MIT), as shipped in the {crate} crate "
    "(src/iso/stopwords-iso.json); entries without a letter or with a space dropped.",
}


def is_word(entry):
    """Whether a token of the tokenizer could equal `entry`: one word with a letter in it."""
    has_letter = any(unicodedata.category(c).startswith("L") for c in entry)
    return has_letter and not any(c.isspace() for c in entry)


def write(code, header, words):
    words = sorted({w.strip().lower() for w in words if is_word(w.strip())})
    path = os.path.join(os.path.dirname(__file__), "..", "src", "lang", code, "stopwords.txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        f.write("\n".join(words) + "\n")
    print(f"{code}: {len(words)} words")


def main():
    root = os.path.join(crate_dir(CRATE), "src")
    for code, name in SNOWBALL.items():
        with open(os.path.join(root, "nltk", name), encoding="utf-8") as f:
            words = f.read().split("\n")
        write(code, HEADER["snowball"].format(name=name, crate=CRATE), words)
    with open(os.path.join(root, "iso", "stopwords-iso.json"), encoding="utf-8") as f:
        iso = json.load(f)
    for code in ISO:
        write(code, HEADER["iso"].format(code=code, crate=CRATE), iso[code])


if __name__ == "__main__":
    main()
