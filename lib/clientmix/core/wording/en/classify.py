"""English wording of classification (stage 04)."""

WORDS: dict[str, str] = {
    "classify_abc_text": (
        "**{a_customers}** customers, i.e. **{a_customer_share}** of the portfolio, make "
        "**{a_share}** of revenue (class A). At the other end, **{c_customers}** customers "
        "(**{c_customer_share}**) weigh only **{c_share}** of revenue (class C): serve them "
        "exactly what was sold, with no extra energy."
    ),
    "classify_customer_share": "Share of customers",
}
