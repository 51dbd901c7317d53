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
    "segment": "Segment",
    "segment_bin_below": "moins de {high}",
    "segment_bin_above": "{low} et plus",
    "segment_growth_contribution": "Part de l'évolution du CA",
    "segment_table_caption": "Clients et CA par {name}, et d'où vient l'évolution sur 12 mois",
    "segment_growth_spread": (
        "Par {criterion}, l'évolution du CA est répartie entre les segments : le segment qui "
        "pèse le plus ({segment}) en apporte {share}."
    ),
    "segment_growth_carried": (
        "Par {criterion}, l'évolution du CA tient surtout à un segment : {segment} en apporte "
        "{share}."
    ),
    "segment_rfm_caption": (
        "Segments RFM (récence, fréquence, montant notés de 1 à 5 par quintiles)"
    ),
    "rfm_champions": "champions",
    "rfm_loyal": "fidèles",
    "rfm_potential_loyalists": "fidèles en devenir",
    "rfm_new": "nouveaux",
    "rfm_promising": "prometteurs",
    "rfm_need_attention": "à surveiller",
    "rfm_about_to_sleep": "en train de s'endormir",
    "rfm_at_risk": "à risque",
    "rfm_cant_lose": "à ne pas perdre",
    "rfm_hibernating": "en sommeil",
    "rfm_r": "Score de récence (1-5)",
    "rfm_f": "Score de fréquence (1-5)",
    "rfm_m": "Score de montant (1-5)",
    "rfm_segment": "Segment RFM",
    "segment_column": "Segment ({name})",
}
