"""Event types of common ways news tells an event (events.yaml triggers, governors and recodings):
each case is a sentence written for these tests, the type of its most confident event, and the
trigger rule that must have coded it (a prefix of the evidence's rule id)."""

from __future__ import annotations

import pytest
from tests.test_events import code

# (sentence, actor surfaces, top type, rule id prefix)
CASES = [
    # Rescues: evacuating people is AID, evacuating a place is a withdrawal.
    (
        "Peruvian helicopters evacuated the injured from the flooded valley.",
        {"Peruvian": "PER"},
        "AID",
        "aid.verb.evacuate",
    ),
    ("Peru evacuated its border post on Sunday.", {"Peru": "PER"}, "RETREAT", "retreat.verb.withdraw"),
    # Giving up the fight.
    (
        "Two hundred Malian rebels surrendered to the army near Gao.",
        {"Malian": "MLI"},
        "RETREAT",
        "retreat.verb.surrender",
    ),
    # Returning property or captives (an announced return is a concession: codebook CONCEDE).
    (
        "Ecuador returned the seized fishing vessels to Peru on Tuesday.",
        {"Ecuador": "ECU", "Peru": "PER"},
        "RETREAT",
        "retreat.verb.return-property",
    ),
    (
        "Kenya said it would return the confiscated land to the farmers.",
        {"Kenya": "KEN"},
        "CONCEDE",
        "retreat.verb.return-property",
    ),
    # Opening a border or a crossing lets people in.
    (
        "Chad opened its border to refugees from Sudan on Monday.",
        {"Chad": "TCD", "Sudan": "SDN"},
        "RETREAT",
        "retreat.verb.open-crossing",
    ),
    # Accepting a demand gives way; repeating it makes it again.
    (
        "The Peruvian government accepted the demands of the striking miners.",
        {"Peruvian": "PER"},
        "CONCEDE",
        "request.noun",
    ),
    (
        "Nepal renewed its demand that India reopen the trade routes.",
        {"Nepal": "NPL", "India": "IND"},
        "REQUEST",
        "request.noun",
    ),
    (
        "Seoul issued a warning that it would shoot down any drone crossing the line.",
        {"Seoul": "KOR"},
        "THREATEN",
        "threaten.noun",
    ),
    # Diplomatic ties established for the first time.
    (
        "Bhutan established diplomatic ties with Bahrain on Friday.",
        {"Bhutan": "BTN", "Bahrain": "BHR"},
        "SUPPORT",
        "support.phrase.establish-ties",
    ),
    # Barring or reducing aid or supplies withdraws them.
    (
        "Germany would prohibit all military aid to the junta, the minister said.",
        {"Germany": "DEU"},
        "SANCTION",
        "aid.noun",
    ),
    (
        "The World Food Programme cut food rations to the camps in Kenya by half.",
        {"Kenya": "KEN"},
        "SANCTION",
        "sanction.verb.cut-supplies",
    ),
    # Blocking traffic is an obstruction protest, not a rejection.
    (
        "Farmers blocked traffic into the capital with their tractors on Monday.",
        {},
        "PROTEST",
        "protest.verb.obstruct",
    ),
    # A vow of force is a threat; an oath of office is no event.
    ("The militia has sworn to fight until the army leaves Kivu.", {}, "THREATEN", "agree.verb"),
    # Ultimatums: an act announced on a condition is a threat.
    (
        "The union said it will boycott the talks unless the ministry withdraws the decree.",
        {},
        "THREATEN",
        "consult.noun.talks",  # boycotting a meeting is refusing it: a threat to break off relations
    ),
    (
        "Ghana will withdraw its troops from Mali unless their safety is guaranteed.",
        {"Ghana": "GHA", "Mali": "MLI"},
        "THREATEN",
        "retreat.verb.withdraw",
    ),
    # Being prepared to use force warns; being willing to help if attacked promises help.
    (
        "The interior minister said the government is prepared to impose a curfew in the north.",
        {},
        "THREATEN",
        "agree.phrase.prepared",
    ),
    (
        "Norway is willing to send supplies to Estonia if it is attacked, the minister said.",
        {"Norway": "NOR", "Estonia": "EST"},
        "AGREE",
        "agree.phrase.willing",
    ),
    # Protesting a claim is a complaint; protesting outside a building a demonstration.
    (
        "The new media law silences journalists, a press freedom group protested on Monday.",
        {},
        "ACCUSE",
        "protest.verb.demo",
    ),
    ("The union protested that the ministry had ignored its members.", {}, "ACCUSE", "protest.verb.demo"),
    ("Students protested outside the ministry in Dhaka on Monday.", {}, "PROTEST", "protest.verb.demo"),
    # Leaving a mediation, withdrawing observers: reducing relations.
    (
        "Qatar ended its mediation between the rival factions on Sunday.",
        {"Qatar": "QAT"},
        "SANCTION",
        "sanction.phrase.end-mediation",
    ),
    (
        "Algeria may suspend its mediation efforts if the fighting resumes, the minister said.",
        {"Algeria": "DZA"},
        "THREATEN",
        "sanction.phrase.suspend-mediation",
    ),
    (
        "Sweden withdrew its observers from the monitoring mission in Georgia.",
        {"Sweden": "SWE"},
        "SANCTION",
        "sanction.verb.recall-envoy",
    ),
    # Letting observers in.
    (
        "Belarus admitted a team of election observers from the OSCE.",
        {"Belarus": "BLR"},
        "RETREAT",
        "retreat.verb.admit-observers",
    ),
    # Violating a ceasefire is an attack, not an agreement.
    (
        "Both armies violated the ceasefire agreement on Sunday, monitors said.",
        {},
        "ASSAULT",
        "assault.phrase.violate-ceasefire",
    ),
    # Defending someone against criticism supports them.
    (
        "Hungary defended Serbia against criticism of its election, the foreign minister said.",
        {"Hungary": "HUN", "Serbia": "SRB"},
        "SUPPORT",
        "support.verb.defend",
    ),
    # Intelligence provided is military assistance.
    (
        "Britain is providing satellite images and intelligence to Kenya, officials said.",
        {"Britain": "GBR", "Kenya": "KEN"},
        "AID",
        "aid.verb.deliver",
    ),
    # Silencing the press.
    (
        "The junta ordered the independent daily to suspend publication for a month.",
        {},
        "COERCE",
        "request.verb",
    ),
    # Money approved or extended for someone.
    (
        "The Asian Development Bank approved a $300 million loan for Nepal on Monday.",
        {"Nepal": "NPL"},
        "AID",
        "aid.verb.approve-funds",
    ),
    (
        "Japan extended a credit line to Sri Lanka's central bank.",
        {"Japan": "JPN", "Sri Lanka": "LKA"},
        "AID",
        "aid.verb.deliver",
    ),
    # Censors block access; people forced from their homes.
    (
        "The authorities blocked access to messaging apps ahead of the vote.",
        {},
        "COERCE",
        "coerce.verb.cut-communications",
    ),
    (
        "Militiamen forced hundreds of villagers out of their homes near Goma.",
        {},
        "COERCE",
        "coerce.phrase.force-out",
    ),
    # Regret, giving in, accepting defeat.
    (
        "The Dutch government expressed regret for the raid on the village.",
        {"Dutch": "NLD"},
        "CONCEDE",
        "concede.phrase.express-regret",
    ),
    (
        "The mayor agreed to the demands of the taxi drivers after a week.",
        {},
        "CONCEDE",
        "concede.phrase.agree-to-demands",
    ),
    (
        "The governing party accepted defeat in the regional vote.",
        {},
        "CONCEDE",
        "concede.phrase.accept-defeat",
    ),
    # Rejections told by phrasal verbs; an offer ignored.
    ("The president ruled out a second referendum on Tuesday.", {}, "REJECT", "reject.phrase.rule-out"),
    ("Lawmakers voted down the government's pension bill.", {}, "REJECT", "reject.phrase.vote-down"),
    (
        "Malta turned away a rescue ship carrying 200 migrants.",
        {"Malta": "MLT"},
        "REJECT",
        "reject.phrase.turn-away",
    ),
    (
        "Belgrade ignored Pristina's offer of new talks.",
        {"Belgrade": "SRB", "Pristina": "XKX"},
        "REJECT",
        "reject.verb.ignore",
    ),
    # Support and disapproval in set phrases.
    (
        "Ankara declared its full backing for the Libyan government.",
        {"Ankara": "TUR", "Libyan": "LBY"},
        "SUPPORT",
        "support.noun",
    ),
    (
        "The president paid tribute to the firefighters who died in the blaze.",
        {},
        "SUPPORT",
        "support.phrase.pay-tribute",
    ),
    (
        "Jordan expressed its strong disapproval of the settlement plan.",
        {"Jordan": "JOR"},
        "ACCUSE",
        "accuse.phrase.express-disapproval",
    ),
    (
        "A parliamentary committee will look into the police shootings.",
        {},
        "ACCUSE",
        "accuse.phrase.look-into",
    ),
    (
        "Students formed a human chain around the university to oppose the closure.",
        {},
        "PROTEST",
        "protest.phrase.human-chain",
    ),
    # Reparations are aid.
    (
        "Germany agreed to pay compensation to the families of the victims.",
        {"Germany": "DEU"},
        "AGREE",
        "agree.verb",
    ),
    (
        "Germany paid compensation to the families of the victims in 2019.",
        {"Germany": "DEU"},
        "AID",
        "aid.phrase.pay-compensation",
    ),
    # A conclusion that someone must act is a demand on them.
    (
        "The summit concluded that Brazil must protect the forest.",
        {"Brazil": "BRA"},
        "REQUEST",
        "request.modal",
    ),
    # CAMEO categories the codebook maps: ultimatums, defiance, settled disputes, aid let in, human shields.
    (
        "The junta issued an ultimatum to the rebels to leave the capital by Friday.",
        {},
        "THREATEN",
        "threaten.noun",
    ),
    ("Thousands of teachers defied the ban on strikes, the union said.", {}, "REJECT", "reject.verb.defy"),
    (
        "Peru and Chile settled their fishing dispute at the meeting in Lima.",
        {"Peru": "PER", "Chile": "CHL"},
        "AGREE",
        "agree.phrase.settle-dispute",
    ),
    (
        "Syria allowed humanitarian aid into the besieged district on Monday.",
        {"Syria": "SYR"},
        "RETREAT",
        "aid.noun",
    ),
    (
        "The militia used villagers as human shields near the front line.",
        {},
        "ASSAULT",
        "assault.phrase.use-as-shield",
    ),
    # Common verbs of requests, rejections, disapproval, support and coercion.
    (
        "Lebanon sought the help of the World Bank on Monday.",
        {"Lebanon": "LBN"},
        "REQUEST",
        "request.verb.seek",
    ),
    ("The governor ignored the court order and kept the prison open.", {}, "REJECT", "reject.verb.ignore"),
    ("The prime minister resisted pressure to call early elections.", {}, "REJECT", "reject.verb.resist"),
    ("The opposition objected to the new voting rules.", {}, "ACCUSE", "accuse.phrase.object-to"),
    ("The coach reprimanded the players for the brawl.", {}, "ACCUSE", "accuse.verb.disapprove"),
    (
        "Ruling party lawmakers rallied behind the embattled prime minister.",
        {},
        "SUPPORT",
        "support.phrase.rally-behind",
    ),
    (
        "Morocco sided with Riyadh in the dispute with Tehran.",
        {"Morocco": "MAR", "Riyadh": "SAU", "Tehran": "IRN"},
        "SUPPORT",
        "support.phrase.side-with",
    ),
    (
        "Kuwait gave $5 million to the relief effort in Sudan.",
        {"Kuwait": "KWT", "Sudan": "SDN"},
        "AID",
        "aid.verb.give-money",
    ),
    (
        "Turkey handed over two suspects to Germany on Friday.",
        {"Turkey": "TUR", "Germany": "DEU"},
        "COOPERATE",
        "cooperate.phrase.hand-over-suspects",
    ),
    (
        "Serbia withdrew from the talks in Brussels on Friday.",
        {"Serbia": "SRB"},
        "SANCTION",
        "sanction.phrase.withdraw-from-talks",
    ),
    (
        "Bahrain closed its embassy in Beirut.",
        {"Bahrain": "BHR", "Beirut": "LBN"},
        "SANCTION",
        "sanction.phrase.close-embassy",
    ),
    ("Police searched the offices of the opposition newspaper.", {}, "COERCE", "coerce.verb.search"),
    (
        "The teachers' union suspended its strike after the pay offer.",
        {},
        "CONCEDE",
        "concede.phrase.suspend-strike",
    ),
    ("The army lifted the blockade of the northern port.", {}, "RETREAT", "retreat.phrase.lift-blockade"),
    (
        "Tokyo insisted on the return of the islands, the minister said.",
        {"Tokyo": "JPN"},
        "REQUEST",
        "request.phrase.insist-on",
    ),
    ("The junta imposed a news blackout on the northern provinces.", {}, "COERCE", "coerce.phrase"),
    # Torture named by a noun.
    (
        "The detainee died after torture in a Syrian prison, his lawyers said.",
        {"Syrian": "SYR"},
        "ASSAULT",
        "assault.noun.torture",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[0][:40] for case in CASES])
