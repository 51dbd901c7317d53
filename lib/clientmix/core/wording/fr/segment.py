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
        "Par {criterion}, l'évolution du CA est répartie entre les segments, chacun à peu près "
        "selon son poids : celui qui en apporte le plus ({segment}) en apporte {share}, pour "
        "{weight} du CA des 12 mois précédents."
    ),
    "segment_growth_carried": (
        "Par {criterion}, l'évolution du CA tient surtout à un segment : {segment} ({revenue_share} "
        "du CA de la période, {growth} sur 12 mois) en apporte {share}, pour {weight} du CA "
        "des 12 mois précédents."
    ),
    "segment_rfm_caption": "Segments RFM : clients, CA et marge par segment nommé",
    "segment_rfm_method": (
        "Chaque client facturé sur la période reçoit trois notes de 1 à {scores} : récence "
        "(jours entre son dernier achat, hors avoirs, et la fin de la période), fréquence "
        "(lignes facturées sur la période) et montant (CA net de la période). Les segments "
        "nommés viennent d'une table de règles sur ces notes (clé rfm d'engagement.yaml)."
    ),
    "segment_rfm_quantiles": (
        "Notes par quantiles ({measures}) : les clients sont rangés du moins bon au meilleur et "
        "partagés en {scores} groupes de même taille ; des clients à égalité ont toujours la "
        "même note, si bien qu'une valeur très répandue (par exemple tous les clients facturés "
        "le dernier jour de la période) remplit plusieurs groupes et laisse des notes vides."
    ),
    "segment_rfm_bad_ties": (
        "rfm.ties dans {config} : {given} n'est pas reconnu. Écrivez shared (les clients à "
        "égalité partagent la même note, par défaut) ou split (groupes de même taille, égalités "
        "départagées par les autres mesures puis le code client)."
    ),
    "segment_rfm_quantiles_split": (
        "Notes par quantiles ({measures}) : les clients sont rangés du moins bon au meilleur et "
        "partagés en {scores} groupes de même taille ; à égalité, on les départage par les deux "
        "autres mesures puis par le code client, si bien que deux clients de même valeur "
        "peuvent avoir deux notes voisines."
    ),
    "segment_rfm_recency_tied": (
        "La récence distingue peu les clients : {customers} des {total} clients facturés sur "
        "la période ont fait leur dernier achat le même jour, le {date} (par exemple des "
        "contrats facturés chaque mois) ; ils ont donc la même note de récence et les "
        "segments RFM tiennent surtout à la fréquence."
    ),
    "segment_explore_first": "Critère",
    "segment_explore_second": "Croisé avec",
    "segment_explore_none": "(aucun)",
    "segment_explore_bins": "Bornes (ex. 0; 10; 50 ; q = quartiles)",
    "segment_explore_measure": "Mesure",
    "segment_explore_bad_bins": (
        "Bornes illisibles : écrivez des nombres croissants séparés par des points-virgules "
        "(0; 10; 50; 200), q pour les quartiles, ou laissez vide pour garder le découpage du "
        "rapport."
    ),
    "segment_measure_revenue": "CA HT",
    "segment_measure_margin": "Marge brute",
    "segment_measure_customers": "Clients",
    "segment_measure_growth": "Évolution sur 12 mois",
    "segment_rfm_cuts": "Notes par seuils fixés par le consultant ({measures}).",
    "segment_rfm_thresholds_caption": (
        "Seuils des notes RFM : valeurs la plus basse et la plus haute de chaque note"
    ),
    "rfm_score": "Note",
    "rfm_threshold_recency": "Récence (jours)",
    "rfm_threshold_frequency": "Fréquence (lignes)",
    "rfm_threshold_monetary": "Montant (CA)",
    "rfm_measure_recency": "récence",
    "rfm_measure_frequency": "fréquence",
    "rfm_measure_monetary": "montant",
    "rfm_unmatched": "sans segment (aucune règle)",
    "segment_average_revenue": "CA moyen par client",
    "segment_cross_caption": "Clients, CA et marge par {first} et {second}",
    "data_cluster": "Groupe de clients (données)",
    "classify_def_rfm_r": (
        "Note de récence (1 = achat le plus ancien, la plus haute = le plus récent) : jours "
        "entre le dernier achat (hors avoirs) et la fin de la période, par quantiles ou par "
        "les seuils de la clé rfm d'engagement.yaml."
    ),
    "classify_def_rfm_f": (
        "Note de fréquence (1 = le moins de lignes facturées sur la période, la plus haute = "
        "le plus), par quantiles ou par les seuils de la clé rfm d'engagement.yaml."
    ),
    "classify_def_rfm_m": (
        "Note de montant (1 = le plus petit CA net de la période, la plus haute = le plus "
        "grand), par quantiles ou par les seuils de la clé rfm d'engagement.yaml."
    ),
    "classify_def_rfm_segment": (
        "Segment RFM nommé : première règle de la table (clé rfm d'engagement.yaml, par "
        "défaut champions, fidèles...) que les notes du client remplissent."
    ),
    "classify_def_data_cluster": (
        "Groupe tiré des données (k-means sur CA, lignes facturées, ancienneté, récence et "
        "taux de marge), numéroté par CA décroissant ; vide sous 30 clients."
    ),
    "segment_rfm_bad_keys": (
        "rfm dans {config} : {given} n'est pas lisible. Écrivez par exemple rfm: {{scores: 5, "
        "recency: [30, 90, 180, 365], segments: [{{name: champions, r: [5, 5], f: [4, 5]}}]}} "
        "(clés possibles : scores, ties, recency, frequency, monetary, segments)."
    ),
    "segment_rfm_bad_scores": (
        "rfm.scores dans {config} : {given} n'est pas un nombre de notes lisible. Écrivez un "
        "nombre entier de 2 à 9 (5 par défaut)."
    ),
    "segment_rfm_bad_cuts": (
        "rfm.{measure} dans {config} : {given} ne convient pas. Écrivez {n} seuils croissants, "
        "par exemple [30, 90, 180, 365], un de moins que le nombre de notes (rfm.scores)."
    ),
    "segment_rfm_bad_rule": (
        "rfm.segments dans {config} : {given} n'est pas une règle lisible. Chaque règle a un "
        "nom et au moins une note parmi r, f, m, chacune un entier ou [min, max] de 1 à "
        "{scores}, par exemple {{name: champions, r: [5, 5], f: [4, 5]}}."
    ),
    "segment_rfm_rules_needed": (
        "rfm dans {config} : avec scores: {given}, les segments par défaut (pensés pour 5 "
        "notes) ne s'appliquent pas. Donnez vos règles sous rfm.segments, par exemple "
        "[{{name: champions, r: [4, 4], f: [3, 4]}}, ...]."
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
