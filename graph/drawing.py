"""Drawings of a neighbourhood: SVG and PNG through matplotlib, HTML with cytoscape.js inlined.

Classes are told apart by colour and shape, relations by labelled arrows, and reporters by
dashed "reported by" edges; a legend says which is which, and a title says what is drawn
from which store.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no screen

import matplotlib.pyplot as plt
import networkx as nx
from adjustText import adjust_text
from matplotlib.lines import Line2D

from graph.queries import Neighborhood

STYLE = {  # class: (colour, matplotlib marker, cytoscape shape)
    "Unit": ("#c0392b", "s", "round-rectangle"),
    "Person": ("#2980b9", "o", "ellipse"),
    "Outlet": ("#27ae60", "D", "diamond"),
    "Region": ("#8e44ad", "^", "triangle"),
    "Organization": ("#d68910", "h", "hexagon"),
    "Literal": ("#95a5a6", "o", "round-tag"),
}
REPORTED_BY = "reported by"
SIZE_INCHES = (16, 12)
DPI = 100  # PNG of 1600 x 1200 pixels


def reporter_graph(hood: Neighborhood, most_reporters: int = 12) -> nx.MultiDiGraph:
    """Relations between the neighbourhood's nodes, plus a dashed edge from each reporter to the
    subject of what it reported. Reporters outside the neighbourhood join as nodes: the
    `most_reporters` who reported the most of it, so a drawing stays readable; the graph's
    `hidden_reporters` counts the others."""
    graph = nx.MultiDiGraph()
    by_label = {node["label"]: node_id for node_id, node in hood.nodes.items()}
    counts: dict[str, int] = {}
    for edge in hood.edges:
        for reporter in edge["reporters"]:
            counts[reporter] = counts.get(reporter, 0) + 1
    shown = set(sorted(counts, key=lambda r: (-counts[r], r))[:most_reporters]) | set(by_label) & set(counts)
    graph.graph["hidden_reporters"] = len(set(counts) - shown)
    for node_id, node in hood.nodes.items():
        graph.add_node(node_id, label=node["label"], type=node["type"])
    for edge in hood.edges:
        graph.add_edge(edge["source"], edge["target"], key=edge["predicate"])
        for reporter in (r for r in edge["reporters"] if r in shown):
            rid = by_label.get(reporter) or f"reporter:{reporter}"
            if rid not in graph:
                graph.add_node(rid, label=reporter, type=edge["reporter_types"].get(reporter, "Outlet"))
            if not graph.has_edge(rid, edge["source"], key=REPORTED_BY):
                graph.add_edge(rid, edge["source"], key=REPORTED_BY)
    return graph


def draw_static(hood: Neighborhood, output: Path, title: str) -> None:
    """An SVG or PNG, by the file's suffix."""
    graph = reporter_graph(hood)
    fig, ax = plt.subplots(figsize=SIZE_INCHES, dpi=DPI)
    pos = layout(graph)
    for cls, (colour, marker, _) in STYLE.items():
        nodes = [n for n, d in graph.nodes(data=True) if d["type"] == cls]
        nx.draw_networkx_nodes(graph, pos, nodelist=nodes, node_color=colour, node_shape=marker, node_size=420, ax=ax)
    relations = [(u, v) for u, v, k in graph.edges(keys=True) if k != REPORTED_BY]
    reports = [(u, v) for u, v, k in graph.edges(keys=True) if k == REPORTED_BY]
    nx.draw_networkx_edges(graph, pos, edgelist=relations, width=1.6, arrowsize=14, ax=ax, node_size=420)
    nx.draw_networkx_edges(graph, pos, edgelist=reports, style="dashed", edge_color="#7f8c8d", width=1.0,
                           arrowsize=10, ax=ax, node_size=420)  # fmt: skip
    edge_labels = {(u, v): k for u, v, k in graph.edges(keys=True) if k != REPORTED_BY}
    nx.draw_networkx_edge_labels(graph, pos, edge_labels=edge_labels, font_size=8, font_color="#34495e", ax=ax)
    texts = [
        ax.text(x, y + 0.03, _short(graph.nodes[n]["label"]), fontsize=9, ha="center", va="bottom")
        for n, (x, y) in pos.items()
    ]
    if len(texts) > 1:
        adjust_text(texts, ax=ax, expand=(1.2, 1.4))
    legend = [
        Line2D([], [], marker=m, color="w", markerfacecolor=c, markersize=11, label=cls)
        for cls, (c, m, _) in STYLE.items()
    ]
    legend.append(Line2D([], [], color="#7f8c8d", linestyle="--", label=REPORTED_BY))
    ax.legend(handles=legend, loc="lower left", fontsize=9, frameon=True)
    hidden = graph.graph["hidden_reporters"]
    ax.set_title(title + (f"; {hidden} more reporters not drawn" if hidden else ""), fontsize=13)
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(output, format=output.suffix.lstrip(".").lower())
    plt.close(fig)


