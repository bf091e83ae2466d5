"""Large firms named without their home country ("Starlink said", "Meta removed the posts") are
coded with the state they are based in, in the business sector, as a firm named with its home
("the Chinese carmaker BYD") is; so are the heads of such firms named by surname."""

from __future__ import annotations

from tests.conftest import mentioned_actors

from eventwire.records import Actor


def actor_of(nlp, text: str, surface: str) -> Actor | None:
    return next((actor for said, actor in mentioned_actors(nlp, text) if said == surface), None)


def test_a_satellite_firm_named_alone_is_its_home_state_s_business(nlp):
    text = "Starlink refused on Monday to block the accounts named by the Peruvian court."
    actor = actor_of(nlp, text, "Starlink")
    assert actor is not None and actor.country == "USA" and actor.sector == "BUS"


def test_a_social_media_firm_named_alone_is_its_home_state_s_business(nlp):
    text = "Meta removed hundreds of accounts linked to the Nigerian army, the company said."
    actor = actor_of(nlp, text, "Meta")
    assert actor is not None and actor.country == "USA" and actor.sector == "BUS"


def test_a_chinese_telecoms_firm_named_alone_is_china_s_business(nlp):
    actor = actor_of(nlp, "Huawei denied the charges brought by Swedish prosecutors.", "Huawei")
    assert actor is not None and actor.country == "CHN" and actor.sector == "BUS"


def test_a_firm_s_head_named_by_surname_is_of_the_firm_s_home_state(nlp):
    actor = actor_of(nlp, "Musk mocked the Australian regulator on Thursday.", "Musk")
    assert actor is not None and actor.country == "USA" and actor.sector == "BUS"


def test_a_firm_named_with_its_home_keeps_that_home(nlp):
    text = "The Chinese carmaker BYD accused Turkish officials of delaying its plant."
    actor = next((actor for said, actor in mentioned_actors(nlp, text) if "BYD" in said), None)
    assert actor is not None and actor.country == "CHN"


def test_a_firm_s_platform_is_no_mention_of_the_firm(nlp):
    text = "The Ghanaian editor wrote on Facebook that police had searched her home."
    assert all("Facebook" not in said for said, _ in mentioned_actors(nlp, text))


def test_a_firm_s_product_is_no_mention_of_the_firm(nlp):
    text = "Kenya Airways agreed to lease six Boeing freighters from an Irish company."
    assert all("Boeing" not in said for said, _ in mentioned_actors(nlp, text))
