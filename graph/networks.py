"""Neighbourhoods as networkx graphs, and the files researchers' tools open (GraphML, Cytoscape)."""

from __future__ import annotations

import io
import json

import networkx as nx

from graph.queries import Neighborhood


def to_networkx(hood: Neighborhood) -> nx.MultiDiGraph:
    """Plain attribute values only (strings and numbers), as Gephi and Cytoscape expect."""
    graph = nx.MultiDiGraph(center=hood.center, truncated=hood.truncated)
    for node_id, node in hood.nodes.items():
        graph.add_node(node_id, label=node["label"], type=node["type"], claims=node["claims"])
    for edge in hood.edges:
        graph.add_edge(
            edge["source"],
            edge["target"],
            key=edge["predicate"],
            label=edge["predicate"],
            predicate=edge["predicate"],
            claims=edge["claims"],
            reporters="; ".join(edge["reporters"]),
        )
    return graph


def graphml(hood: Neighborhood) -> bytes:
    out = io.BytesIO()
    nx.write_graphml(to_networkx(hood), out)
    return out.getvalue()


def cytoscape(hood: Neighborhood) -> bytes:
    return json.dumps(nx.cytoscape_data(to_networkx(hood))).encode("utf-8")


def as_json(hood: Neighborhood) -> dict:
    return {
        "center": hood.center,
        "nodes": list(hood.nodes.values()),
        "edges": hood.edges,
        "truncated": hood.truncated,
        "notes": hood.notes,
    }
