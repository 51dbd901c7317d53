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
    # clusters and charts of the cross of criteria (issue 10, items 3 and 5)
    "segment_clusters_too_few": (
        "Pas de groupes tirés des données : seuls {customers} clients ont été facturés sur la "
        "période, il en faut au moins {minimum} pour que des groupes aient un sens."
    ),
    "segment_clusters_no_spread": (
        "Pas de groupes tirés des données : les {customers} clients facturés sur la période "
        "ont des profils trop semblables pour être séparés."
    ),
    "segment_clusters_found": (
        "Les données séparent les {customers} clients facturés sur la période en {k} groupes "
        "(k-means sur {features}, montants et durées en échelle logarithmique ; nombre de groupes choisi par la "
        "silhouette, {silhouette} sur une échelle de -1 à 1). Chaque groupe est décrit par les "
        "deux traits où il s'écarte le plus du client moyen."
    ),
    "segment_cluster_name": "Groupe {number}",
    "segment_cluster_above": "{feature} au-dessus de la moyenne",
    "segment_cluster_below": "{feature} en dessous de la moyenne",
    "segment_cluster_feature_revenue": "CA",
    "segment_cluster_feature_invoices": "nombre de lignes facturées",
    "segment_cluster_feature_tenure_days": "ancienneté",
    "segment_cluster_feature_recency_days": "temps depuis le dernier achat",
    "segment_cluster_feature_gross_margin_rate": "taux de marge",
    "segment_cluster": "Groupe",
    "segment_cluster_traits": "Ce qui le distingue",
    "segment_cluster_caption": "Groupes de clients tirés des données",
    "segment_cluster_cross_caption": (
        "Clients de chaque groupe par {name} : la typologie recoupe-t-elle les données ?"
    ),
    "chart_segment_heatmap": "Part du CA par {first} et {second}",
    "chart_segment_shares": "{name} : clients et CA",
    "chart_share_customers": "part des clients",
    "chart_share_revenue": "part du CA",
}
