"""Wire wordings of each PLOVER type, written from the codebook and general knowledge of news English
(not from any gold or fixture sentence), one short sentence per wording: the type each must be coded
as, and sentences where the same words report no event ("shares sank", "shot to fame").

Added in session 9 (November 2026) when the vocabulary was widened type by type; the entries the
lexicon gained then are marked "new" in the comments.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import code_sentence


def _types(nlp, text: str) -> set[str]:
    events, _ = code_sentence(nlp, {"id": "p", "text": text})
    return {event.type for event in events if not event.negated}


CODED = [
    # ASSAULT
    ("Government troops shelled rebel positions near the border town overnight.", "ASSAULT"),
    ("A fighter jet strafed a convoy of trucks on the highway.", "ASSAULT"),
    ("Gunmen opened fire on a police checkpoint in the north.", "ASSAULT"),
    ("Insurgents ambushed an army patrol in the mountains.", "ASSAULT"),
    ("Militants lobbed grenades at a police station.", "ASSAULT"),
    ("Houthi forces launched a barrage of rockets at the port.", "ASSAULT"),  # new
    ("Russia unleashed a wave of missiles on Kyiv.", "ASSAULT"),  # new
    ("Pakistani troops traded fire with Indian soldiers across the frontier.", "ASSAULT"),  # new
    ("Naval forces sank a rebel boat off the coast.", "ASSAULT"),  # new
    ("Troops bulldozed dozens of homes in the village.", "ASSAULT"),  # new
    ("Rebels shot down a military helicopter over the province.", "ASSAULT"),
    # SANCTION
    ("Washington slapped sanctions on three Iranian oil firms.", "SANCTION"),
    ("Britain froze the assets of several oligarchs.", "SANCTION"),
    ("Morocco downgraded diplomatic ties with Germany.", "SANCTION"),
    ("Beijing imposed a ban on imports of Japanese seafood.", "SANCTION"),
    ("Turkey halted oil flows through the pipeline to the port.", "SANCTION"),  # new
    ("The foreign ministry advised its citizens to avoid travel to the Philippines.", "SANCTION"),  # new
    ("The African Union suspended Niger's membership after the coup.", "SANCTION"),
    # REQUEST
    ("The president called on rebels to lay down their arms.", "REQUEST"),
    ("The UN chief pleaded with the warring parties to spare civilians.", "REQUEST"),
    ("Seoul pressed Tokyo for an apology over wartime forced labour.", "REQUEST"),
    # REJECT
    ("Israel rebuffed calls for a ceasefire.", "REJECT"),
    ("Russia vetoed the Security Council resolution.", "REJECT"),
    ("Tehran ruled out direct negotiations with Washington.", "REJECT"),
    ("The ministry brushed aside the criticism as meddling in its affairs.", "REJECT"),  # new
    ("The minister has refused to retract the remark.", "REJECT"),
    # COERCE
    ("Security forces rounded up hundreds of migrants.", "COERCE"),
    ("Authorities placed the opposition leader under house arrest.", "COERCE"),
    ("Hackers linked to the army breached the ministry's email servers.", "COERCE"),  # new
    ("The junta dissolved the main opposition party.", "COERCE"),  # new
    ("Border guards pushed back hundreds of migrants.", "COERCE"),  # new
    ("The cabinet designated the movement as a terrorist organisation.", "COERCE"),  # new
    ("The interior ministry proscribed the student group.", "COERCE"),  # new
    # AGREE
    ("The rebels pledged to respect the truce.", "AGREE"),
    ("Egypt and Ethiopia signalled readiness to resume negotiations.", "AGREE"),  # new
    ("The two countries forged an alliance against piracy.", "AGREE"),  # new
    ("The two sides reached a ceasefire on Sunday.", "AGREE"),  # new
    ("A truce was reached with the tribal elders late on Wednesday.", "AGREE"),  # new
    # CONSULT
    ("Blinken spoke by phone with his Saudi counterpart.", "CONSULT"),
    ("The envoy shuttled between Cairo and Tel Aviv.", "CONSULT"),  # new
    ("Officials from the two countries held a video call on Monday.", "CONSULT"),  # new
    # SUPPORT
    ("France backed India's bid for a permanent Security Council seat.", "SUPPORT"),
    ("Hungary voted in favour of the resolution.", "SUPPORT"),  # new
    ("Pakistan championed China's position on Taiwan.", "SUPPORT"),  # new
    # CONCEDE
    ("The government bowed to pressure and scrapped the tax.", "CONCEDE"),
    ("The minister withdrew the remark and apologised.", "CONCEDE"),  # new (retracting words)
    # COOPERATE
    ("Colombia extradited a drug lord to the United States.", "COOPERATE"),
    ("Police from the two countries have been exchanging evidence since the bombing.", "COOPERATE"),  # new
    # AID
    ("The World Bank approved a $500 million loan for Kenya.", "AID"),
    ("Qatar bankrolled the reconstruction of schools in Gaza.", "AID"),  # new
    ("The Gulf states bailed out the struggling economy.", "AID"),  # new
    ("An aid convoy carrying flour and medicine reached the town on Thursday.", "AID"),  # new
    # RETREAT
    ("Rebel forces pulled back from the front line.", "RETREAT"),
    ("Kidnappers freed the missionaries unharmed.", "RETREAT"),
    # ACCUSE
    ("India took Pakistan to task over cross-border terrorism.", "ACCUSE"),
    ("The prosecutor applied for arrest warrants against the two commanders.", "ACCUSE"),  # new
    ("The mining company launched international arbitration against the government.", "ACCUSE"),  # new
    ("The senator called the president a dictator.", "ACCUSE"),  # new
    ("Washington tore up the nuclear deal with Tehran.", "SANCTION"),
    ("The two sides struck a deal on grain exports.", "AGREE"),
    ("The opposition leader attacked the government's handling of the crisis.", "ACCUSE"),  # new
    # THREATEN
    ("Moscow warned Finland of countermeasures if it joined NATO.", "THREATEN"),
    # PROTEST
    ("Thousands poured into the streets of Tbilisi.", "PROTEST"),  # new
    ("Supporters of the jailed leader gathered outside the court.", "PROTEST"),  # new
    ("Hundreds of doctors walked off the job in protest.", "PROTEST"),
    # MOBILIZE
    ("Government troops and tanks rolled into the city on Monday.", "MOBILIZE"),  # new
    ("Azerbaijan moved heavy weaponry to the frontier.", "MOBILIZE"),  # new
    ("Israel called up 300,000 reservists.", "MOBILIZE"),
]

UNCODED = [
    "The storm pounded the coast with heavy rain.",
    "Shares slumped after the central bank raised rates.",
    "Shares sank on Monday after the results.",
    "The minister shot to fame after the debate.",  # new
    "The team beat its rivals 3-1 in the final.",  # new
    "The film captured the mood of the nation.",  # new
    "Several airlines offered free refunds on flights to the region.",  # new
    "The central bank froze interest rates.",
    "The cargo ship left the port of Rotterdam on Monday.",
    "The government rolled out a new vaccination plan.",
    "Mourners gathered outside the church for the funeral.",
    "Fans stormed the pitch after the match.",
    '"This deal was a feat of diplomacy," he said at the White House.',  # new: a deal named, none made
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_wire_wording_is_coded_as_its_type(nlp, text, expected):
    assert expected in _types(nlp, text)


@pytest.mark.parametrize("text", UNCODED)
def test_other_senses_of_event_words_stay_uncoded(nlp, text):
    assert not _types(nlp, text)
