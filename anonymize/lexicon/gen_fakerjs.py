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
from gen_common import write_lists  # noqa: E402

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

def main():
    pkg, src = sys.argv[1], sys.argv[2]
    raw = json.loads(subprocess.run(["node", "--input-type=module", "-e", DUMP, os.path.abspath(pkg)] + LOCALES,
                                    check=True, capture_output=True, text=True).stdout)
    first = [n for loc in LOCALES for n in raw[loc]["first"]]
    last = [n for loc in LOCALES for n in raw[loc]["last"]]
    write_lists(os.path.join("anonymize", "lexicon"), src, "_fakerjs", "@faker-js/faker 10.6.0", "gen_fakerjs.py", LOCALES, first, last)

main()
