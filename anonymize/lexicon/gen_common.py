"""What gen_dict.py and gen_fakerjs.py share: the scanner's folding and the
name lists."""
import os, unicodedata

SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "\u2019": "'"}

# the lists whose words are names; gen_fakerjs.py writes the *_fakerjs.txt ones
NAME_LISTS = ("first_names.txt", "first_names_en.txt", "ambiguous_first_names.txt", "surnames.txt", "surnames_en.txt", "weak_surnames_en.txt",
              "first_names_fakerjs.txt", "ambiguous_first_names_fakerjs.txt", "surnames_fakerjs.txt", "weak_surnames_fakerjs.txt")
# gen_fakerjs.py's lists of names that are also words
FAKERJS_WORD_LISTS = ("ambiguous_first_names_fakerjs.txt", "weak_surnames_fakerjs.txt", "word_names_fakerjs.txt")
WORD_NAMES = ("word_names.txt", "word_names_fakerjs.txt")

def fold(w):
    w = "".join(SPECIAL.get(ch, ch) for ch in w.lower())
    return "".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch))

def names(lexicon, lists=NAME_LISTS):
    """The folded words of lists, and the parts of their hyphenated ones."""
    out = set()
    for name in lists:
        path = os.path.join(lexicon, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                for w in line.split():
                    out.add(fold(w))
                    out.update(fold(p) for p in w.split("-"))
    return out

def listed(lexicon, exclude_suffix):
    """names() of every name list and word_names.txt, but those whose file
    name ends in exclude_suffix."""
    return names(lexicon, tuple(n for n in NAME_LISTS + WORD_NAMES if not n.endswith(exclude_suffix)))
