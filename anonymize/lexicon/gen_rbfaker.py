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

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from gen_common import write_lists  # noqa: E402

LOCALES = ["nl", "de", "de-AT", "de-CH", "fr", "fr-CH", "en-GB", "en", "tr", "pl", "pt", "it", "es"]

def locale_names(locales, loc):
    """The given and family names of a locale's name section: its file
    (nl.yml) or its folder's name.yml (fr/name.yml)."""
    path = os.path.join(locales, loc + ".yml")
    if not os.path.exists(path):
        path = os.path.join(locales, loc, "name.yml")
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    name = doc[loc]["faker"].get("name", {})
    def lists(*keys):
        out = []
        for k in keys:
            v = name.get(k)
            if isinstance(v, list):
                out += [n for n in v if isinstance(n, str) and "#{" not in n]
        return out
    return lists("first_name", "male_first_name", "female_first_name", "neutral_first_name"), lists("last_name")


def main():
    locales, src = sys.argv[1], sys.argv[2]
    first, last = [], []
    for loc in LOCALES:
        f, l = locale_names(locales, loc)
        first += f
        last += l
    write_lists(os.path.join("anonymize", "lexicon"), src, "_rbfaker", "Ruby's Faker 2.21", "gen_rbfaker.py", LOCALES, first, last)

main()
