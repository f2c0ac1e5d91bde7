#!/usr/bin/env python3
"""Build anonymize/lexicon/dictionary.txt, name_words.txt and german_name_words.txt: common lower-case words of
English (SCOWL, Debian's wamerican and wbritish) and Dutch (OpenTaal,
Debian's wdutch), folded as the scanner folds words, sorted, one per
line. Words of the name lists are left out. Run from the repository's
root: python3 anonymize/lexicon/gen_dict.py DICT_DIR"""
import os, sys, unicodedata

SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "\u2019": "'"}

def fold(w):
    w = "".join(SPECIAL.get(ch, ch) for ch in w.lower())
    return "".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch))

def words(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            # lower-case entries only (capitalised ones are proper nouns),
            # single words of letters
            if len(w) < 3 or not w.isalpha() or not w.islower():
                continue
            yield fold(w)

NAME_LISTS = ("first_names.txt", "first_names_en.txt", "ambiguous_first_names.txt", "surnames.txt", "surnames_en.txt", "weak_surnames_en.txt")

def names(lexicon, lists=NAME_LISTS):
    out = set()
    for name in lists:
        with open(os.path.join(lexicon, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                for w in line.split():
                    out.add(fold(w))
                    out.update(fold(p) for p in w.split("-"))
    return out

def main():
    src = sys.argv[1]
    lexicon = os.path.join("anonymize", "lexicon")
    skip = names(lexicon)
    all_words = set()
    for name in ("american-english", "british-english", "dutch"):
        all_words.update(words(os.path.join(src, name)))
    # the listed names that are also common words ("will", "bakker", "rob"):
    # a name typed in lower case inside a capitalised text is read as a
    # name only when it is none of these
    with open(os.path.join(lexicon, "name_words.txt"), "w", encoding="utf-8") as f:
        f.write("# Listed names that are also lower-case words of English or Dutch, written by gen_dict.py:\n")
        f.write("# typed in lower case in a text that uses capitals, these are read as words.\n")
        f.write("\n".join(sorted(all_words & skip, key=lambda w: w.encode("utf-8"))) + "\n")
    # the listed names that are German words, in any case ("Mark", "Rose",
    # "Hans"): in a German sentence the other ambiguous given names
    # ("Mats", "Merle", "Floor") are no word, and so names
    german = set()
    with open(os.path.join(src, "ngerman"), encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if len(w) >= 2 and w.isalpha():
                german.add(fold(w))
    with open(os.path.join(lexicon, "german_name_words.txt"), "w", encoding="utf-8") as f:
        f.write("# Listed names that are also German words (Debian's wngerman, in any case, proper nouns too),\n")
        f.write("# written by gen_dict.py: in a German sentence only these ambiguous given names may be words.\n")
        # (the word-names too: "Paris" and "London" are German words, "Sky" is none)
        listed = skip | names(lexicon, ("word_names.txt",))
        f.write("\n".join(sorted(german & listed, key=lambda w: w.encode("utf-8"))) + "\n")
    all_words -= skip
    # sorted by bytes, as Go compares strings
    data = "\n".join(sorted(all_words, key=lambda w: w.encode("utf-8"))) + "\n"
    with open(os.path.join(lexicon, "dictionary.txt"), "w", encoding="utf-8") as f:
        f.write(data)
    print(len(all_words), "words")

main()
