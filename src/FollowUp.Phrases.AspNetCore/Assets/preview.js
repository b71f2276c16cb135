// The FollowUp.Phrases preview page. Every value from the server (phrases, orders, messages, findings) reaches the
// DOM through textContent or an attribute, never as markup: a buyer named <img src=x onerror=alert(1)> shows as
// those characters. The rendered HTML body goes into a sandboxed iframe that runs no script.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  let catalog = null;          // GET api/phrases
  let lastRender = null;       // the last successful render, for the tooltip and download
  const pristine = {};         // the phrase's own templates, by "key|locale", to undo edits

  // ---- small helpers ---------------------------------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function option(value, label) { return el("option", { value }, label === undefined ? value : label); }

  function fill(select, values, keep) {
    const previous = select.value;
    select.replaceChildren(...values.map((v) => (Array.isArray(v) ? option(v[0], v[1]) : option(v))));
    if (keep && values.some((v) => (Array.isArray(v) ? v[0] : v) === previous)) select.value = previous;
  }

  async function api(path, body) {
    const response = await fetch("api/" + path, body === undefined ? {} : {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const type = response.headers.get("Content-Type") || "";
    const data = type.includes("json") ? await response.json() : null;
    return response.ok ? { ok: true, data } : { ok: false, problem: data || { detail: response.status + " " + response.statusText } };
  }

  function problemText(problem) {
    const where = problem.field ? "[" + problem.field + "] " : "";
    const lines = (problem.errors || []).map((e) => e.part + " line " + e.line + ", column " + e.column + ": " + e.message);
    return lines.length ? lines.join("\n") : where + (problem.detail || problem.title || "The request failed.");
  }

  // A call that waits until the calls stop for `ms`; `cancel()` drops the one waiting (an explicit click ran it already).
  function debounce(fn, ms) {
    let timer = 0;
    const call = (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
    call.cancel = () => clearTimeout(timer);
    return call;
  }

  // ---- tooltip: a finding's message on hover and on keyboard focus ------------------------------------------------
  const tooltip = $("tooltip");
  function showTip(target) {
    tooltip.textContent = target.dataset.tip || "";
    const box = target.getBoundingClientRect();
    tooltip.style.left = Math.max(8, box.left + window.scrollX) + "px";
    tooltip.style.top = (box.bottom + window.scrollY + 6) + "px";
    tooltip.hidden = false;
    target.setAttribute("aria-describedby", "tooltip");
  }
  function hideTip(target) { tooltip.hidden = true; target.removeAttribute("aria-describedby"); }
  document.addEventListener("mouseover", (e) => { const m = e.target.closest && e.target.closest("mark.finding"); if (m) showTip(m); });
  document.addEventListener("mouseout", (e) => { const m = e.target.closest && e.target.closest("mark.finding"); if (m) hideTip(m); });
  document.addEventListener("focusin", (e) => { if (e.target.matches && e.target.matches("mark.finding")) showTip(e.target); });
  document.addEventListener("focusout", (e) => { if (e.target.matches && e.target.matches("mark.finding")) hideTip(e.target); });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") tooltip.hidden = true; });

  function findingTip(f) {
    let tip = f.rule + " (" + f.severity + "): " + f.message;
    if (f.suggestion) tip += "\n" + f.suggestion;
    if (f.replacement) tip += "\nFix: replace with '" + f.replacement + "'";
    return tip;
  }

  // ---- underlining: text split at every finding boundary, each covered piece a focusable mark ---------------------
  function underline(container, text, findings) {
    const spans = (findings || []).filter((f) => f.text !== null && f.length > 0 && f.start + f.length <= text.length);
    const cuts = new Set([0, text.length]);
    for (const f of spans) { cuts.add(f.start); cuts.add(f.start + f.length); }
    const points = [...cuts].sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = spans.filter((f) => f.start <= from && f.start + f.length >= to);
      if (covering.length === 0) { parts.push(document.createTextNode(piece)); continue; }
      const worst = covering.some((f) => f.severity === "error") ? "error" : covering.some((f) => f.severity === "warning") ? "warning" : "info";
      parts.push(el("mark", {
        className: "finding " + worst,
        tabindex: 0,
        "data-rule": covering.map((f) => f.rule).join(" "),
        "data-tip": covering.map(findingTip).join("\n\n"),
        "aria-label": piece + ": " + covering.map((f) => f.rule + ", " + f.message).join("; "),
      }, piece));
    }
    container.replaceChildren(...parts);
  }

  function listFindings(list, groups) {
    const items = [];
    for (const [part, findings] of groups) {
      for (const f of findings) {
        const where = f.text === null ? part + ", whole message" : part + " " + f.line + ":" + f.column + " '" + f.text + "'";
        items.push(el("li", { "data-rule": f.rule },
          el("span", { className: "severity " + f.severity }, f.severity),
          el("span", { className: "rule" }, f.rule), " — ", where, ": ", f.message,
          f.suggestion ? el("span", { className: "fix" }, f.suggestion) : null,
          f.replacement && f.text !== null ? el("span", { className: "fix" }, "Fix: ", el("del", {}, f.text), " → ", el("ins", {}, f.replacement)) : null));
      }
    }
    if (items.length === 0) items.push(el("li", {}, "No findings."));
    list.replaceChildren(...items);
  }

  // ---- tabs: arrow keys move between them, Enter/Space or focus selects -------------------------------------------
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  function selectTab(tab, focus) {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute("aria-selected", String(selected));
      t.tabIndex = selected ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !selected;
    }
    if (focus) tab.focus();
  }
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => selectTab(tab, false));
    tab.addEventListener("keydown", (e) => {
      const next = e.key === "ArrowRight" ? (i + 1) % tabs.length : e.key === "ArrowLeft" ? (i + tabs.length - 1) % tabs.length
        : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : -1;
      if (next >= 0) { e.preventDefault(); selectTab(tabs[next], true); }
    });
  });

  // ---- phrases -----------------------------------------------------------------------------------------------------
  function phraseMatches(p) {
    const q = $("phrase-search").value.trim().toLowerCase();
    const stage = $("phrase-stage").value, purpose = $("phrase-purpose").value;
    const channel = $("phrase-channel").value, locale = $("phrase-locale").value;
    if (stage && p.stage !== stage) return false;
    if (purpose && p.purpose !== purpose) return false;
    if (channel && !p.channels.includes(channel)) return false;
    if (locale && !p.locales.includes(locale)) return false;
    if (!q) return true;
    const words = [p.key, p.stage, p.description || ""].concat(Object.values(p.texts).map((t) => t.subject + " " + t.body));
    return words.join(" ").toLowerCase().includes(q);
  }

  function showPhrases() {
    const rows = catalog.phrases.filter(phraseMatches).map((p) => el("tr", {},
      el("td", {}, el("button", { type: "button", "data-key": p.key, title: p.description || "" }, p.key)),
      el("td", {}, p.stage), el("td", {}, p.purpose), el("td", {}, p.channels.join(", ")),
      el("td", {}, p.locales.join(", ")), el("td", {}, p.requiredFacts.join(", ")), el("td", {}, p.reviewedOn || "never")));
    $("phrase-table").tBodies[0].replaceChildren(...rows);
    $("phrase-count").textContent = rows.length + " of " + catalog.phrases.length + " phrases";
  }

  $("phrase-table").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-key]");
    if (!button) return;
    $("render-key").value = button.dataset.key;
    phraseChosen();
    selectTab($("tab-render"), true);
    render();
  });
  for (const id of ["phrase-search", "phrase-stage", "phrase-purpose", "phrase-channel", "phrase-locale"]) {
    $(id).addEventListener("input", showPhrases);
  }

  // ---- render & edit -----------------------------------------------------------------------------------------------
  function currentPhrase() { return catalog.phrases.find((p) => p.key === $("render-key").value); }

  function phraseChosen() {
    const p = currentPhrase();
    if (!p) return;
    fill($("render-locale"), p.locales, true);
    fill($("render-channel"), p.channels, true);
    loadTemplate();
  }

  function loadTemplate() {
    const p = currentPhrase();
    const locale = $("render-locale").value;
    const t = p.texts[locale];
    pristine[p.key + "|" + locale] = t;
    $("edit-subject").value = t.subject;
    $("edit-body").value = t.body;
    $("edit-html").value = t.html || "";
    $("edit-error").textContent = "";
  }

  function edited() {
    const p = currentPhrase();
    const t = pristine[p.key + "|" + $("render-locale").value];
    const now = { subject: $("edit-subject").value, body: $("edit-body").value, html: $("edit-html").value || null };
    return t && now.subject === t.subject && now.body === t.body && (now.html || null) === (t.html || null) ? null : now;
  }

  function orderFields(selectId, jsonId) {
    const json = $(jsonId).value.trim();
    return json ? { orderJson: json } : { order: $(selectId).value };
  }

  // Renders overlap when the user changes two choices quickly; only the answer to the latest request is shown.
  let renderSeq = 0;

  async function render() {
    const p = currentPhrase();
    if (!p) return;
    const seq = ++renderSeq;
    const template = edited();
    const body = Object.assign({ key: p.key, locale: $("render-locale").value, channel: $("render-channel").value }, orderFields("render-order", "render-order-json"));
    if (template) body.template = template;
    const result = await api("render", body);
    if (seq !== renderSeq) return; // a newer render was asked for while this one ran: this answer is stale
    if (!result.ok) {
      const message = problemText(result.problem);
      const onTemplate = (result.problem.field || "").startsWith("template");
      $(onTemplate ? "edit-error" : "render-error").textContent = message;
      $(onTemplate ? "render-error" : "edit-error").textContent = "";
      return;
    }
    $("render-error").textContent = "";
    $("edit-error").textContent = "";
    const r = result.data;
    lastRender = r;
    underline($("render-subject"), r.subject.text, r.subject.findings);
    underline($("render-text"), r.text.text, r.text.findings);
    const frame = $("render-html");
    frame.hidden = !r.html;
    $("render-html-title").hidden = !r.html;
    // Only new HTML reloads the frame: the same answer again (a render the page asked for twice) would blank it for a
    // moment and lose the reader's scroll position.
    const html = r.html ? r.html.text : "";
    if (frame.srcdoc !== html) frame.srcdoc = html;
    if (r.html) underline($("render-html-source"), r.html.text, r.html.findings);
    else $("render-html-source").replaceChildren();
    listFindings($("render-findings"), [["subject", r.subject.findings], ["text", r.text.findings], ["html", r.html ? r.html.findings : []]]);
    $("render-times").tBodies[0].replaceChildren(...r.times.map((t) =>
      el("tr", {}, el("td", {}, t.fact), el("td", {}, t.at.seller), el("td", {}, t.at.buyer || "(buyer zone unknown)"))));
  }

  const renderSoon = debounce(render, 300);
  $("render-go").addEventListener("click", render);
  $("render-key").addEventListener("change", () => { phraseChosen(); render(); });
  $("render-locale").addEventListener("change", () => { loadTemplate(); render(); });
  for (const id of ["render-channel", "render-order"]) $(id).addEventListener("change", render);
  for (const id of ["edit-subject", "edit-body", "edit-html"]) $(id).addEventListener("input", renderSoon);
  $("edit-reset").addEventListener("click", () => { loadTemplate(); render(); });
  $("edit-download").addEventListener("click", async () => {
    const p = currentPhrase();
    const response = await fetch("api/phrasebook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ key: p.key, locale: $("render-locale").value, template: { subject: $("edit-subject").value, body: $("edit-body").value, html: $("edit-html").value || null } }),
    });
    if (!response.ok) { $("edit-error").textContent = problemText(await response.json()); return; }
    const url = URL.createObjectURL(await response.blob());
    const link = el("a", { href: url, download: p.key + ".json" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  // ---- check -------------------------------------------------------------------------------------------------------
  const layers = [
    ["timing", "Time expressions", (a) => a.timing.map((s) => [s, s.kind])],
    ["steps", "Next steps", (a) => a.nextSteps.map((s) => [s, s.kind + " by " + s.actor])],
    ["commitments", "Commitments", (a) => a.commitments.map((s) => [s, (s.isCertain ? "certain" : "planned") + ", " + (s.sellerControls ? "seller controls it" : "seller does not control it")])],
    ["links", "Links", (a) => a.links.map((s) => [s, s.role + (s.isWorking ? "" : ", not working")])],
    ["regions", "Regions", (a) => a.regions.map((s) => [s, s.kind])],
    ["placeholders", "Placeholders", (a) => a.placeholders.map((s) => [s, "placeholder"])],
    ["problems", "Problems reported", (a) => a.problems.map((s) => [s, "problem"])],
  ];
  let lastCheck = null;
  for (const [id, label] of layers) {
    const box = el("input", { type: "checkbox", id: "layer-" + id, checked: id === "timing" || id === "steps" });
    box.addEventListener("change", showLayers);
    $("check-layers").append(el("label", {}, box, label));
  }

  function showLayers() {
    if (!lastCheck) return;
    const a = lastCheck.analysis;
    const text = a.text;
    const chosen = layers.filter(([id]) => $("layer-" + id).checked);
    const spans = [];
    for (const [id, label, read] of chosen) for (const [s, what] of read(a)) spans.push({ id, label, what, start: s.start, end: s.start + s.length, text: s.text });
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((x, y) => x - y);
    const parts = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const covering = spans.filter((s) => s.start <= from && s.end >= to);
      const piece = text.slice(from, to);
      if (covering.length === 0) { parts.push(document.createTextNode(piece)); continue; }
      parts.push(el("span", { className: "layer " + covering.map((s) => "layer-" + s.id).join(" "), title: covering.map((s) => s.label + ": " + s.what).join("\n") }, piece));
    }
    $("check-layered").replaceChildren(...parts);
    $("check-layer-list").replaceChildren(...spans.map((s) => el("li", {}, el("span", { className: "layer layer-" + s.id }, s.label), " '", s.text, "' — ", s.what)));
  }

  // Checks overlap as a user types and clicks; only the answer to the latest request is shown, and an answer the page
  // already shows leaves the underlines alone, so a focused underline keeps its focus and its tooltip.
  let checkSeq = 0;
  let shownCheck = "";

  async function check() {
    checkSoon.cancel();
    const text = $("check-text").value;
    if (!text.trim()) return;
    const seq = ++checkSeq;
    const request = {
      text,
      format: $("check-format").value,
      channel: $("check-channel").value,
      purpose: $("check-purpose").value,
      locale: $("check-locale").value.trim() || null,
    };
    const result = await api("check", request);
    if (seq !== checkSeq) return; // a newer check was asked for while this one ran: this answer is stale
    if (!result.ok) { shownCheck = ""; $("check-error").textContent = problemText(result.problem); return; }
    $("check-error").textContent = "";
    const shown = JSON.stringify([request, result.data]);
    if (shown === shownCheck) return;
    shownCheck = shown;
    lastCheck = result.data;
    const r = result.data;
    underline($("check-underlined"), text, r.findings);
    listFindings($("check-findings"), [["message", r.findings]]);
    const purpose = r.purpose.purpose + (r.purpose.isInferred ? " (inferred: " + r.purpose.reason + ")" : " (given)");
    const languages = r.languages.length ? r.languages.join(", ") : "none";
    const uncovered = r.uncoveredLanguages.length ? "; not covered: " + r.uncoveredLanguages.join(", ") : "";
    $("check-summary").textContent = r.findings.length + " finding(s). Purpose: " + purpose + ". Read as: " + languages + uncovered + ".";
    showLayers();
  }
  const checkSoon = debounce(check, 400);
  $("check-go").addEventListener("click", check);
  $("check-text").addEventListener("input", checkSoon);
  for (const id of ["check-format", "check-channel", "check-purpose"]) $(id).addEventListener("change", check);

  // ---- plan --------------------------------------------------------------------------------------------------------
  async function plan() {
    const body = Object.assign({ now: $("plan-now").value.trim() || null }, orderFields("plan-order", "plan-order-json"));
    const result = await api("plan", body);
    if (!result.ok) { $("plan-error").textContent = problemText(result.problem); return; }
    $("plan-error").textContent = "";
    const r = result.data;
    $("plan-summary").textContent = "Order at stage " + r.stage + "; now " + r.now.seller + (r.now.buyer ? " = " + r.now.buyer + " for the buyer" : "") + ".";
    const items = r.followUps.map((f) => el("li", { className: f.overdue ? "overdue" : f.due ? "due" : "" },
      el("strong", {}, f.key), f.overdue ? el("span", { className: "badge" }, "overdue") : f.due ? el("span", { className: "badge" }, "due") : el("span", { className: "badge" }, "next"),
      el("div", {}, "Due " + f.dueAt.seller + (f.dueAt.buyer ? " · buyer: " + f.dueAt.buyer : "")),
      f.deadline ? el("div", {}, "Deadline " + f.deadline.seller + (f.deadline.buyer ? " · buyer: " + f.deadline.buyer : "")) : null,
      el("div", { className: "hint" }, f.reason)));
    if (items.length === 0) items.push(el("li", {}, "Nothing to follow up for this order."));
    $("plan-timeline").replaceChildren(...items);
  }
  $("plan-go").addEventListener("click", plan);

  // ---- start -------------------------------------------------------------------------------------------------------
  async function start() {
    const result = await api("phrases");
    if (!result.ok) { $("phrase-count").textContent = problemText(result.problem); return; }
    catalog = result.data;
    $("clock").textContent = "Now: " + catalog.now.seller;
    const unique = (values) => [...new Set(values)].sort();
    fill($("phrase-stage"), [["", "any"]].concat(unique(catalog.phrases.map((p) => p.stage))));
    fill($("phrase-channel"), [["", "any"]].concat(catalog.channels));
    fill($("phrase-locale"), [["", "any"]].concat(unique(catalog.phrases.flatMap((p) => p.locales))));
    fill($("render-key"), catalog.phrases.map((p) => p.key));
    fill($("render-order"), catalog.orders);
    fill($("plan-order"), catalog.orders);
    fill($("check-channel"), catalog.channels);
    showPhrases();
    phraseChosen();
    document.body.dataset.ready = "true";
  }
  start();
})();
