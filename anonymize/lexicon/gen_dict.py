#!/usr/bin/env python3
"""Build anonymize/lexicon/dictionary.txt, name_words.txt and german_name_words.txt: common lower-case words of
English (SCOWL, Debian's wamerican and wbritish) and Dutch (OpenTaal,
Debian's wdutch), folded as the scanner folds words, sorted, one per
line. Words of the name lists are left out. Run from the repository's
root: python3 anonymize/lexicon/gen_dict.py DICT_DIR"""
import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from gen_common import GENERATED_WORD_LISTS, WORD_NAMES, fold, names  # noqa: E402

def words(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            # lower-case entries only (capitalised ones are proper nouns),
            # single words of letters
            if len(w) < 3 or not w.isalpha() or not w.islower():
                continue
            yield fold(w)

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
        listed = skip | names(lexicon, WORD_NAMES)
        f.write("\n".join(sorted(german & listed, key=lambda w: w.encode("utf-8"))) + "\n")
    # the dictionary keeps the words that the generated lists (gen_fakerjs.py, gen_pyfaker.py) share with
    # it (they were put there for being words): compounds are split on the
    # dictionary's words, and "Brandschutz" or "Steigerkaart" must stay
    # compounds of "brand" and "steiger", family names that they are too
    all_words -= skip - names(lexicon, GENERATED_WORD_LISTS)
    # sorted by bytes, as Go compares strings
    data = "\n".join(sorted(all_words, key=lambda w: w.encode("utf-8"))) + "\n"
    with open(os.path.join(lexicon, "dictionary.txt"), "w", encoding="utf-8") as f:
        f.write(data)
    print(len(all_words), "words")

main()
