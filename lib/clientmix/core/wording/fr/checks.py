"""French wording of argument and input errors of the computation functions."""

WORDS: dict[str, str] = {
    # dependency.loss_scenarios: ids of a scenario not in the profile (scenario: repr of its key)
    "checks_scenario_unknown_ids": (
        {
            "one": "Scénario {scenario} : client absent du profil : {ids}. Vérifiez les codes "
            "clients.",
            "other": "Scénario {scenario} : clients absents du profil : {ids}. Vérifiez les codes "
            "clients.",
        }
    ),
    # dependency.monte_carlo: "id (value)" listing of probabilities outside [0, 1]
    "checks_loss_probability_range": (
        "La colonne loss_probability doit contenir une probabilité entre 0 et 1 "
        "(0,25 pour 25 %) ; valeurs hors limites pour : {listing}. Si vous avez "
        "saisi des pourcentages, divisez-les par 100."
    ),
}
