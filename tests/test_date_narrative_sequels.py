"""Acts the story places against its dated happenings without naming a day: a side meeting "on the
sidelines" of the gathering, an act "the arrest came a week after" (eventwire.date_narrative,
eventwire.date_sequels). Sentences written for these tests."""

from __future__ import annotations

from tests.test_date_narrative_main_act import event

from eventwire.date_narrative import inherit_narrative_dates

SUMMIT = "Leaders of the Andean bloc opened their summit in Quito on Tuesday."


def test_a_meeting_on_the_sidelines_takes_the_gatherings_day():
    summit = event("CONSULT", SUMMIT, "opened", ["ECU"], "2026-03-10")
    side = "On the sidelines, the Peruvian and Bolivian ministers held talks and agreed to reopen a crossing."
    talks = event("CONSULT", side, "talks", ["PER", "BOL"])
    agreed = event("AGREE", side, "agreed", ["PER", "BOL"])
    inherit_narrative_dates([summit, talks, agreed], narrated={id(talks), id(agreed)})
    assert [(e.date, e.date_from) for e in (talks, agreed)] == [("2026-03-10", "narrative")] * 2


def test_another_sides_act_without_a_cue_stays_undated():
    summit = event("CONSULT", SUMMIT, "opened", ["ECU"], "2026-03-10")
    later = event(
        "AGREE", "The Peruvian and Bolivian ministers agreed to reopen a crossing.", "agreed", ["PER"]
    )
    inherit_narrative_dates([summit, later], narrated={id(later)})
    assert later.date is None


LEAD = "Chilean police detained the mayor of Arica on Thursday over a bribery inquiry."


def test_an_act_the_arrest_came_a_week_after_is_a_week_before_it():
    lead = event("COERCE", LEAD, "detained", ["CHL"], "2026-04-16")
    said = event(
        "ACCUSE", "The mayor's lawyer criticised the police on Friday.", "criticised", ["CHL"], "2026-04-17"
    )
    told = "The arrest came a week after prosecutors raided the town hall."
    raided = event("COERCE", told, "raided", ["CHL"])
    inherit_narrative_dates([lead, said, raided], narrated={id(raided)})
    assert (raided.date, raided.date_from) == ("2026-04-09", "narrative")


def test_a_move_came_two_days_after_dates_against_the_storys_act():
    lead = event(
        "SANCTION", "Peru recalled its ambassador to Bolivia on Monday.", "recalled", ["PER"], "2026-04-13"
    )
    later = event("REJECT", "Bolivia dismissed the protest on Tuesday.", "dismissed", ["BOL"], "2026-04-14")
    told = "The move came two days after Bolivia's president accused Lima of meddling."
    accused = event("ACCUSE", told, "accused", ["BOL"])
    inherit_narrative_dates([lead, later, accused], narrated={id(accused)})
    assert accused.date == "2026-04-11"


def test_came_days_after_gives_no_day():
    lead = event(
        "SANCTION", "Peru recalled its ambassador to Bolivia on Monday.", "recalled", ["PER"], "2026-04-13"
    )
    accused = event(
        "ACCUSE", "The move came days after Bolivia accused Lima of meddling.", "accused", ["BOL"]
    )
    inherit_narrative_dates([lead, accused], narrated={id(accused)})
    assert accused.date is None


def test_the_sides_next_act_goes_on_in_the_flashback():
    lead = event(
        "SANCTION", "Peru recalled its ambassador to Bolivia on Monday.", "recalled", ["PER"], "2026-04-13"
    )
    later = event("REJECT", "Bolivia dismissed the protest on Tuesday.", "dismissed", ["BOL"], "2026-04-14")
    told = "The move came two days after Bolivia's president accused Lima of meddling."
    accused = event("ACCUSE", told, "accused", ["BOL"])
    threatened = event(
        "THREATEN", "He also threatened to close the border crossing at Desaguadero.", "threatened", ["BOL"]
    )
    inherit_narrative_dates([lead, later, accused, threatened], narrated={id(accused), id(threatened)})
    assert (threatened.date, threatened.date_from) == ("2026-04-11", "narrative")
