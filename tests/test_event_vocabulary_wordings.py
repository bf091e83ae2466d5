"""More wire wordings of the PLOVER types, one short sentence each, written from the codebook and
general knowledge of news English (not from any gold, fixture or lexicon-blind sentence), and the
same words in senses that report no event ("shelled out millions", "floodwater filled the streets").

Added in session 12 (November 2026): every CODED sentence here was missed (or coded as another type)
before the entries of that session were added to data/events.yaml; the UNCODED ones guard those
entries against their other senses.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "w", "text": text})
    return {event.type for event in events if not event.negated}


CODED = [
    # ASSAULT
    ("Fighters raked the village with machine-gun fire.", "ASSAULT"),
    ("Gunmen sprayed the crowd with bullets.", "ASSAULT"),
    ("A Russian drone crashed into an apartment block in Odesa.", "ASSAULT"),
    ("Police teargassed students at the university.", "ASSAULT"),
    # COERCE
    ("Authorities interrogated the reporter for six hours.", "COERCE"),
    ("The authorities placed the region under lockdown.", "COERCE"),
    ("Russia jammed GPS signals over the Baltic.", "COERCE"),
    ("Hackers knocked government websites offline.", "COERCE"),
    ("Authorities forcibly relocated thousands of villagers.", "COERCE"),
    ("The government shuttered the independent newspaper.", "COERCE"),
    ("Authorities blocked the opposition's rally.", "COERCE"),
    ("The junta suspended the constitution.", "COERCE"),
    ("Russia throttled YouTube across the country.", "COERCE"),
    ("The government blocked Telegram after the protests.", "COERCE"),
    # ACCUSE
    ("Orban called the decision senseless.", "ACCUSE"),
    # CONSULT
    ("The minister huddled with Blinken in Doha.", "CONSULT"),
    # COOPERATE
    ("Jordan coordinated its response with Egypt.", "COOPERATE"),
    ("France and Germany pooled resources to build a new tank.", "COOPERATE"),
    # RETREAT
    ("Armed groups handed in their weapons.", "RETREAT"),
    ("The fighters turned over their rifles to the army.", "RETREAT"),
    ("Rebels abandoned their positions in the town.", "RETREAT"),
    ("The police chief stepped aside pending the inquiry.", "RETREAT"),
    # REJECT
    ("Ankara held out against Sweden's bid to join NATO.", "REJECT"),
    ("China scoffed at the accusations.", "REJECT"),
    ("Iran called the reimposition of sanctions legally void.", "REJECT"),
    # AGREE
    ("The opposition leader said he was ready for genuine dialogue.", "AGREE"),
    ("Tehran is open to negotiations with Washington, the minister said.", "AGREE"),
    # REQUEST
    ("Washington pushed Israel to scale back its offensive.", "REQUEST"),
    ("The bloc encouraged Serbia to normalise ties with Kosovo.", "REQUEST"),
    # PROTEST
    ("Crowds thronged the streets of Dhaka demanding the president's resignation.", "PROTEST"),
    ("Tens of thousands packed the main square of the capital.", "PROTEST"),
    ("Protesters blocked the freeway for hours.", "PROTEST"),
    # MOBILIZE
    ("The junta conscripted young men into the army.", "MOBILIZE"),
    ("The militia armed its supporters.", "MOBILIZE"),
    ("North Korea fired artillery shells into the sea near the border.", "MOBILIZE"),
    ("Tehran unveiled a new hypersonic missile.", "MOBILIZE"),
    ("NATO boosted its eastern flank.", "MOBILIZE"),
    ("Troops fanned out across the capital.", "MOBILIZE"),
    ("Soldiers set up checkpoints across the city.", "MOBILIZE"),
    ("North Korea rearmed its guard posts along the border.", "MOBILIZE"),
    # SUPPORT
    ("Brazil voted for the resolution.", "SUPPORT"),
    ("Moscow vouched for its ally.", "SUPPORT"),
    ("Ankara gave the green light to Finland's membership.", "SUPPORT"),
    ("The two countries normalised relations.", "SUPPORT"),
    ("The EU granted Georgia candidate status.", "SUPPORT"),
    # CONCEDE
    ("The president acceded to the protesters' demands.", "CONCEDE"),
    ("The government bowed to the strikers' demands.", "CONCEDE"),
    ("Authorities restored internet access in the region.", "CONCEDE"),
    ("Canberra suspended its WTO complaint against Beijing.", "CONCEDE"),
    # AID
    ("Washington rushed munitions to Israel.", "AID"),
    ("Spain sent UNRWA an extra 20 million euros.", "AID"),
    ("Saudi Arabia gave Jordan $1 billion.", "AID"),
    # THREATEN
    ("Israel will wipe out Hamas, the minister said.", "THREATEN"),
    ("Those responsible will face the full force of the law, the president said.", "THREATEN"),
    ("The junta vowed to crush the rebellion.", "THREATEN"),
    ("The militia swore to avenge the killing of its commander.", "THREATEN"),
]

UNCODED = [
    "Floodwater filled the streets of the old town.",
    "The crowd packed the stadium for the final.",
    "Traffic jammed the roads out of the city.",
    "The player was drafted by the Lakers.",
    "The ministry moved its offices to the new building.",
    "A car slammed into a tree on the highway.",
    "The tanker crashed into a pier.",
    "Investors were encouraged by the results.",
    "The rains pushed prices higher.",
    "Voters voted for the opposition candidate.",
    "The company restored power to the homes.",
    "Engineers restored the old bridge.",
    "The company shelled out millions for the new plant.",
    "The carmaker unveiled a new electric model.",
    "The government unveiled its budget.",
    "Police punished the officers involved last year.",
    "Mourners fanned out through the streets.",
    "The team will face Brazil in the final.",
    "Fans set up tents outside the stadium.",
    "The museum is open to the public on Sundays.",
    "The team is ready for the final.",
]

# The same words where they report another type than the new entries give.
OTHER_TYPES = [
    ("The opposition slammed the government's decision.", "ACCUSE"),
    ("The senate blocked the nomination.", "REJECT"),
    ("The rebels withdrew from the town under the agreement.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_wire_wording_is_coded_as_its_type(nlp, text, expected):
    assert expected in _types(nlp, text)


@pytest.mark.parametrize("text", UNCODED)
def test_other_senses_stay_uncoded(nlp, text):
    assert not _types(nlp, text)


@pytest.mark.parametrize(("text", "expected"), OTHER_TYPES)
def test_other_senses_keep_their_type(nlp, text, expected):
    assert expected in _types(nlp, text)
