#!/usr/bin/env python3
"""Write the *_fakerjs.txt name lists from the person name lists of
@faker-js/faker (MIT), unpacked from its package (npm pack @faker-js/faker@10.6.0;
tar xzf the archive), for the languages of the reports and of the larger
communities of their workplaces. Names our other lists hold are left out.
A name that is also a word of English, Dutch or French (lower case in
Debian's word lists) or of German (Debian's wngerman, any case: German
capitalises nouns) goes to the ambiguous or weak list, which counts it only
with a cue or beside another name; the others are names wherever they are
capitalised. Run from the repository's root, after it gen_dict.py (the
dictionary leaves listed names out):
    python3 anonymize/lexicon/gen_fakerjs.py PACKAGE_DIR DICT_DIR"""
import json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(__file__))
from gen_common import fold, listed  # noqa: E402

LOCALES = ["nl", "nl_BE", "de", "de_AT", "de_CH", "fr", "fr_BE", "fr_CH", "fr_LU", "en_GB", "en_IE",
           "tr", "pl", "ro", "pt_PT", "it", "es", "hr"]

DUMP = r"""
const F = await import(process.argv[1] + '/dist/index.js');
const out = {};
for (const loc of process.argv.slice(2)) {
  const f = F['faker' + loc.toUpperCase()];
  const d = (f && f.rawDefinitions.person) || {};
  const flat = x => !x ? [] : Array.isArray(x) ? x : [].concat(x.female || [], x.male || [], x.generic || []);
  out[loc] = {first: flat(d.first_name), last: flat(d.last_name)};
}
console.log(JSON.stringify(out));
"""

HEADER = """# {what} from the person name lists of @faker-js/faker 10.6.0 (MIT licence; see NOTICE.md),
# locales {locales}, that our other lists lack, folded; written by gen_fakerjs.py.
# {how}
"""

def lower_words(src, lists):
    out = set()
    for name in lists:
        with open(os.path.join(src, name), encoding="utf-8") as f:
            out.update(fold(w.strip()) for w in f if w.strip().islower())
    return out

def words(src):
    """The words a name may also be: lower-case entries of the English,
    Dutch and French lists, every entry of the German one."""
    out = lower_words(src, ("american-english", "british-english", "dutch", "french"))
    with open(os.path.join(src, "ngerman"), encoding="utf-8") as f:
        out.update(fold(w.strip()) for w in f)
    return out

def tokens(name):
    # "Le Gall", "van Dongen", "Smith-Jones": the words of three letters or
    # more that are no particle, a hyphenated name's parts each (the
    # scanner joins them again)
    for w in name.replace("'", "' ").replace("-", " ").split():
        w = fold(w.strip("'"))
        if len(w) >= 3 and w.isalpha() and w not in PARTICLES:
            yield w

# places, brands (cars, tractors, fuel), function words and labels that the lists give as names:
# in a report they are far more often what they are ("Kiel", "Nike", "Elle
# a dit", "IBAN")
EXCLUDE = set("""anatolia apollo argo bahia bentley beretta borgia capone christ como elle france geneva georgia georgian
aral claas gregorian helios iban indy islam juno kent kiel lodi lorrain maltese medina mercado milano monitore nicosia nike normand porsche
odin peri primo ritz salerno samu santana segovia siena soave toledo tosca toscane ultimo valencia valletta verde vienna zamboni""".split())

PARTICLES = {"van", "der", "den", "ter", "ten", "von", "zu", "del", "della", "dos", "das", "les", "bin", "ibn"}

def write(path, what, how, names):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER.format(what=what, locales=" ".join(LOCALES), how=how))
        line = []
        for n in sorted(names):
            line.append(n)
            if sum(len(w) + 1 for w in line) > 96:
                f.write(" ".join(line) + "\n")
                line = []
        if line:
            f.write(" ".join(line) + "\n")

def main():
    pkg, src = sys.argv[1], sys.argv[2]
    lexicon = os.path.join("anonymize", "lexicon")
    raw = json.loads(subprocess.run(["node", "--input-type=module", "-e", DUMP, os.path.abspath(pkg)] + LOCALES,
                                    check=True, capture_output=True, text=True).stdout)
    known = listed(lexicon, exclude_suffix="_fakerjs.txt")
    common = words(src)
    # words of our own lists (role words, units, site nouns) and the
    # dictionary's are never clear names
    with open(os.path.join(lexicon, "words.txt"), encoding="utf-8") as f:
        common.update(fold(w) for line in f if not line.startswith("#") for w in line.split())
    first, last = set(), set()
    for loc in LOCALES:
        for n in raw[loc]["first"]:
            first.update(tokens(n))
        for n in raw[loc]["last"]:
            last.update(tokens(n))
    first -= known | EXCLUDE
    last -= known | first | EXCLUDE
    def word(n):
        return n in common
    write(os.path.join(lexicon, "first_names_fakerjs.txt"), "Given names", "Names that are no word of the four languages: names wherever they are capitalised.",
          {n for n in first if not word(n)})
    # a given name that is an English word, or of three letters, is a word
    # first: English words start sentences in every language's reports
    # ("Line 3 stopped", "Die Line stand still"), and the ambiguous names'
    # rules read one there
    english = lower_words(src, ("american-english", "british-english"))
    def mostly_word(n):
        return n in english or len(n) <= 3
    write(os.path.join(lexicon, "ambiguous_first_names_fakerjs.txt"), "Given names that are also words",
          "They count as names only with a cue or a family name, as ambiguous_first_names.txt's do.", {n for n in first if word(n) and not mostly_word(n)})
    write(os.path.join(lexicon, "word_names_fakerjs.txt"), "Given names that are English words or of three letters",
          "They count as names only where nothing but a person stands, as word_names.txt's do.", {n for n in first if word(n) and mostly_word(n)})
    write(os.path.join(lexicon, "surnames_fakerjs.txt"), "Family names", "Names that are no word of the four languages: names wherever they are capitalised.",
          {n for n in last if not word(n)})
    # a family name that is a lower-case word of English or Dutch ("Man",
    # "Best", "Helm") stays out: a cue before it in lower case ("Betrokkene:
    # man, 52") would make the word a name, and after a given name the
    # scanner takes an unlisted family name anyway
    lower = english | lower_words(src, ("dutch",))
    write(os.path.join(lexicon, "weak_surnames_fakerjs.txt"), "Family names that are also words",
          "Weak names, as weak_surnames_en.txt's: counted only with a cue or a given name before them.", {n for n in last if word(n) and n not in lower})
    print(len(first), "given names,", len(last), "family names")

main()
