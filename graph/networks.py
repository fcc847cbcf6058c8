"""Neighbourhoods as networkx graphs, and the files researchers' tools open (GraphML, Cytoscape)."""

from __future__ import annotations

import io
import json

import networkx as nx

from graph.queries import Neighborhood


def to_networkx(hood: Neighborhood, timed: bool = False) -> nx.MultiDiGraph:
    """Plain attribute values only (strings and numbers), as Gephi and Cytoscape expect.

    With `timed`, nodes and edges carry `start` (the first article date that mentions or
    reports them), which GEXF writes as spells so that Gephi's timeline works.
    """
    graph = nx.MultiDiGraph(center=hood.center, truncated=hood.truncated)
    if timed:
        graph.graph["mode"] = "dynamic"
    for node_id, node in hood.nodes.items():
        attrs = {"label": node["label"], "type": node["type"], "claims": node["claims"]}
        if timed and node.get("first_mentioned"):
            attrs["start"] = node["first_mentioned"]
        graph.add_node(node_id, **attrs)
    for edge in hood.edges:
        attrs = {
            "label": edge["predicate"],
            "predicate": edge["predicate"],
            "claims": edge["claims"],
            "reporters": "; ".join(edge["reporters"]),
        }
        if timed and edge.get("first_reported"):
            attrs["start"] = edge["first_reported"]
        graph.add_edge(edge["source"], edge["target"], key=edge["predicate"], **attrs)
    return graph


def graphml(hood: Neighborhood) -> bytes:
    out = io.BytesIO()
    nx.write_graphml(to_networkx(hood), out)
    return out.getvalue()


def gexf(hood: Neighborhood) -> bytes:
    out = io.BytesIO()
    nx.write_gexf(to_networkx(hood, timed=True), out)
    return out.getvalue()


def cytoscape(hood: Neighborhood) -> bytes:
    return json.dumps(nx.cytoscape_data(to_networkx(hood))).encode("utf-8")


NETWORK_FORMATS = {"graphml": graphml, "gexf": gexf, "cyjs": cytoscape}
NETWORK_MEDIA = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml", "cyjs": "application/json"}


def as_json(hood: Neighborhood) -> dict:
    return {
        "center": hood.center,
        "nodes": list(hood.nodes.values()),
        "edges": hood.edges,
        "truncated": hood.truncated,
        "notes": hood.notes,
    }
