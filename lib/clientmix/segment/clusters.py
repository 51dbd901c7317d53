"""Data-driven clusters of customers (k-means), set against the consultant's first criterion.

Computation only: clusters are numbered 1..k by decreasing revenue; their distinctive features
come back as feature codes and standardised gaps (the section's texts word them).

Method: customers invoiced in the period, sorted by customer_id (the result does not depend
on row order); features revenue, invoices, tenure_days and recency_days as signed
log1p (sign(x) * log(1 + |x|)), plus gross_margin_rate (fraction, clipped to [-1, 1], 0 for a
customer with no positive revenue) when the margin is known for every such customer; each
feature standardised (mean 0, standard deviation 1; a constant feature is dropped). k-means
(scikit-learn, random_state 0, n_init 10) for k in 2..6 on at most 10,000 customers drawn with
a fixed seed, k kept with the best silhouette (on at most 5,000 of them), then fitted on every
customer. Left out with fewer than 30 customers. The fits run on one thread (OpenMP and BLAS):
the same labels, and several times faster than two threads spinning on a shared 2-core
machine (50,000 customers: 3-4 s against 15-37 s).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from threadpoolctl import threadpool_limits

from clientmix.segment.criteria import Criterion
from clientmix.segment.growth import criterion_segments

MIN_CUSTOMERS = 30
K_RANGE = range(2, 7)
SILHOUETTE_SAMPLE = 5000
FIT_SAMPLE = 10_000
SEED = 0
LOG_FEATURES = ("revenue", "invoices", "tenure_days", "recency_days")
MARGIN_FEATURE = "gross_margin_rate"
TOO_FEW = "too_few"  # fewer than MIN_CUSTOMERS invoiced customers
NO_SPREAD = "no_spread"  # too few distinct customer profiles to split


@dataclass(frozen=True)
class Clusters:
    """customers: customers invoiced in the period; reason: None when clustered, else
    TOO_FEW or NO_SPREAD; k and silhouette (-1..1) of the kept split; features: the codes
    used; members: customer_id, cluster; summary: per cluster (1 = most revenue) customers,
    revenue (currency), revenue_share (fraction), median_<feature> in the feature's own unit,
    feature_1, gap_1, feature_2, gap_2 (the two features whose standardised cluster mean is
    furthest from the average, gap in standard deviations, signed); cross: per cluster and
    segment of the first criterion (kind, group, low, high, order) the customers."""

    customers: int
    reason: str | None = None
    k: int = 0
    silhouette: float = float("nan")
    features: tuple[str, ...] = ()
    members: pd.DataFrame = field(default_factory=pd.DataFrame)
    summary: pd.DataFrame = field(default_factory=pd.DataFrame)
    cross: pd.DataFrame = field(default_factory=pd.DataFrame)


def feature_matrix(invoiced: pd.DataFrame) -> pd.DataFrame:
    """The standardised features of each customer (rows as ``invoiced``), see module doc."""
    raw = pd.DataFrame(index=invoiced.index)
    for column in LOG_FEATURES:
        values = pd.to_numeric(invoiced[column], errors="coerce").fillna(0.0).astype(float)
        raw[column] = np.sign(values) * np.log1p(values.abs())
    if "gross_margin" in invoiced and invoiced["gross_margin"].notna().all():
        revenue = invoiced["revenue"]
        rate = (invoiced["gross_margin"] / revenue.where(revenue > 0)).fillna(0.0)
        raw[MARGIN_FEATURE] = rate.clip(-1.0, 1.0).astype(float)
    std = raw.std(ddof=0)
    raw = raw.loc[:, std > 1e-12]
    return (raw - raw.mean()) / raw.std(ddof=0)


def _best_split(z: np.ndarray) -> tuple[int, float, np.ndarray]:
    """k (2..6, at most the number of distinct rows), its silhouette and labels 0..k-1 (k 0
    when no split can be scored). Candidates are fitted on at most 10,000 rows drawn with a
    fixed seed; the kept k is then fitted on every row."""
    distinct = len(np.unique(z.round(9), axis=0))
    rng = np.random.default_rng(SEED)
    fit_rows = z if len(z) <= FIT_SAMPLE else z[np.sort(rng.choice(len(z), FIT_SAMPLE, False))]
    best_k, best_score, best_labels = 0, float("-inf"), None
    sample = min(len(fit_rows), SILHOUETTE_SAMPLE)
    for k in K_RANGE:
        if k > distinct:
            break
        labels = KMeans(n_clusters=k, random_state=SEED, n_init=10).fit_predict(fit_rows)
        try:
            score = silhouette_score(fit_rows, labels, sample_size=sample, random_state=SEED)
        except ValueError:  # the sample drew a single cluster
            continue
        if float(score) > best_score:
            best_k, best_score, best_labels = k, float(score), labels
    if best_k == 0:
        return 0, float("nan"), np.zeros(len(z), dtype=int)
    if fit_rows is not z:
        best_labels = KMeans(n_clusters=best_k, random_state=SEED, n_init=10).fit_predict(z)
    return best_k, best_score, best_labels


def customer_clusters(base: pd.DataFrame, criteria: list[Criterion]) -> Clusters:
    """Clusters of the customers of ``base`` invoiced in the period (``invoiced`` True;
    see :func:`clientmix.segment.growth.segment_base`), crossed with ``criteria[0]`` when
    given. Left out (``reason``) with fewer than 30 customers or too few distinct profiles."""
    invoiced = base[base["invoiced"]].sort_values("customer_id", kind="stable")
    n = len(invoiced)
    if n < MIN_CUSTOMERS:
        return Clusters(customers=n, reason=TOO_FEW)
    z = feature_matrix(invoiced)
    with threadpool_limits(limits=1):
        k, score, raw_labels = _best_split(z.to_numpy()) if z.shape[1] else (0, 0.0, None)
    if k == 0:
        return Clusters(customers=n, reason=NO_SPREAD)
    cluster = _renumbered(raw_labels, invoiced["revenue"].to_numpy())
    members = pd.DataFrame({"customer_id": invoiced["customer_id"].to_numpy(), "cluster": cluster})
    summary = _summary(invoiced, z, cluster)
    cross = _cross(base, invoiced.index, cluster, criteria[0]) if criteria else pd.DataFrame()
    return Clusters(n, None, k, score, tuple(z.columns), members, summary, cross)


def _renumbered(labels: np.ndarray, revenue: np.ndarray) -> np.ndarray:
    """Cluster numbers 1..k by decreasing revenue (ties by k-means label)."""
    totals = pd.Series(revenue).groupby(labels).sum()
    order = sorted(totals.index, key=lambda lab: (-totals[lab], lab))
    mapping = {lab: i + 1 for i, lab in enumerate(order)}
    return np.array([mapping[lab] for lab in labels], dtype=int)


def _summary(invoiced: pd.DataFrame, z: pd.DataFrame, cluster: np.ndarray) -> pd.DataFrame:
    """Per cluster: customers, revenue, share, feature medians, two most distinctive gaps."""
    frame = invoiced.assign(cluster=cluster)
    if MARGIN_FEATURE in z.columns:
        frame[MARGIN_FEATURE] = invoiced["gross_margin"] / invoiced["revenue"].where(
            invoiced["revenue"] > 0
        )
    grouped = frame.groupby("cluster")
    out = pd.DataFrame({"customers": grouped.size(), "revenue": grouped["revenue"].sum().round(2)})
    total = out["revenue"].sum()
    out["revenue_share"] = out["revenue"] / total if total > 0 else np.nan
    out = out.join(grouped[list(z.columns)].median().add_prefix("median_"))
    gaps = z.assign(cluster=cluster).groupby("cluster").mean()
    ranked = gaps.abs().to_numpy().argsort(axis=1, kind="stable")[:, ::-1]
    names = np.array(z.columns)
    for rank in (0, 1):
        idx = ranked[:, min(rank, ranked.shape[1] - 1)]
        out[f"feature_{rank + 1}"] = names[idx]
        out[f"gap_{rank + 1}"] = gaps.to_numpy()[np.arange(len(gaps)), idx]
    return out.reset_index()


def _cross(
    base: pd.DataFrame, index: pd.Index, cluster: np.ndarray, criterion: Criterion
) -> pd.DataFrame:
    """Customers per cluster and segment of ``criterion`` (bins as in its segment table)."""
    seg = criterion_segments(base, criterion).loc[index].reset_index(drop=True)
    seg = seg.assign(cluster=cluster, customers=1)
    keys = ["cluster", "order", "kind", "group", "low", "high"]
    out = seg.groupby(keys, dropna=False, sort=False)["customers"].sum().reset_index()
    return out.sort_values(["cluster", "order", "group"], na_position="last").reset_index(drop=True)