def layout(graph: nx.MultiDiGraph) -> dict:
    """ForceAtlas2 with hubs dissuaded and overlap prevented: the leaves of a hub such as Russia
    spread around it instead of piling up, and same-neighbour nodes do not share a spot."""
    if len(graph) < 2:
        return {n: (0.0, 0.0) for n in graph}
    simple = nx.Graph(graph.to_undirected())
    return nx.forceatlas2_layout(
        simple, max_iter=300, scaling_ratio=4.0, distributed_action=True, node_size=dict.fromkeys(simple, 4.0), seed=7
    )


def _short(label: str, width: int = 28) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def cytoscape_elements(hood: Neighborhood) -> list[dict]:
    graph = reporter_graph(hood)
    nodes = [{"data": {"id": n, "label": d["label"], "type": d["type"]}} for n, d in graph.nodes(data=True)]
    edges = [
        {"data": {"id": f"e{i}", "source": u, "target": v, "label": k, "reported": k == REPORTED_BY}}
        for i, (u, v, k) in enumerate(graph.edges(keys=True))
    ]
    return nodes + edges


def draw_html(hood: Neighborhood, output: Path, title: str) -> None:
    """One self-contained file: cytoscape.js, the data and the legend inlined, nothing fetched."""
    script = resources.files("app.static").joinpath("vendor/cytoscape-3.34.4/cytoscape.min.js").read_text("utf-8")
    styles = [
        {"selector": f'node[type = "{cls}"]', "style": {"background-color": c, "shape": shape}}
        for cls, (c, _, shape) in STYLE.items()
    ]
    legend = (
        "".join(f'<li><span style="background:{c}"></span>{cls}</li>' for cls, (c, _, _) in STYLE.items())
        + '<li><span class="dash"></span>reported by</li>'
    )
    page = _HTML.format(
        title=html.escape(title),
        script=script.replace("</script", "<\\/script"),
        elements=json.dumps(cytoscape_elements(hood)).replace("</", "<\\/"),
        styles=json.dumps(styles),
        legend=legend,
    )
    output.write_text(page, encoding="utf-8")


def draw(hood: Neighborhood, output: Path, title: str) -> None:
    suffix = output.suffix.lower()
    if suffix in (".svg", ".png"):
        draw_static(hood, output, title)
    elif suffix in (".html", ".htm"):
        draw_html(hood, output, title)
    else:
        raise ValueError(f"cannot draw to {output.name}: use .svg, .png or .html")


_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ margin: 0; font: 14px system-ui, sans-serif; }}
h1 {{ font-size: 16px; margin: 8px 12px; }}
#graph {{ position: absolute; top: 40px; bottom: 0; left: 0; right: 0; }}
ul {{ position: absolute; right: 8px; top: 40px; list-style: none; background: #fff; padding: 6px 10px;
      border: 1px solid #ccc; z-index: 2; }}
li span {{ display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: middle; }}
li span.dash {{ border-top: 2px dashed #7f8c8d; height: 0; }}
</style></head>
<body><h1>{title}</h1><ul>{legend}</ul><div id="graph"></div>
<script>{script}</script>
<script>
const elements = {elements};
cytoscape({{
  container: document.getElementById("graph"),
  elements: elements,
  layout: {{ name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 110 }},
  style: [
    {{ selector: "node", style: {{ "label": "data(label)", "font-size": 10, "text-valign": "bottom",
                                  "text-margin-y": 4, "width": 22, "height": 22 }} }},
    {{ selector: "edge", style: {{ "label": "data(label)", "font-size": 8, "curve-style": "bezier",
                                  "target-arrow-shape": "triangle", "width": 1.5, "text-rotation": "autorotate" }} }},
    {{ selector: "edge[?reported]", style: {{ "line-style": "dashed", "line-color": "#7f8c8d",
                                            "target-arrow-color": "#7f8c8d", "label": "" }} }}
  ].concat({styles})
}});
</script></body></html>
"""
