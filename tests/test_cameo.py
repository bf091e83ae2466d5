"""The CAMEO export: the mapping table (data/cameo.yaml) and rows built from events.

The table is generated once from the CAMEO->PLOVER translation table of the PLOVER project
(../shared/gold/events/CAMEO2PLOVER-2021.txt), read in reverse. The generator lives here, so the
test can check that the shipped YAML still matches its source:

    .venv/bin/python tests/test_cameo.py --write     # regenerate src/eventwire/data/cameo.yaml
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
import yaml

from eventwire import countries
from eventwire.cameo import (
    CAMEO_COLUMNS,
    cameo_actor_code,
    cameo_event_code,
    cameo_export_rows,
    cameo_rows,
    load_cameo_table,
    quad_class,
)
from eventwire.records import Actor, Event, Evidence, to_dict

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "gold/events/CAMEO2PLOVER-2021.txt"
TARGET = ROOT / "src" / "eventwire" / "data" / "cameo.yaml"

# ----------------------------------------------------------------------------- the generator

# Where the reversed table offers several codes for one PLOVER type/mode, the generic rule takes
# the most general code (shortest, lowest, in the type's own CAMEO root first). These choices
# override it where that rule lands on a narrow or mislabelled row of the draft table.
OVERRIDES = {
    ("ACCUSE", ""): ("112", "no row without a mode: 112 'Accuse' is CAMEO's generic accusation"),
    ("ACCUSE", "allege"): ("112", "parent of the allege rows 1121-1125 (rule would give 114, complain)"),
    ("REQUEST", "yield"): ("105", "'Demand that target yields', parent of the yield rows 1051-1056"),
    ("REJECT", "yield"): ("124", "'Decline to yield', parent of the yield rows 1243-1246"),
    ("THREATEN", "relations"): ("1313", "'Threaten to reduce or break relations' (rule: 133, protest)"),
    ("THREATEN", "violence"): ("138", "'Threaten with military force' (rule: 137, repression)"),
    ("MOBILIZE", "police"): ("153", "'Mobilize or increase police power' (rule: 151, alert status)"),
    ("MOBILIZE", "troops"): ("154", "'Mobilize or increase armed forces' (rule: 152, alert status)"),
    ("ASSAULT", "assassinate"): ("186", "'Assassinate' (rule: 185, attempt)"),
    ("ASSAULT", "cleansing"): ("203", "'Engage in ethnic cleansing' (rule: 201, mass expulsion)"),
}
# PLOVER 0.8 modes the 2021 draft table does not name, whose CAMEO code the CAMEO text states.
EXTRA_MODES = {
    ("PROTEST", "strike"): ("143", "'Conduct strike or boycott'"),
    ("COERCE", "censor"): ("1721", "'Impose restrictions on freedoms of speech and expression'"),
    ("ASSAULT", "aerial"): ("195", "'Employ aerial weapons'"),
    ("ASSAULT", "drone"): ("195", "'Employ aerial weapons'"),
    ("ASSAULT", "targeted"): ("186", "'Assassinate'"),
    ("ASSAULT", "destroy"): ("1712", "'Destroy property'"),
}
# CAMEO separates fighting by armed forces (19) from other violence (18): a military actor's
# ASSAULT without a mode exports as 190 "Use conventional military force".
MILITARY_DEFAULTS = {"ASSAULT": "190"}

# GDELT's quad classes from the CAMEO root.
QUAD_CLASSES = {
    1: ["01", "02", "03", "04", "05"],
    2: ["06", "07", "08", "09"],
    3: ["10", "11", "12", "13", "14"],
    4: ["15", "16", "17", "18", "19", "20"],
}
# PLOVER sector -> CAMEO agent code. PLOVER renamed two CAMEO codes (PLOVER manual, sector notes):
# PLOVER JRN (journalists) is CAMEO MED (media), PLOVER MED (health) is CAMEO HLH.
AGENTS = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "REB": "REB", "OPP": "OPP", "JUD": "JUD",
    "LEG": "LEG", "BUS": "BUS", "EDU": "EDU", "REL": "REL", "CVL": "CVL", "REF": "REF",
    "LAB": "LAB", "SPY": "SPY", "UAF": "UAF", "CRM": "CRM", "AGR": "AGR", "ELI": "ELI",
    "PTY": "PTY", "JRN": "MED", "MED": "HLH", "SOC": "CVL",
}  # fmt: skip
# ISO 3166-1 alpha-3 -> CAMEO country code, where they differ (CAMEO kept the pre-2002 ISO code
# for Romania). KOS (Kosovo) and PSE are the same in both.
COUNTRIES = {"ROU": "ROM"}
# International organisations (Actor.igo) -> CAMEO code; others export as plain IGO. From the
# PLOVER manual's table of non-state codes (UNO United Nations, EUR European Union): the UN's
# principal organs, its funds, programmes, specialised agencies and peace missions are UNO; the
# EU's institutions and missions EUR. Related but separate bodies (IAEA, IOM, the IMF and the World
# Bank, OPCW) stay IGO.
UN_SYSTEM = [
    "UN", "UNSC", "UNGA", "ICJ", "UNHCR", "UNICEF", "WFP", "UNHRC", "OHCHR", "UNRWA", "OCHA", "UNDP",
    "UNESCO", "FAO", "WHO", "ILO", "UNAIDS", "UNFPA", "UN_WOMEN", "UNEP", "UNODC", "UN_HABITAT",
    "UNCTAD", "UNIDO", "UNOPS", "IFAD", "ITU", "ICAO", "IMO", "WMO", "WIPO", "MONUSCO", "MINUSMA",
    "MINUSCA", "UNMISS", "UNIFIL", "UNSMIL", "UNAMA", "UNAMI", "BINUH", "UNSOM", "UNITAMS", "UNMIK",
    "UNMHA", "UNFICYP", "UNDOF", "UNMOGIP",
]  # fmt: skip
EU_SYSTEM = ["EU", "EC", "EP", "EUCO", "COUNCIL_EU", "EUFOR"]
IGOS = {**dict.fromkeys(UN_SYSTEM, "UNO"), **dict.fromkeys(EU_SYSTEM, "EUR")}

HEADER = """\
# CAMEO codes for eventwire's CAMEO export (src/eventwire/cameo.py).
#
# Derived from CAMEO2PLOVER-2021.txt ("CAMEO to PLOVER conversion table", PLOVER manual draft 0.8,
# 17 September 2021, edited by Philip Schrodt), https://github.com/openeventdata/PLOVER,
# commit 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f, (c) Open Event Data Alliance, licensed under
# Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0,
# https://creativecommons.org/licenses/by-sa/4.0/). This file is a derivative of that table (read
# in reverse: PLOVER -> CAMEO) and is itself under CC BY-SA 4.0.
# Generated by tests/test_cameo.py --write; edit the generator's choices there, not this file.
#
#   types:      per PLOVER event type
#                 default:   the CAMEO code exported when the event has no mode (or an unlisted one)
#                 military:  the code used instead of the default when an actor is military (MIL)
#                 modes:     PLOVER mode -> CAMEO code
#                 contexts:  PLOVER mode ("-" for none) -> PLOVER context -> a more specific code
#                 codes:     every CAMEO code the table translates to this type, with its mode and
#                            contexts (the comment is CAMEO's description)
#               When several codes fit a type/mode, the default is the most general one (shortest,
#               lowest, in the type's own CAMEO root first), except for these choices:
{choices}#   quad_classes: GDELT's QuadClass by CAMEO root (1 verbal cooperation, 2 material cooperation,
#               3 verbal conflict, 4 material conflict).
#   agents:     PLOVER sector -> CAMEO agent code. PLOVER JRN (journalists) is CAMEO MED (media) and
#               PLOVER MED (health) is CAMEO HLH; SOC (civil society) has no CAMEO code: CVL.
#               Sectors not listed (PRE, PRM, UNK, ...) export without an agent code.
#   countries:  ISO 3166-1 alpha-3 -> CAMEO country code, only where they differ.
#   igos:       Actor.igo short name -> CAMEO code (PLOVER's non-state codes); other IGOs: IGO.
"""


def parse_source(lines: Iterable[str]) -> list[dict]:
    """Rows of the translation table: code, PLOVER type, mode, contexts, CAMEO description."""
    rows: dict[str, dict] = {}
    for line in lines:
        match = re.match(r"^(\d{3,4}):(.*)$", line.strip())
        if not match:
            continue  # comments, root headings ("03: AGREE"), the closing rule
        code, rest = match.groups()
        body, _, description = rest.partition("#")
        parts = [part.strip() for part in body.split(",")] + ["", ""]
        contexts = [context.strip() for context in parts[2].split(";") if context.strip()]
        description = re.split(r"\s{2,}", description.strip())[0]
        rows.setdefault(
            code,
            {"code": code, "type": parts[0], "mode": parts[1], "contexts": contexts, "text": description},
        )
    return list(rows.values())


def _most_general(codes: Iterable[str], root: str) -> str:
    return min(codes, key=lambda code: (code[:2] != root, len(code), code))


def build_types(rows: list[dict]) -> tuple[dict, list[str]]:
    """The per-type table, and the comment lines that explain each override used."""
    types: dict[str, dict] = {}
    choices: list[str] = []
    for plover in dict.fromkeys(row["type"] for row in rows):
        entries = [row for row in rows if row["type"] == plover]
        no_mode = [row["code"] for row in entries if not row["mode"]]
        root = _most_general(no_mode or [row["code"] for row in entries], "")[:2]
        by_mode: dict[str, list[dict]] = {}
        for row in entries:
            by_mode.setdefault(row["mode"], []).append(row)
        chosen = {
            mode: _most_general([row["code"] for row in group], root) for mode, group in by_mode.items()
        }
        for (type_, mode), (code, why) in {**OVERRIDES, **EXTRA_MODES}.items():
            if type_ == plover:
                chosen[mode] = code
                choices.append(f"#                 {plover} {mode or '(no mode)'}: {code} -- {why}")
        contexts = {
            mode or "-": found
            for mode, group in by_mode.items()
            if (found := _context_codes(group, chosen.get(mode, ""), root))
        }
        table = {"default": chosen.get("") or _most_general([row["code"] for row in entries], root)}
        if plover in MILITARY_DEFAULTS:
            table["military"] = MILITARY_DEFAULTS[plover]
        table["modes"] = {mode: code for mode, code in sorted(chosen.items()) if mode}
        table["contexts"] = contexts
        table["codes"] = [
            {
                "code": row["code"],
                "mode": row["mode"] or None,
                "contexts": row["contexts"],
                "text": row["text"],
            }
            for row in sorted(entries, key=lambda row: row["code"])
        ]
        types[plover] = table
    return types, choices


def _context_codes(group: list[dict], mode_code: str, root: str) -> dict[str, str]:
    """Context -> code within one mode, where a context picks a code below the mode's own.

    Only codes under the mode's code in CAMEO's hierarchy count ("070" -> "071", "087" ->
    "0871"), so a context never moves an event sideways; "diplomatic" is on most verbal rows
    of the draft table and distinguishes nothing. Rows with several contexts ("military; legal":
    war crimes) need both, so they are not picked by one.
    """
    found: dict[str, str] = {}
    for context in sorted({context for row in group for context in row["contexts"]} - {"diplomatic"}):
        codes = [
            row["code"] for row in group if row["contexts"] == [context] and _below(row["code"], mode_code)
        ]
        if codes:
            found[context] = _most_general(codes, root)
    return found


def _below(code: str, parent: str) -> bool:
    generic = len(parent) == 3 and parent.endswith("0")
    return code != parent and (code.startswith(parent) or (generic and code[:2] == parent[:2]))


def build_table(source: Path) -> tuple[dict, list[str]]:
    types, choices = build_types(parse_source(source.read_text(encoding="utf-8").splitlines()))
    quads = {root: quad for quad, roots in QUAD_CLASSES.items() for root in roots}
    table = {"types": types, "quad_classes": quads, "agents": AGENTS, "countries": COUNTRIES, "igos": IGOS}
    return table, choices


def render(table: dict, choices: list[str]) -> str:
    """The YAML text: flow-style rows with CAMEO's description as a comment, for readers."""
    out = [HEADER.format(choices="".join(f"{line}\n" for line in choices)), "types:"]
    for plover, spec in table["types"].items():
        out.append(f"  {plover}:")
        for key in ("default", "military"):
            if key in spec:
                out.append(f'    {key}: "{spec[key]}"')
        out.append(f"    modes: {_flow(spec['modes'])}")
        out.append("    contexts:" + ("" if spec["contexts"] else " {}"))
        out.extend(f'      "{mode}": {_flow(found)}' for mode, found in spec["contexts"].items())
        out.append("    codes:")
        for row in spec["codes"]:
            mode = row["mode"] or "null"
            contexts = "[" + ", ".join(row["contexts"]) + "]"
            out.append(
                f'      - {{code: "{row["code"]}", mode: {mode}, contexts: {contexts}}}  # {row["text"]}'
            )
    out.append("quad_classes: " + _flow(table["quad_classes"]))
    for key in ("agents", "countries", "igos"):
        out.append(f"{key}: {_flow(table[key])}")
    return "\n".join(out) + "\n"


