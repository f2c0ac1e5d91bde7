"""What gen_dict.py, gen_fakerjs.py and gen_pyfaker.py share: the scanner's
folding, the name lists, and the sorting of a generator's names into them."""
import ast, os, unicodedata

SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "\u2019": "'"}

# the generators whose name lists we take, by the suffix of their files,
# in the order they are written: each leaves out the names of those before
# it (gen_fakerjs.py writes the *_fakerjs.txt lists, gen_pyfaker.py the
# *_pyfaker.txt ones, gen_rbfaker.py the *_rbfaker.txt ones)
GENERATED = ("_fakerjs", "_pyfaker", "_rbfaker")
# the lists whose words are names
NAME_LISTS = ("first_names.txt", "first_names_en.txt", "ambiguous_first_names.txt", "surnames.txt", "surnames_en.txt", "weak_surnames_en.txt") + tuple(
    n + g + ".txt" for g in GENERATED for n in ("first_names", "ambiguous_first_names", "surnames", "weak_surnames"))
# the generated lists of names that are also words
GENERATED_WORD_LISTS = tuple(n + g + ".txt" for g in GENERATED for n in ("ambiguous_first_names", "weak_surnames", "word_names"))
WORD_NAMES = ("word_names.txt",) + tuple("word_names" + g + ".txt" for g in GENERATED)

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

def listed(lexicon, suffix):
    """names() of every name list and word-name list but those of the
    generator of suffix and of the generators after it."""
    later = GENERATED[GENERATED.index(suffix):]
    return names(lexicon, tuple(n for n in NAME_LISTS + WORD_NAMES if not any(n.endswith(g + ".txt") for g in later)))

HEADER = """# {what} from the person name lists of {source} (MIT licence; see NOTICE.md),
# locales {locales}, that our other lists lack, folded; written by {script}.
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
odin peri primo ritz salerno samu santana segovia siena soave toledo tosca toscane ultimo valencia valletta verde vienna zamboni
arnsberg bali bergen drenthe emmen engeland gorlitz haarlem heerenveen holland hollander jerez jerusalem leuven limburg lindau luxemburg
neptun northeim olst orleans quartier vienne westfalen heijmans auch und mich dela doktor este merda nazi kanak ramadan
over side radio canal edit salami imam mentor divan cord laze grit
ing ir drs dhr mevr mw ds bc jr sr""".split())

PARTICLES = {"van", "der", "den", "ter", "ten", "von", "zu", "del", "della", "dos", "das", "les", "bin", "ibn"}

def write(path, head, what, how, names):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER.format(what=what, how=how, **head))
        line = []
        for n in sorted(names):
            line.append(n)
            if sum(len(w) + 1 for w in line) > 96:
                f.write(" ".join(line) + "\n")
                line = []
        if line:
            f.write(" ".join(line) + "\n")

def sources(folder, locales, name):
    """The text of each locale's file name under folder, where it exists
    (a generator lacks some locales)."""
    for loc in locales:
        path = os.path.join(folder, loc, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                yield f.read()

def literals(source, want):
    """The (name, value) of each assignment in a Python source whose name
    want accepts and whose value is a literal (Python's Faker's providers:
    "first_names_male = (...)"; "first_names = first_names_male + ..." is
    no literal and is left out)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and want(node.targets[0].id):
            try:
                yield node.targets[0].id, ast.literal_eval(node.value)
            except ValueError:
                pass

def ruby_section(folder, loc, section):
    """A section ("name", "address") of a locale of Ruby's Faker: its file
    (nl.yml) or its folder's file of that section (fr/name.yml). Needs
    PyYAML (imported here: the other generators do not)."""
    import yaml
    path = os.path.join(folder, loc + ".yml")
    if not os.path.exists(path):
        path = os.path.join(folder, loc, section + ".yml")
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)[loc]["faker"].get(section, {})

def ruby_values(section, *keys):
    """The plain strings of a Ruby Faker section's lists under keys; its
    templates ("#{first_name}") are left out."""
    return [v for k in keys if isinstance(section.get(k), list) for v in section[k] if isinstance(v, str) and "#{" not in v]

def places(lexicon):
    """The towns of places.txt (gen_places.py), folded."""
    with open(os.path.join(lexicon, "places.txt"), encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip()}

def write_lists(lexicon, src, suffix, source, script, locales, raw_first, raw_last):
    """Sort a generator's given and family names (raw, as it writes them)
    into the five lists of suffix, each name's words that no earlier list
    holds, and write them. src is the folder of Debian's word lists. A
    family name that is a town of places.txt is left out: "Barneveld" and
    "Pau" in a report are the towns."""
    head = {"source": source, "script": script, "locales": " ".join(locales)}
    known = listed(lexicon, suffix)
    common = words(src)
    # words of our own lists (role words, units, site nouns) and the
    # dictionary's are never clear names
    with open(os.path.join(lexicon, "words.txt"), encoding="utf-8") as f:
        common.update(fold(w) for line in f if not line.startswith("#") for w in line.split())
    first, last = set(), set()
    for n in raw_first:
        first.update(tokens(n))
    for n in raw_last:
        last.update(tokens(n))
    first -= known | EXCLUDE
    last -= known | first | EXCLUDE | places(lexicon)
    def word(n):
        return n in common
    write(os.path.join(lexicon, "first_names" + suffix + ".txt"), head, "Given names", "Names that are no word of the four languages: names wherever they are capitalised.",
          {n for n in first if not word(n)})
    # a given name that is an English word, or of three letters, is a word
    # first: English words start sentences in every language's reports
    # ("Line 3 stopped", "Die Line stand still"), and the ambiguous names'
    # rules read one there
    english = lower_words(src, ("american-english", "british-english"))
    def mostly_word(n):
        return n in english or len(n) <= 3
    write(os.path.join(lexicon, "ambiguous_first_names" + suffix + ".txt"), head, "Given names that are also words",
          "They count as names only with a cue or a family name, as ambiguous_first_names.txt's do.", {n for n in first if word(n) and not mostly_word(n)})
    write(os.path.join(lexicon, "word_names" + suffix + ".txt"), head, "Given names that are English words or of three letters",
          "They count as names only where nothing but a person stands, as word_names.txt's do.", {n for n in first if word(n) and mostly_word(n)})
    write(os.path.join(lexicon, "surnames" + suffix + ".txt"), head, "Family names", "Names that are no word of the four languages: names wherever they are capitalised.",
          {n for n in last if not word(n)})
    # a family name that is a lower-case word of English or Dutch ("Man",
    # "Best", "Helm") stays out: a cue before it in lower case ("Betrokkene:
    # man, 52") would make the word a name, and after a given name the
    # scanner takes an unlisted family name anyway
    lower = english | lower_words(src, ("dutch",))
    write(os.path.join(lexicon, "weak_surnames" + suffix + ".txt"), head, "Family names that are also words",
          "Weak names, as weak_surnames_en.txt's: counted only with a cue or a given name before them.", {n for n in last if word(n) and n not in lower})
    print(len(first), "given names,", len(last), "family names")
