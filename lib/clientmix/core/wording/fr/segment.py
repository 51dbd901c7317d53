"""French wording of segmentation (stage 03)."""

WORDS: dict[str, str] = {
    "segment_criterion_missing": (
        "Critère de segmentation inconnu : la colonne « {column} » (segmentation dans "
        "engagement.yaml) n'existe pas. Colonnes disponibles : {columns}. Corrigez le nom "
        "du critère ou ajoutez la colonne au fichier clients (customers.columns)."
    ),
    "segment_no_attribute": (
        "Le fichier clients ne donne pas d'attribut (secteur, taille, région...) permettant de "
        "regrouper les clients : la typologie reste à construire avec l'entreprise."
    ),
    "segment_attributes": (
        "Le fichier clients permet de regrouper les clients par : {names}. Pour chaque "
        "critère, voici le nombre de clients et le CA de la période."
    ),
    "segment_bin": "{low} – {high}",
    "segment_criterion": "Critère",
    "segment_group": "Groupe",
}
