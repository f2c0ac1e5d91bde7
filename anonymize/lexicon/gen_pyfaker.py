#!/usr/bin/env python3
"""Write the *_pyfaker.txt name lists from the person providers of Python's
Faker (MIT), as Debian's python3-fake-factory 0.9.3 installs them (or an
unpacked release), for the languages of the reports and of the larger
communities of their workplaces. The providers are read as source, not
imported: each class attribute first_names*, last_names* or *_last_names
that is a literal tuple, list or dict. Names the other lists, faker-js's
included, hold are left out; the rest are sorted as gen_fakerjs.py sorts
its names (see gen_common.write_lists). Run from the repository's root,
after gen_fakerjs.py and before gen_dict.py:
    python3 anonymize/lexicon/gen_pyfaker.py PROVIDERS_DIR DICT_DIR
where PROVIDERS_DIR is faker/providers/person."""
import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from gen_common import literals, sources, write_lists  # noqa: E402

LOCALES = ["nl_NL", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "en_GB", "tr_TR", "pl_PL", "ro_RO", "pt_PT", "it_IT", "es_ES", "hr_HR"]

def provider_names(source):
    """The given and family names a provider's source lists."""
    first, last = [], []
    for name, value in literals(source, lambda n: n.startswith(("first_names", "last_names")) or n.endswith("_last_names")):
        into = first if name.startswith("first_names") else last
        into.extend(value.keys() if isinstance(value, dict) else value)
    return first, last

def main():
    providers, src = sys.argv[1], sys.argv[2]
    first, last = [], []
    for source in sources(providers, LOCALES, "__init__.py"):
        f, l = provider_names(source)
        first += f
        last += l
    write_lists(os.path.join("anonymize", "lexicon"), src, "_pyfaker", "Python's Faker 0.9.3", "gen_pyfaker.py", LOCALES, first, last)

main()