def _flow(mapping: dict) -> str:
    """A one-line YAML mapping; keys and text values quoted so "01" or "-" stay strings."""
    items = (
        f'"{key}": ' + (str(value) if isinstance(value, int) else f'"{value}"')
        for key, value in mapping.items()
    )
    return "{" + ", ".join(items) + "}"


def _stored_table() -> dict:
    stored = yaml.safe_load(TARGET.read_text(encoding="utf-8"))
    for spec in stored["types"].values():
        for row in spec["codes"]:
            row.pop("text", None)
    return stored


def test_yaml_matches_its_source_table():
    from conftest import shared_path

    table, _ = build_table(shared_path(SOURCE))
    for spec in table["types"].values():
        for row in spec["codes"]:
            row.pop("text")
    assert _stored_table() == yaml.safe_load(yaml.safe_dump(table))


# ----------------------------------------------------------------------------- the export


def _actor(ident: str, name: str, country: str | None, sector: str | None = None, igo: str | None = None):
    kind = "organisation" if igo else "state"
    return Actor(id=ident, name=name, kind=kind, country=country, sector=sector, igo=igo)


def _event(kind: str, mode: str | None = None, actors=(), recipients=(), **extra) -> Event:
    evidence = Evidence(doc_id="doc-1", sentence="A sentence written for this test.", start=0, end=33)
    return Event(
        id="ev-1", type=kind, mode=mode, actor=list(actors), recipient=list(recipients),
        evidence=[evidence], **extra,
    )  # fmt: skip


