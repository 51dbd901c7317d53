"""Charts treat customer names as data: no math mode, no markup."""

from __future__ import annotations

import io

import pandas as pd

from clientmix.profile import charts

ODD = r"Prix $\nosuchcommand{x}^$ & <Fils>"  # invalid as math text


def test_a_name_with_dollar_signs_is_drawn_literally():
    profile = pd.DataFrame(
        {
            "customer_id": ["A", "B"],
            "customer_name": [ODD, "Durand"],
            "revenue": [700.0, 300.0],
        }
    )
    fig = charts.top_customers(profile, "fr", "EUR")
    fig.savefig(io.BytesIO(), format="png")  # math mode would fail to parse "$_"
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ODD in ticks
