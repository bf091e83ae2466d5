"""The trigger lexicon on the vocabulary of wire copy: journalists' verbs, phrasal verbs and idioms
("hammered out a deal", "threw its weight behind", "rounded on", "downed tools", "ordered out the
ambassador") and the same words in senses that report no event ("ranchers rounded up the herd").

The floor is on src/eventwire/data/training/event_types_wire.jsonl (351 sentences, all 16 types and
NONE; README there). A sentence counts as right when the rules code an event of its label (NONE: no
event). Measured 0.969 in November 2026 (session 4; 0.635 with the rules before that session), a
development figure: the rules were added while reading the misses of most of these sentences.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "v", "text": text})
    return {event.type for event in events if not event.negated}


def test_rules_cover_the_wire_vocabulary_sentences(nlp):
    text = (
        resources.files("eventwire.data")
        .joinpath("training/event_types_wire.jsonl")
        .read_text(encoding="utf-8")
    )
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    right = 0
    for row in rows:
        types = _types(nlp, row["text"])
        right += (not types) if row["label"] == "NONE" else row["label"] in types
    assert right / len(rows) >= 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador and Peru hammered out a deal on fishing quotas in Quito.", "AGREE"),
        ("Oman and Iran inked a maritime accord in Muscat.", "SUPPORT"),
        ("The Danish minister sat down with his Swedish counterpart in Malmo.", "CONSULT"),
        ("Berlin threw its weight behind the Polish bid to host the summit.", "SUPPORT"),
        ("The cabinet climbed down over the fuel levy after a week of protests.", "CONCEDE"),
        ("Police from Chile and Peru teamed up to break a smuggling ring.", "COOPERATE"),
        ("Kuwait lent Jordan 500 million dollars to support its budget.", "AID"),
        ("The rebels handed back the captured town to the army.", "RETREAT"),
        ("Opposition lawmakers rounded on the finance minister over the deficit.", "ACCUSE"),
        ("Hanoi brushed aside Beijing's demand to halt the drilling.", "REJECT"),
        ("Port workers downed tools in Mombasa over unpaid wages.", "PROTEST"),
        ("Estonia ordered out the Russian envoy after the incident.", "SANCTION"),
        ("The government ordered out the foreign correspondents.", "COERCE"),
        ("Police hauled in dozens of activists overnight.", "COERCE"),
        ("Senegal quit the regional bloc in a row over fishing rights.", "SANCTION"),
        ("The navy beefed up its presence off the disputed islands.", "MOBILIZE"),
        ("The Kenyan delegation walked out of the talks in Addis Ababa.", "SANCTION"),
        ("Rebel artillery hammered army positions outside the town.", "ASSAULT"),
        ("The secret police put two bloggers behind bars.", "COERCE"),
        ("Ankara poured cold water on the Greek proposal.", "REJECT"),
        ("Separatists blew up a railway bridge near the border.", "ASSAULT"),
        ("Greek coast guard officers boarded a Turkish trawler off Lesbos.", "COERCE"),
        ("Oslo summoned the head of the Russian diplomatic mission over the spy case.", "ACCUSE"),
        ("Baku brushed off the Armenian protest over the border post.", "REJECT"),
        ("Ankara called its diplomats home from Tel Aviv.", "SANCTION"),
        ("Oslo called in the Russian ambassador over the spy case.", "ACCUSE"),
        ("Lula was welcomed by Ramaphosa at the Union Buildings in Pretoria.", "CONSULT"),
        ("Washington has paused its military aid to Kyiv.", "SANCTION"),
        ("Seoul called off the signing of the fisheries pact with Tokyo.", "REJECT"),
        ("Dockworkers in Santos called off their strike after the pay offer.", "CONCEDE"),
        ("The European Union paid Armenia 40 million euros in grants.", "AID"),
        ("Brussels said it could reimpose sanctions on Minsk if the prisoners were not freed.", "THREATEN"),
        ("Argentina said on Monday that its president would not apologise to Spain.", "REJECT"),
        ("A Russian patrol plane violated Finnish airspace near Porvoo.", "MOBILIZE"),
        ("Lukashenko said the West was trying to bring down his government.", "ACCUSE"),
        ("Maduro said the opposition wanted to topple him with foreign help.", "ACCUSE"),
        ("Turkey relayed intelligence to Baghdad about the smugglers.", "COOPERATE"),
        ("Moscow passed on information to Belgrade about the planned riots.", "COOPERATE"),
        ("The Sudanese army declared a three-day truce for the Eid holiday.", "CONCEDE"),
        ("The ceasefire between Armenia and Azerbaijan held through the night.", "RETREAT"),
        ("Kazakh President Tokayev sent congratulations to the new Georgian president.", "SUPPORT"),
        ("Tokyo issued a formal apology to Seoul over the wartime labour case.", "CONCEDE"),
        ("The Malian junta lifted its ban on political parties.", "CONCEDE"),
        ("Norway provided 2 billion crowns to Moldova for energy repairs.", "AID"),
        ("Qatar placed a $2 billion deposit with Egypt's central bank.", "AID"),
        ("Chilean and Argentine warships staged naval manoeuvres together off Cape Horn.", "COOPERATE"),
        ("Intelligence on arms smuggling was shared between Greek and Turkish officials.", "COOPERATE"),
        ("Ecuador exchanged intelligence with Colombia on cartel routes.", "COOPERATE"),
        ("Syria permitted inspectors from the OPCW to visit the site.", "RETREAT"),
        ("Serbia handed two disputed villages on the river over to Bosnia.", "RETREAT"),
        ("Ukraine and Moldova applied to join the European Union in 2022.", "REQUEST"),
        (
            "The Venezuelan opposition insisted that the government release all political prisoners.",
            "REQUEST",
        ),
        ("Moscow put Tallinn on notice of retaliatory steps.", "THREATEN"),
        ("Thousands of farmers converged on Brussels to oppose the trade deal.", "PROTEST"),
        ("Iranian drones rained down on the port of Haifa overnight.", "ASSAULT"),
        ("Russia transferred nuclear warheads to Belarus.", "MOBILIZE"),
        ("Chinese maritime militia boats swarmed the reef near the Philippine outpost.", "MOBILIZE"),
        ("Bolivia's junta tore up its defence pact with Paraguay.", "SANCTION"),
        ("Ecuador is ending its extradition treaty with Peru, the president said.", "SANCTION"),
        ("Kenya withdrew the duty-free facility for Ugandan sugar last month.", "SANCTION"),
        ("Dozens of political prisoners walked out of jail in Managua on Tuesday.", "RETREAT"),
        ("The jailed editor walked free on Friday after a court granted him bail.", "RETREAT"),
        ("Lithuania has ordered Belarus's ambassador out of the country.", "SANCTION"),
        ("The Kenyan president branded the opposition leader a tribal warlord.", "ACCUSE"),
        ("Japan's export bank provided financing assurances to Ghana in May.", "AGREE"),
        ("The African Development Bank released 90 million dollars to Malawi on Friday.", "AID"),
        ("Poland ended the transit of Belarusian potash through its ports in June.", "SANCTION"),
        ("Army reinforcements rolled into the northern city on Friday.", "MOBILIZE"),
        ("The government called in the army to restore order in the capital.", "MOBILIZE"),
        ("A Dhaka court granted the opposition leader bail on Monday.", "RETREAT"),
        ("Tajikistan transferred two disputed villages to Kyrgyzstan under the border deal.", "RETREAT"),
        ("Georgia boycotted the regional summit in Baku.", "REJECT"),
        ("Uruguay's president skipped the Mercosur summit in Asuncion.", "REJECT"),
        ("The junta took the Belgian broadcaster off the air on Monday.", "COERCE"),
        ("A Turkish cargo plane carrying tents and blankets landed in Benghazi on Friday.", "AID"),
        ("Bolivia gave up its claim to the Silala springs under the ruling.", "CONCEDE"),
        ("Bolivia will not give up its claim to the Silala springs, its foreign minister said.", "REJECT"),
        ("Argentina would never renounce its sovereignty over the islands, Milei said.", "REJECT"),
        ("Zambia suspended its mining reform after a week of protests.", "CONCEDE"),
        ("Mongolia put the mining reform on hold on Monday.", "CONCEDE"),
        ("The Netherlands slashed its development funding for Mali after the coup.", "SANCTION"),
        ("Turkey flew tents and blankets to Libya on Thursday.", "AID"),
    ],
)
def test_wire_idioms_code_their_type(nlp, text, expected):
    assert expected in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ranchers rounded up their cattle before the blizzard.",
        "The central bank froze interest rates at 3 percent.",
        "The coach slammed the door of the dressing room.",
        "The striker blasted the ball over the bar.",
        "Investors brushed aside the weak inflation figures.",
        "The pop star rebuffed rumours of a split.",
        "The hikers sat down with their guides to plan the climb.",
        "Stocks were hammered on Wall Street after the earnings reports.",
        "The children blew up balloons for the party.",
        "The farmer mowed down the weeds along the fence.",
        "The singer played host to a charity gala in Monaco.",
        "The envelope was sealed with wax.",
        "The Polish delegation boarded a flight to Brussels.",
        "The 1936 treaty with Turkey governs shipping through the straits.",
        "Asked about the border incident, the Thai spokesman said he had no details.",
        "The Brazilian embassy declined to comment on the report.",
        "Chilean officials refused to elaborate on the figures.",
        "The singer stormed the charts with her debut single.",
        "A fire at a hospital in Baghdad killed 82 patients.",
        "A gas explosion ripped through a market in Karachi.",
        "Kenya denied the charge that its police had shot protesters.",
        "Malawi dismissed as baseless reports that its army had crossed into Zambia.",
        "The Brazilian foreign ministry released a communique on its website.",
        "A Turkish cargo plane carrying the trade minister landed in Benghazi on Friday.",
        "The embassy put the caller on hold for twenty minutes.",
    ],
)
def test_the_same_words_in_other_senses_code_nothing(nlp, text):
    assert _types(nlp, text) == set()


def test_riot_police_are_no_riot_and_a_welcomed_decision_is_no_visit(nlp):
    assert _types(nlp, "Riot police fired tear gas at protesters in Lima.") == {"ASSAULT"}
    assert _types(nlp, "Ghana welcomed the decision of the Nigerian court.") == {"SUPPORT"}


def test_leaving_a_body_is_a_sanction_but_withdrawing_from_villages_is_a_retreat(nlp):
    assert "SANCTION" in _types(nlp, "Gabon quit the alliance after the summit.")
    types = _types(nlp, "The troops withdrew from two villages under the border deal.")
    assert "RETREAT" in types and "SANCTION" not in types