def test_every_plover_type_has_a_default_in_its_own_quad():
    table = load_cameo_table()
    plover_quads = {
        "verbal cooperation": 1,
        "material cooperation": 2,
        "verbal conflict": 3,
        "material conflict": 4,
    }
    events = yaml.safe_load((ROOT / "src" / "eventwire" / "data" / "events.yaml").read_text(encoding="utf-8"))
    for plover, spec in events["types"].items():
        code = cameo_event_code(plover)
        assert code is not None, plover
        assert code in [row["code"] for row in table["types"][plover]["codes"]]
        # CAMEO files yielding (08) as material and protest (14) as verbal; PLOVER does the reverse.
        if plover not in {"CONCEDE", "PROTEST"}:
            assert quad_class(code[:2]) == plover_quads[spec["quad"]], plover


def test_mode_and_context_choose_more_specific_codes():
    assert cameo_event_code("CONSULT", "phone") == "041"
    assert cameo_event_code("CONSULT", "multilateral") == "040"  # a mode the table lacks: the default
    assert cameo_event_code("AID", None, ["economic"]) == "071"
    assert cameo_event_code("AID", None, ["diplomatic"]) == "070"
    assert cameo_event_code("RETREAT", "ceasefire") == "0871"
    assert cameo_event_code("ASSAULT") == "180"
    assert cameo_event_code("ASSAULT", military=True) == "190"
    assert cameo_event_code("ASSAULT", "firearms", military=True) == "193"
    assert cameo_event_code("NOT-A-TYPE") is None


