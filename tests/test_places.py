"""Places: abbreviations, context-driven disambiguation, mislabelled entities, skip spans."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from eventwire import gazetteer
from eventwire.evaluate.places import distance_km
from eventwire.places import find_places, resolve_spans


def places_in(nlp, text, **kwargs):
    return find_places(nlp(text), **kwargs)


def place_for(places, surface):
    matches = [place for place in places if place.text == surface]
    assert matches, f"no place for {surface!r} in {[p.text for p in places]}"
    return matches[0]


@pytest.mark.parametrize("written", ["U.S.", "US", "U.S", "U.S.A.", "United States"])
def test_us_abbreviations_mean_the_united_states(nlp, written):
    text = f"Trade talks between the {written} and Mexico resumed on Monday in the capital."
    doc = nlp(text)
    start = text.index(written)
    [place] = resolve_spans(doc, [(start, start + len(written))])
    assert place is not None and place.country == "USA" and place.feature == "country"
    assert distance_km(place.lat, place.lon, 40, -100) < 500


def test_us_in_running_text_found_by_the_model(nlp):
    places = places_in(nlp, "The U.S. and the UK imposed new sanctions, US officials said on Tuesday.")
    assert place_for(places, "U.S.").country == "USA"
    assert place_for(places, "US").country == "USA"
    assert place_for(places, "UK").country == "GBR"


def test_lowercase_us_is_a_pronoun_not_a_country(nlp):
    text = "They told us that the meeting was over."
    doc = nlp(text)
    start = text.index("us")
    assert resolve_spans(doc, [(start, start + 2)]) == [None]


def test_minsk_is_belarus_with_coordinates(nlp):
    place = place_for(places_in(nlp, "Opposition leaders were arrested in Minsk after the vote."), "Minsk")
    assert place.country == "BLR" and place.feature == "city"
    assert place.lat == pytest.approx(53.9, abs=0.1) and place.lon == pytest.approx(27.56, abs=0.1)


def test_paris_follows_the_article_texas_or_france(nlp):
    texas = places_in(nlp, "Storms hit Dallas and Houston in Texas. In Paris, the river rose two metres.")
    france = places_in(nlp, "Strikes closed schools in Lyon and Marseille. In Paris, the metro stopped.")
    assert place_for(texas, "Paris").country == "USA"
    assert place_for(france, "Paris").country == "FRA"


def test_paris_stays_in_france_for_an_article_about_the_us_at_large(nlp):
    places = places_in(nlp, "The United States will send a delegation to Paris next week.")
    assert place_for(places, "Paris").country == "FRA"


def test_georgia_follows_tbilisi_or_atlanta(nlp):
    caucasus = places_in(nlp, "Protests spread across Georgia after the vote in Tbilisi.")
    american = places_in(nlp, "Voters in Atlanta and Savannah went to the polls. Georgia counted late.")
    assert place_for(caucasus, "Georgia").country == "GEO"
    state = place_for(american, "Georgia")
    assert state.country == "USA" and state.feature == "region"
    assert distance_km(state.lat, state.lon, 32.7, -83.4) < 161


def test_context_countries_from_the_caller_decide(nlp):
    text = "Thousands marched through Birmingham on Saturday."
    assert place_for(places_in(nlp, text), "Birmingham").country == "GBR"
    american = places_in(nlp, text, context_countries=["USA"])
    assert place_for(american, "Birmingham").country == "USA"


def test_kyiv_labelled_person_is_a_place(nlp):
    doc = nlp("Officials in the U.S said Russia's army moved towards Kyiv.")
    start = doc.text.index("Kyiv")
    kyiv_token = next(token.i for token in doc if token.idx == start)
    doc.ents = [Span(doc, kyiv_token, kyiv_token + 1, label="PERSON")]
    kyiv = place_for(find_places(doc), "Kyiv")
    assert kyiv.country == "UKR" and kyiv.feature == "city"


def test_small_town_labelled_person_stays_a_person(nlp):
    doc = nlp("Yesterday Ludlow spoke to the press.")  # Ludlow: towns of 22,000 and fewer
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    assert find_places(doc) == []


def test_a_titled_person_is_not_a_place(nlp):
    places = places_in(nlp, "Mr. Jordan spoke to reporters in Chicago on Friday.")
    assert [place.text for place in places] == ["Chicago"]


def test_skip_spans_are_honoured(nlp):
    text = "Moscow and Minsk agreed on a new gas price in Vienna."
    start = text.index("Minsk")
    places = places_in(nlp, text, skip_spans=[(0, 6), (start, start + 5)])
    assert [place.text for place in places] == ["Vienna"]
    assert place_for(places, "Vienna").country == "AUT"


def test_possessive_is_trimmed(nlp):
    text = "Russia's foreign ministry rejected the claim."
    doc = nlp(text)
    [place] = resolve_spans(doc, [(0, len("Russia's"))])
    assert place.text == "Russia" and place.end == len("Russia") and place.country == "RUS"


def test_leading_the_is_trimmed(nlp):
    text = "Aid reached the Philippines and the Gulf on Sunday."
    places = places_in(nlp, text)
    philippines = place_for(places, "Philippines")
    assert philippines.country == "PHL" and text[philippines.start : philippines.end] == "Philippines"


def test_abbreviation_does_not_match_a_town_of_that_name():
    names = {entry.name for entry in gazetteer.candidates("EU")}
    assert "European Union" in names
    assert gazetteer.normalise("U.S.") == gazetteer.normalise("US") == "us"


def test_countries_straddling_the_antimeridian_stay_in_the_pacific():
    fiji = gazetteer.country_entry("FJI")
    assert fiji is not None and distance_km(fiji.lat, fiji.lon, -17.8, 178.0) < 400


def test_country_name_the_model_left_untagged_is_found(nlp):
    doc = nlp("Cholera cases in Sudan rose, and Chad Smith of the agency flew to Geneva.")
    doc.ents = []  # as if the model had tagged nothing
    places = find_places(doc)
    assert [(place.text, place.country) for place in places] == [("Sudan", "SDN")]


def test_lowercase_words_are_not_places(nlp):
    doc = nlp("aid agencies said cholera cases in sudan rose.")
    start = doc.text.index("sudan")
    assert resolve_spans(doc, [(start, start + 5)]) == [None]


def test_dollar_sign_makes_us_a_currency(nlp):
    places = places_in(nlp, "The fine was raised to US$10,000 and then to $US 15,000 last year.")
    assert all(place.country != "USA" for place in places)


def test_capital_city_outweighs_a_bigger_namesake_elsewhere():
    from eventwire.places import Context, Mention, score

    found = gazetteer.candidates("Paris")
    mention = Mention(0, 5, "Paris", "paris", found)
    best = max(found, key=lambda entry: score(entry, mention, Context()))
    assert best.country == "FRA" and best.capital


def test_many_us_places_make_georgia_the_state(nlp):
    text = "Cases rose in Ohio, Iowa, Kansas and Utah. Georgia reported two more."
    state = place_for(places_in(nlp, text), "Georgia")
    assert state.country == "USA"


def test_name_followed_by_its_state_or_province_is_read_inside_it(nlp):
    text = "He grew up in Paris, Texas, and later flooding hit Victoria, British Columbia."
    places = places_in(nlp, text)
    paris, victoria = place_for(places, "Paris"), place_for(places, "Victoria")
    assert paris.country == "USA" and distance_km(paris.lat, paris.lon, 33.66, -95.56) < 50
    assert victoria.country == "CAN" and victoria.feature == "city"


def test_a_list_of_countries_is_not_read_as_containment(nlp):
    places = places_in(nlp, "Exports to China, Japan and Brazil fell last year.")
    assert place_for(places, "China").country == "CHN"


def test_container_after_a_comma_is_read_as_the_state(nlp):
    places = places_in(nlp, "Snow closed roads around Buffalo, New York, on Monday.")
    buffalo, state = place_for(places, "Buffalo"), place_for(places, "New York")
    assert buffalo.country == "USA" and distance_km(buffalo.lat, buffalo.lon, 42.89, -78.88) < 30
    assert state.feature == "region"


def test_untagged_names_after_a_place_word_are_places(nlp):
    places = places_in(nlp, "Missiles struck the city of Kharkiv overnight and areas of Omdurman on Monday.")
    assert {(place.text, place.country) for place in places} >= {("Kharkiv", "UKR"), ("Omdurman", "SDN")}


@pytest.mark.parametrize("written", ["Odessa", "Odesa", "Mykolaiv", "Zaporizhzhia"])
def test_older_and_current_spellings_of_ukrainian_cities_are_found_in_ukraine(nlp, written):
    found = places_in(nlp, f"Shelling damaged the port in {written} overnight, officials said.")
    place = place_for(found, written)
    assert place is not None and place.country == "UKR"


def test_an_untagged_city_listed_with_a_tagged_place_is_found(nlp):
    found = places_in(nlp, "Russian missiles struck Odessa and Kharkiv overnight, Ukraine said.")
    assert place_for(found, "Kharkiv").country == "UKR"
