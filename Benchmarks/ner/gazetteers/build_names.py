#!/usr/bin/env python3
"""Builds Sources/GleanerExtract/Resources/gazetteer-given-names.txt and gazetteer-surnames.txt
from the person-name lists of Faker (MIT). Usage, from the repository root:

    pip download --no-deps faker==40.54.0 -d /tmp/gaz
    python3 Benchmarks/ner/gazetteers/build_names.py /tmp/gaz/faker-40.54.0-py3-none-any.whl

Only the word lists of `faker/providers/person/*` are read (by importing those modules from the
wheel, which needs nothing else). Latin-script names only; names that are also place names in
gazetteer-locations.txt ("Jordan", "Paris") and weekday and month names are left out.
"""
import importlib
import pkgutil
import re
import sys
import zipfile
import tempfile

NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+$")
CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}
RESOURCES = "Sources/GleanerExtract/Resources"


def collect(provider, attributes):
    names = set()
    for attribute in attributes:
        for base in provider.__mro__:
            if attribute in base.__dict__:
                value = base.__dict__[attribute]
                if isinstance(value, (tuple, list, dict)) or hasattr(value, "keys"):
                    names.update(value.keys() if hasattr(value, "keys") else value)
                break
    return {name for name in names if isinstance(name, str) and NAME.match(name)}


def main(wheel: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(directory)
        sys.path.insert(0, directory)
        import faker.providers.person as person

        given, surnames, locales = set(), set(), []
        for module in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
            provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
            first = collect(provider, ["first_names", "first_names_male", "first_names_female"])
            last = collect(provider, ["last_names", "last_names_male", "last_names_female"])
            if first or last:
                locales.append(module.name)
            given |= first
            surnames |= last
    with open(f"{RESOURCES}/gazetteer-locations.txt", encoding="utf-8") as handle:
        places = {line.strip() for line in handle if line.strip() and not line.startswith("#")}
    excluded = places | CALENDAR
    header = (
        "# {} from the person providers of Faker 40.54.0 (MIT) for the locales\n"
        "# {};\n# built by Benchmarks/ner/gazetteers/build_names.py. One lowercase name per line.\n"
    )
    for name, words in [("given-names", given), ("surnames", surnames)]:
        lines = sorted({word.lower() for word in words} - excluded)
        path = f"{RESOURCES}/gazetteer-{name}.txt"
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(header.format(name.replace("-", " ").capitalize(), " ".join(locales)))
            handle.write("\n".join(lines) + "\n")
        print(f"{len(lines)} names -> {path}")


if __name__ == "__main__":
    main(sys.argv[1])