def test_actor_codes_follow_cameo_conventions():
    assert cameo_actor_code(_actor("RUS-GOV", "Russian government", "RUS", "GOV")) == "RUSGOV"
    assert cameo_actor_code(_actor("ROU", "Romania", "ROU")) == "ROM"
    assert cameo_actor_code(_actor("IGO:UN", "United Nations", "IGO", igo="UN")) == "UNO"
    assert cameo_actor_code(_actor("IGO:NATO", "NATO", "IGO", igo="NATO")) == "IGO"
    assert cameo_actor_code(_actor("IGO:UNAIDS", "UNAIDS", "IGO", igo="UNAIDS")) == "UNO"  # a UN programme
    assert cameo_actor_code(_actor("IGO:UNIFIL", "UNIFIL", "IGO", igo="UNIFIL")) == "UNO"  # a UN mission
    assert cameo_actor_code(_actor("IGO:EUCO", "European Council", "IGO", igo="EUCO")) == "EUR"
    assert cameo_actor_code(_actor("IGO:IAEA", "IAEA", "IGO", igo="IAEA")) == "IGO"  # related, not the UN


def test_every_organisation_given_a_cameo_code_is_one_the_actor_tables_know():
    tables = yaml.safe_load((Path(countries.__file__).parent / "data" / "countries.yaml").read_text())
    assert set(IGOS) <= set(tables["igos"])
    # PLOVER renamed CAMEO's media and health agents.
    assert cameo_actor_code(_actor("GBR-JRN", "British journalists", "GBR", "JRN")) == "GBRMED"
    assert cameo_actor_code(_actor("x", "doctors", None, "MED")) == "HLH"
    assert cameo_actor_code(_actor("x", "somebody", None, "UNK")) == ""
    assert cameo_actor_code(None) == ""


