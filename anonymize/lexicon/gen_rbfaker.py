#!/usr/bin/env python3
"""Write the *_rbfaker.txt name lists from the name lists of Ruby's Faker
2.21 (Expat/MIT), as Debian's ruby-faker installs them (lib/locales, YAML),
for the languages of the reports and of the larger communities of their
workplaces; its Dutch lists are large (10,020 given and 22,021 family
names). Names the other lists, faker-js's and Python Faker's included, hold
are left out; the rest are sorted as gen_fakerjs.py sorts its names (see
gen_common.write_lists). Needs PyYAML. Run from the repository's root,
after gen_pyfaker.py and before gen_dict.py:
    python3 anonymize/lexicon/gen_rbfaker.py LOCALES_DIR DICT_DIR
where LOCALES_DIR is faker's lib/locales."""
import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from gen_common import ruby_section, ruby_values, write_lists  # noqa: E402

LOCALES = ["nl", "de", "de-AT", "de-CH", "fr", "fr-CH", "en-GB", "en", "tr", "pl", "pt", "it", "es"]

def locale_names(locales, loc):
    """The given and family names of a locale's name section."""
    name = ruby_section(locales, loc, "name")
    return ruby_values(name, "first_name", "male_first_name", "female_first_name", "neutral_first_name"), ruby_values(name, "last_name")

def main():
    locales, src = sys.argv[1], sys.argv[2]
    first, last = [], []
    for loc in LOCALES:
        f, l = locale_names(locales, loc)
        first += f
        last += l
    write_lists(os.path.join("anonymize", "lexicon"), src, "_rbfaker", "Ruby's Faker 2.21", "gen_rbfaker.py", LOCALES, first, last)

main()
