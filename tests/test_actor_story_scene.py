"""Where a story is set decides whose its unnamed locals are ("police", "protesters", "thousands"):
a story filed from one country that names a neighbour about as often, or a story with no dateline
that names a foreign people often but sets its events in one country's towns."""

from __future__ import annotations

import pytest
from tests.test_actor_forces import actor_of

# Filed from Lusaka; Zambia and Malawi named about as often (Malawi once more): the scene is Zambia.
FILED_FROM_THE_SCENE = (
    "LUSAKA, May 3 (Wire) - A Zambian trader who went missing in Malawi last week was found in a Lusaka "
    "cell on Friday, his family said.\n\n"
    "Malawi's government said it had no part in his arrest and Malawi's envoy asked Zambia to explain. "
    "Malawian traders at the border said they feared for their safety in Malawi.\n\n"
    "Police fired tear gas at his supporters outside the courthouse. Hundreds marched to the "
    "magistrate's office to demand his release. Zambia's justice minister said the case would go ahead."
)

# No dateline; Estonians named more than Latvia, but everything happens in Latvian towns.
SET_IN_ONE_COUNTRY = (
    "An Estonian lorry driver was beaten in Daugavpils on Saturday, and Estonian-owned shops "
    "were attacked in Riga overnight, an Estonian diplomat said.\n\n"
    "Police detained nine people after the brawl, and Estonian truckers said they would "
    "avoid the route. Estonian officials asked for calm. Latvia's prime minister condemned the violence."
)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (FILED_FROM_THE_SCENE, "Police", ("ZMB", "COP")),
        (FILED_FROM_THE_SCENE, "Hundreds", ("ZMB", "CVL")),
        (SET_IN_ONE_COUNTRY, "Police", ("LVA", "COP")),
    ],
)
def test_unnamed_locals_are_of_the_story_scene(nlp, text, surface, expected):
    assert actor_of(nlp, text, surface) == expected


def test_troops_keep_the_country_the_story_names_most(nlp):
    """Troops and rebels fight abroad: they are not taken to be the dateline country's."""
    text = (
        "NAIROBI, June 2 (Wire) - Kenya said on Monday it was worried about fighting in Somalia. "
        "Somalia's president said Somalia would not give in, and Somalia's army chief agreed. "
        "Kenya's foreign minister urged talks.\n\nTroops pushed into the town at dawn."
    )
    assert actor_of(nlp, text, "Troops") == ("SOM", "MIL")