def test_rows_pair_every_actor_with_every_recipient():
    event = _event(
        "ACCUSE", "disapprove",
        actors=[_actor("FRA", "France", "FRA"), _actor("DEU-GOV", "German government", "DEU", "GOV")],
        recipients=[_actor("IRN-MIL", "Iranian military", "IRN", "MIL")],
        date="2024-03-05", score=-2.0, negated=True,
    )  # fmt: skip
    rows = cameo_rows(event)
    assert [(row["actor1_code"], row["actor2_code"]) for row in rows] == [
        ("FRA", "IRNMIL"),
        ("DEUGOV", "IRNMIL"),
    ]
    first = rows[0]
    assert list(first) == list(CAMEO_COLUMNS)
    assert first["cameo_code"] == "110" and first["cameo_root"] == "11" and first["quad_class"] == 3
    assert first["date"] == "20240305" and first["plover_score"] == -2.0 and first["negated"] == 1
    assert first["doc_id"] == "doc-1" and first["source_sentence"].startswith("A sentence")
    assert first["actor2_name"] == "Iranian military" and first["actor2_country"] == "IRN"


def test_event_without_recipient_gives_rows_with_an_empty_recipient():
    event = _event("PROTEST", "demo", actors=[_actor("SRB-CVL", "Serbians", "SRB", "CVL")], date="2023-11")
    (row,) = cameo_rows(event)
    assert row["actor1_code"] == "SRBCVL" and row["actor2_code"] == "" and row["actor2_name"] == ""
    assert row["cameo_code"] == "141" and row["quad_class"] == 3 and row["date"] == "2023-11"


def test_export_reads_stored_event_dicts():
    stored = {
        **to_dict(_event("AID", None, [_actor("JPN", "Japan", "JPN")], [_actor("PHL", "Philippines", "PHL")]))
    }
    stored["context"] = ["humanitarian"]
    stored["doc_id"] = "stored-doc"
    (row,) = list(cameo_export_rows([stored]))
    assert row["cameo_code"] == "073" and row["quad_class"] == 2 and row["doc_id"] == "stored-doc"
    assert row["date"] == ""


@pytest.mark.parametrize("plover", ["CONSULT", "AGREE"])
def test_a_reciprocal_listing_is_not_a_self_dyad(plover):
    usa, chn = _actor("USA", "United States", "USA"), _actor("CHN", "China", "CHN")
    rows = cameo_rows(_event(plover, actors=[usa, chn], recipients=[chn]))
    assert [(row["actor1_code"], row["actor2_code"]) for row in rows] == [("USA", "CHN")]


if __name__ == "__main__" and "--write" in sys.argv:
    built, used = build_table(ROOT.parent / "shared" / SOURCE)
    TARGET.write_text(render(built, used), encoding="utf-8")
    print(f"wrote {TARGET}")
