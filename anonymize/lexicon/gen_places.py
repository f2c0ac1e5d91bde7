#!/usr/bin/env python3
"""Write places.txt: the one-word town names of the Netherlands, Belgium,
Germany, Austria, Switzerland, France and Britain that the address lists of
three generators hold (Python's Faker 0.9.3, PHP's Faker 1.x and Ruby's
Faker 2.21, all Expat/MIT, as Debian's python3-fake-factory, php-faker and
ruby-faker install them), folded, one per line. The name lists' generators
leave these out of the family names they write ("Barneveld", "Pau": in a
report they are towns), and the scanner takes none of them for a name by
its shape alone ("naar Hellendoorn", "Kerkstraat 5, Kortrijk"). Needs PyYAML. Run from the repository's root,
before gen_fakerjs.py:
    python3 anonymize/lexicon/gen_places.py PYFAKER_DIR PHPFAKER_DIR RBFAKER_LOCALES
where PYFAKER_DIR is faker/providers/address, PHPFAKER_DIR Faker/Provider
and RBFAKER_LOCALES faker's lib/locales."""
import os, re, sys

sys.path.insert(0, os.path.dirname(__file__))
from gen_common import fold, literals, ruby_section, ruby_values, sources  # noqa: E402

PY = ["nl_NL", "nl_BE", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "en_GB"]
PHP = ["nl_NL", "nl_BE", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CH", "en_GB"]
RB = ["nl", "de", "de-AT", "de-CH", "fr-CH", "en-GB", "fr"]

def python_towns(folder):
    return [t for src in sources(folder, PY, "__init__.py") for _, towns in literals(src, lambda n: n in ("cities", "city_names")) for t in towns]

def php_towns(folder):
    out = []
    for src in sources(folder, PHP, "Address.php"):
        for m in re.finditer(r"protected static \$(city\w*|cityNames?|towns?)\s*=\s*(?:array\(|\[)(.*?)(?:\)|\]);", src, re.S):
            out += re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(2))
    return out

def ruby_towns(folder):
    return [t for loc in RB for t in ruby_values(ruby_section(folder, loc, "address"), "city", "city_name")]

def main():
    towns = python_towns(sys.argv[1]) + php_towns(sys.argv[2]) + ruby_towns(sys.argv[3])
    words = sorted({fold(t) for t in towns if t.isalpha() or t.replace("'", "").isalpha()}, key=lambda w: w.encode("utf-8"))
    with open(os.path.join("anonymize", "lexicon", "places.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(words) + "\n")
    print(len(words), "places")

main()
