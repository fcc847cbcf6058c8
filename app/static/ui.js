/* conflict-kg web interface: every page reads the JSON API, so each view has a JSON twin. */
"use strict";

const ckg = (() => {
  const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  const getJSON = async (url) => {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error ? body.error.detail : response.statusText);
    return body;
  };
  const typeBadge = (t) => `<span class="type type-${esc(t)}">${esc(t)}</span>`;
  const entityLink = (id, label) => `<a href="/ui/entity/${esc(id)}">${esc(label)}</a>`;
  const docKey = (id) => String(id).split("/").pop();

  const HEADER = `<a href="/">conflict-kg</a>
    <div class="search"><input id="q" type="search" placeholder="Search units, people, outlets, places…"
      aria-label="Search entities" autocomplete="off"><ul class="suggestions" id="suggestions" role="listbox"></ul></div>
    <nav><a href="/ui/documents">Documents</a><a href="/ui/sparql">SPARQL</a><a href="/docs">API</a></nav>`;

  /* The header of every page, with its search box and suggestions as you type. */
  function searchBox() {
    document.getElementById("top").innerHTML = HEADER;
    const input = document.getElementById("q");
    const list = document.getElementById("suggestions");
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (!q) { list.innerHTML = ""; return; }
        const body = await getJSON(`/entities?q=${encodeURIComponent(q)}&limit=8`);
        list.innerHTML = body.results
          .map((r) => `<li role="option"><a href="/ui/entity/${esc(r.id)}">${esc(r.label)}${typeBadge(r.type)}</a></li>`)
          .join("");
      }, 150);
    });
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") location.href = `/ui/search?q=${encodeURIComponent(input.value.trim())}`;
    });
  }

  async function searchPage() {
    const q = new URLSearchParams(location.search).get("q");
    if (!q) return;
    document.getElementById("q").value = q;
    const body = await getJSON(`/entities?q=${encodeURIComponent(q)}&limit=50`);
    document.getElementById("results").innerHTML = `<h2>Entities matching “${esc(q)}”</h2><ul>` +
      body.results.map((r) => `<li>${entityLink(r.id, r.label)}${typeBadge(r.type)}</li>`).join("") + "</ul>";
  }

  /* Highlight the words of the given names inside an evidence sentence. */
  function highlight(sentence, names) {
    let html = esc(sentence);
    for (const name of names.filter(Boolean).sort((a, b) => b.length - a.length)) {
      const words = esc(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      html = html.replace(new RegExp(`(${words})`, "gi"), "<mark>$1</mark>");
    }
    return html;
  }

  async function entityPage() {
    const id = location.pathname.replace(/^\/ui\/entity\//, "");
    document.getElementById("twin").href = `/entities/${id}`;
    const [card, reports] = await Promise.all([getJSON(`/entities/${id}`), getJSON(`/entities/${id}/reports`)]);
    document.title = `${card.label} · conflict-kg`;
    document.getElementById("title").innerHTML = esc(card.label) + card.types.map(typeBadge).join("");
    document.getElementById("card").innerHTML = `
      <p>${card.aliases.length ? "Also: " + card.aliases.map(esc).join(", ") : ""}</p>
      <p>${card.claims_as_subject} claims as subject, ${card.claims_as_object} as object.
         Mentioned in ${card.articles.map((a) => `<a href="/ui/document/${esc(docKey(a.id))}">${esc(a.title || a.id)}</a>`).join(", ")}.</p>`;
    reportsTable(reports.reports, [card.label, ...card.aliases]);
    neighbourhood(id);
  }

  function reportsTable(rows, names) {
    const params = new URLSearchParams(location.search);
    const table = document.getElementById("reports");
    const fReporter = document.getElementById("f-reporter");
    const fPredicate = document.getElementById("f-predicate");
    const fDate = document.getElementById("f-date");
    const data = rows.map((r) => ({
      date: r.article.date || "",
      subject: r.subject.label,
      predicate: r.predicate,
      object: (r.object && r.object.label) || r.object_text || "",
      reporters: r.reporters.map((p) => `${p.label} (${p.role})`).join("; "),
      names: r.reporters.map((p) => p.label),
      verification: r.verification + (r.hedges.length ? ": " + r.hedges.join(", ") : ""),
      evidence: r.evidence,
      quantities: r.quantities.map((q) => q.text).join(", "),
      link: `/ui/document/${docKey(r.article.id)}#c${r.evidence_start}`,
      title: r.article.title || r.article.publisher || "article",
    }));
    const options = (select, values) => [...new Set(values)].sort().forEach((v) => select.add(new Option(v, v)));
    options(fReporter, data.flatMap((d) => d.names));
    options(fPredicate, data.map((d) => d.predicate));
    fReporter.value = params.get("reporter") || "";
    fPredicate.value = params.get("predicate") || "";
    fDate.value = params.get("from") || "";
    let sortKey = "date", ascending = false;
    const render = () => {
      const shown = data
        .filter((d) => !fReporter.value || d.names.includes(fReporter.value))
        .filter((d) => !fPredicate.value || d.predicate === fPredicate.value)
        .filter((d) => !fDate.value || d.date >= fDate.value)
        .sort((a, b) => (a[sortKey] < b[sortKey] ? -1 : a[sortKey] > b[sortKey] ? 1 : 0) * (ascending ? 1 : -1));
      table.tBodies[0].innerHTML = shown.map((d) => `<tr>
        <td>${esc(d.date)}</td><td>${esc(d.subject)}</td><td>${esc(d.predicate)}</td>
        <td>${esc(d.object)}${d.quantities ? `<br><span class="note">${esc(d.quantities)}</span>` : ""}</td>
        <td>${esc(d.reporters)}</td><td>${esc(d.verification)}</td>
        <td class="evidence">${highlight(d.evidence, [...names, d.object])}<br><a href="${esc(d.link)}">${esc(d.title)}</a></td></tr>`).join("");
      document.getElementById("count").textContent = `${shown.length} of ${data.length} claims`;
      table.querySelectorAll("th").forEach((th) => th.removeAttribute("aria-sort"));
      table.querySelector(`th[data-key="${sortKey}"]`).setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const share = new URLSearchParams();
      if (fReporter.value) share.set("reporter", fReporter.value);
      if (fPredicate.value) share.set("predicate", fPredicate.value);
      if (fDate.value) share.set("from", fDate.value);
      history.replaceState(null, "", location.pathname + (share.toString() ? "?" + share : ""));
    };
    table.querySelectorAll("th").forEach((th) => th.addEventListener("click", () => {
      ascending = sortKey === th.dataset.key ? !ascending : true;
      sortKey = th.dataset.key;
      render();
    }));
    [fReporter, fPredicate, fDate].forEach((el) => el.addEventListener("change", render));
    render();
  }

  const COLOURS = { Unit: "#c0392b", Person: "#2980b9", Outlet: "#27ae60", Region: "#8e44ad", Organization: "#d68910", Literal: "#95a5a6" };

  function elements(hood) {
    const nodes = hood.nodes.map((n) => ({ group: "nodes", data: { id: n.iri || n.id, label: n.label, type: n.type, entity: n.iri ? n.id : "" } }));
    const edges = hood.edges.map((e) => ({ group: "edges", data: { id: `${e.source}|${e.predicate}|${e.target}`, source: e.source, target: e.target, label: e.predicate } }));
    return nodes.concat(edges);
  }

  // The entity in the middle, the rest in a ring around it, without overlap: the same drawing
  // every time, so a node is where it was drawn when a reader (or a test) clicks it; a force
  // layout's random start can stack nodes on one another.
  const ring = (focus) => ({
    name: "concentric", animate: false, avoidOverlap: true, minNodeSpacing: 90,
    concentric: (n) => (n.data("entity") === focus ? 2 : 1), levelWidth: () => 1,
  });

  async function neighbourhood(id) {
    const hood = await getJSON(`/entities/${id}/neighborhood?hops=1&limit=40`);
    const note = document.getElementById("graph-note");
    const cy = cytoscape({
      container: document.getElementById("graph"),
      elements: elements(hood),
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": (n) => COLOURS[n.data("type")] || "#999", width: 20, height: 20 } },
        { selector: "edge", style: { label: "data(label)", "font-size": 8, "curve-style": "bezier", "target-arrow-shape": "triangle", width: 1.5 } },
      ],
      layout: ring(id),
      maxZoom: 1.5,
      minZoom: 0.2,
    });
    window.ckgGraph = cy;
    // Cytoscape caches where its box sits on the page and forgets it only on a scroll or resize
    // event; the reports table above it changes height when filtered, and a scroll's event can
    // come after the click it preceded. Measured afresh at each press, a click hits what it shows.
    for (const press of ["mousedown", "touchstart"]) cy.container().addEventListener(press, () => cy.resize(), true);
    const tell = (h) => { note.textContent = h.truncated ? `Cut to stay readable: ${h.notes.join("; ")}` : ""; };
    tell(hood);
    cy.on("tap", "node", async (event) => {
      const entity = event.target.data("entity");
      if (!entity) return;
      let more;
      try {
        more = await getJSON(`/entities/${entity}/neighborhood?hops=1&limit=25`);
      } catch (error) {
        note.textContent = `Could not expand ${event.target.data("label")}: ${error.message}`;
        return;
      }
      const fresh = elements(more).filter((el) => cy.getElementById(el.data.id).empty());
      cy.add(fresh);
      cy.layout(ring(entity)).run();
      tell(more);
    });
  }

  async function documentPage() {
    const key = location.pathname.split("/").pop();
    document.getElementById("twin").href = `/documents/${key}`;
    const doc = await getJSON(`/documents/${key}`);
    document.getElementById("title").textContent = doc.title || doc.source || key;
    document.getElementById("meta").innerHTML = [doc.publisher, doc.date, doc.url ? `<a href="${esc(doc.url)}">${esc(doc.url)}</a>` : ""]
      .filter(Boolean).map((x) => (x.startsWith && x.startsWith("<a") ? x : esc(x))).join(" · ");
    const cuts = new Set([0, doc.text.length]);
    doc.mentions.forEach((m) => { cuts.add(m.start); cuts.add(m.end); });
    doc.claims.forEach((c) => { cuts.add(c.start); cuts.add(c.end); });
    const points = [...cuts].sort((a, b) => a - b);
    let html = "";
    for (let i = 0; i < points.length - 1; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const mention = doc.mentions.find((m) => m.start <= a && b <= m.end);
      const claim = doc.claims.find((c) => c.start <= a && b <= c.end);
      let piece = esc(doc.text.slice(a, b));
      if (mention) piece = `<a class="m ${esc(mention.type)}" href="/ui/entity/${esc(mention.entity)}" title="${esc(mention.label)} (${esc(mention.type)})">${piece}</a>`;
      if (claim) piece = `<span class="claim"${claim.start === a ? ` id="c${claim.start}"` : ""}>${piece}</span>`;
      html += piece;
    }
    document.getElementById("text").innerHTML = html;
    document.getElementById("claims").innerHTML = doc.claims
      .map((c) => `<li><a href="#c${c.start}">${esc(c.subject)} <b>${esc(c.predicate)}</b> ${esc(c.object)}</a></li>`).join("");
    if (location.hash) document.querySelector(location.hash)?.scrollIntoView();
  }

  async function documentsPage() {
    const body = await getJSON("/documents");
    document.getElementById("docs").innerHTML = body.documents.map((d) =>
      `<li><a href="/ui/document/${esc(docKey(d.id))}">${esc(d.title || d.id)}</a> <span class="note">${esc(d.publisher || "")} ${esc(d.date || "")} · ${d.claims} claims</span></li>`).join("");
  }

  const EXAMPLES = [
    ["Who reported what about the 331st?", `PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?reporter ?role ?predicate ?other ?evidence WHERE {
  ?unit rdfs:label ?name . FILTER(CONTAINS(?name, "331st"))
  { ?claim rdf:subject ?unit ; rdf:object ?o } UNION { ?claim rdf:object ?unit ; rdf:subject ?o }
  ?claim rdf:predicate ?predicate ; ckg:evidence ?evidence ; ?r ?who .
  ?r rdfs:subPropertyOf ckg:reportedBy ; rdfs:label ?role .
  ?who rdfs:label ?reporter .
  OPTIONAL { ?o rdfs:label ?label }
  BIND(COALESCE(?label, STR(?o)) AS ?other)
}`],
    ["Refusals and where", `PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?who ?where WHERE { ?s ckg:refused ?o . ?s rdfs:label ?who . OPTIONAL { ?o rdfs:label ?l } BIND(COALESCE(?l, STR(?o)) AS ?where) }`],
    ["Outlets by number of claims", `PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?outlet (COUNT(DISTINCT ?claim) AS ?claims) WHERE { ?claim ckg:reportedBy ?o . ?o a ckg:Outlet ; rdfs:label ?outlet }
GROUP BY ?outlet ORDER BY DESC(?claims)`],
  ];

  function sparqlPage() {
    const yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: "/sparql", method: "POST" },
      copyEndpointOnNewTab: false,
      persistenceId: null,
    });
    window.ckgYasgui = yasgui;
    const tab = yasgui.getTab();
    const params = new URLSearchParams(location.search);
    tab.setQuery(params.get("query") || EXAMPLES[0][1]);
    document.getElementById("examples").innerHTML = EXAMPLES.map(([name], i) => `<button data-i="${i}">${esc(name)}</button>`).join("");
    document.querySelectorAll("#examples button").forEach((b) => b.addEventListener("click", () => {
      tab.setQuery(EXAMPLES[b.dataset.i][1]);
      tab.query();
    }));
  }

  return { searchBox, searchPage, entityPage, documentPage, documentsPage, sparqlPage };
})();