def test_top_event_type(nlp, case):
    text, surfaces, expected, rule = case
    events = code(nlp, text, surfaces)
    assert events, f"no event in {text!r}"
    top = max(events, key=lambda event: event.confidence)
    found = [(event.type, event.evidence[0].rule, event.confidence) for event in events]
    assert top.type == expected, found
    assert (top.evidence[0].rule or "").startswith(rule), found


def test_an_oath_of_office_is_no_event(nlp):
    assert not code(nlp, "The new Fijian president was sworn in on Friday.", {"Fijian": "FJI"})


def test_defending_a_town_against_an_attack_is_no_support(nlp):
    text = "Malian soldiers defended the town against the attack for two days."
    assert "SUPPORT" not in [event.type for event in code(nlp, text, {"Malian": "MLI"})]


def test_a_modifier_counts_only_on_a_holder_noun(nlp):
    text = "The institute fired the rocket scientist on Monday."
    assert "ASSAULT" not in [event.type for event in code(nlp, text, {})]


def test_battle_tanks_and_attack_helicopters_are_no_fight(nlp):
    text = "Poland bought battle tanks and attack helicopters from Korea."
    assert "ASSAULT" not in [event.type for event in code(nlp, text, {"Poland": "POL", "Korea": "KOR"})]


def test_declining_to_comment_or_insisting_on_a_fact_is_no_event(nlp):
    for text in (
        "A spokesman for the Kenyan police declined to comment on the arrests.",
        "Kenyan officials insisted that the border crossing was calm.",
    ):
        found = [event.type for event in code(nlp, text, {"Kenyan": "KEN"})]
        assert "REJECT" not in found and "REQUEST" not in found, (text, found)


def test_a_new_airport_opened_is_no_retreat(nlp):
    text = "The president opened a new airport in the south of Chad on Monday."
    assert "RETREAT" not in [event.type for event in code(nlp, text, {"Chad": "TCD"})]


def test_a_press_release_and_aid_agencies_are_no_events(nlp):
    text = "Aid agencies in Chad said in a press release that the camp was full."
    assert not [event.type for event in code(nlp, text, {"Chad": "TCD"})]
