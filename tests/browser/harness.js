// Browser tests of the report's pages, run by tests/test_browser.py in headless chromium.
// Each page in window.PAGES (pages.js, written by the test) is opened in an iframe — at desktop
// width, and again at phone width — and checked; the results are written into the harness page's
// DOM as JSON, which the test reads with --dump-dom.
"use strict";

const MARK = "XS" + "SRAN"; // only a payload that ran can put this word into a page
const COLOURS = {
  consistent: "rgb(0, 158, 115)",
  misleading: "rgb(230, 159, 0)",
  inconsistent: "rgb(213, 94, 0)",
  unverifiable: "rgb(153, 153, 153)",
};

function load(url, width) {
  return new Promise((resolve) => {
    const frame = document.createElement("iframe");
    frame.style.width = width + "px";
    frame.style.height = "900px";
    frame.addEventListener("load", () => setTimeout(() => resolve(frame), 50));
    frame.src = url;
    document.body.appendChild(frame);
  });
}

function visible(win, el) {
  if (!el || el.hidden) return false;
  const style = win.getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return style.display !== "none" && style.visibility !== "hidden" && box.width > 0 && box.height > 0;
}

function common(win, doc, problems) {
  if (doc.title.includes(MARK) || doc.body.textContent.includes(MARK)) problems.push("a payload ran");
  for (const s of doc.scripts) {
    if (!s.src.endsWith("/assets/site.js")) problems.push("foreign script: " + (s.src || s.textContent.slice(0, 60)));
  }
  for (const el of doc.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith("on")) problems.push("handler attribute " + attr.name + " on " + el.tagName);
    }
  }
  if (doc.querySelector('img[src="x"], svg[onload], iframe, object, embed')) problems.push("injected element");
  for (const entry of win.performance.getEntriesByType("resource")) {
    if (!/^(file|data):/.test(entry.name)) problems.push("loaded from outside: " + entry.name);
  }
  if (!doc.querySelector("nav.site-nav a[href='index.html']")) problems.push("no navigation bar");
  if (!doc.documentElement.classList.contains("js")) problems.push("site.js did not run");
}

function article(win, doc, problems, detail) {
  const panel = doc.getElementById("panel");
  const claims = Array.from(doc.querySelectorAll("#text [data-claim]"));
  detail.claims = claims.length;
  detail.opened = { click: 0, focus: 0 };
  detail.announced = 0;
  detail.panelLive = panel.hasAttribute("aria-live");
  for (const el of claims) {
    const id = el.getAttribute("data-claim");
    const verdict = el.getAttribute("data-verdict");
    if (!(verdict in COLOURS)) problems.push("bad verdict " + verdict);
    const word = el.querySelector(".vword");
    if (!word || word.textContent.trim() !== verdict || !visible(win, word)) problems.push("no visible word for " + id);
    else if (win.getComputedStyle(word).backgroundColor !== COLOURS[verdict]) problems.push("wrong colour for " + id);
    for (const how of ["click", "focus"]) {
      if (how === "click") el.click();
      else {
        if (doc.activeElement) doc.activeElement.blur(); // as when the Tab key arrives from elsewhere
        el.focus();
      }
      const card = panel.querySelector(".card");
      if (visible(win, panel) && panel.getAttribute("data-open") === id && card && card.getAttribute("data-for") === id && card.textContent.includes(verdict)) {
        detail.opened[how] += 1;
      } else {
        problems.push("no card on " + how + " for " + id);
      }
      // a screen reader hears the claim's number and verdict, not the whole card
      const said = (doc.getElementById("announce") || {}).textContent || "";
      if (said.includes(el.getAttribute("data-label") + ": " + verdict)) detail.announced += 1;
      panel.querySelector(".panel-close").click();
      if (visible(win, panel)) problems.push("card did not close for " + id);
    }
  }
}

function cellKey(row, column) {
  const cell = row.cells[column];
  return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
}

function claimsPage(win, doc, problems, detail) {
  const table = doc.getElementById("claims");
  const rows = () => Array.from(table.tBodies[0].rows);
  const shownRows = () => rows().filter((r) => !r.hidden);
  const heads = Array.from(table.tHead.rows[0].cells);
  detail.rows = rows().length;
  const region = table.closest(".table-scroll");
  detail.tableOverflow = region.scrollWidth - region.clientWidth; // > 0: it scrolls sideways
  detail.regionReachable = region.tabIndex === 0 && region.getAttribute("role") === "region";
  // sort by the figure's value, up then down
  const figure = heads.findIndex((th) => th.textContent.startsWith("Figure"));
  const button = heads[figure].querySelector("button");
  if (!button) {
    problems.push("no sort button");
    return;
  }
  button.click();
  const up = rows().map((r) => parseFloat(cellKey(r, figure))).filter((x) => !isNaN(x));
  if (heads[figure].getAttribute("aria-sort") !== "ascending" || up.some((x, i) => i && x < up[i - 1])) problems.push("not sorted up");
  button.click();
  const down = rows().map((r) => parseFloat(cellKey(r, figure))).filter((x) => !isNaN(x));
  if (heads[figure].getAttribute("aria-sort") !== "descending" || down.some((x, i) => i && x > down[i - 1])) problems.push("not sorted down");
  // sort by article (text)
  const art = heads.findIndex((th) => th.textContent.startsWith("Article"));
  heads[art].querySelector("button").click();
  const names = rows().map((r) => r.cells[art].textContent.trim().toLocaleLowerCase());
  if (names.some((x, i) => i && x < names[i - 1])) problems.push("not sorted by article");
  // every filter, every value
  const form = doc.querySelector("form.filters");
  if (!visible(win, form)) problems.push("filters not shown");
  detail.filtered = {};
  for (const select of form.querySelectorAll("select[data-filter]")) {
    const key = select.getAttribute("data-filter");
    let total = 0;
    for (const option of Array.from(select.options).slice(1)) {
      select.value = option.value;
      select.dispatchEvent(new Event("change"));
      const want = rows().filter((r) => r.getAttribute("data-" + key) === option.value).length;
      const got = shownRows();
      if (got.length !== want || got.some((r) => r.getAttribute("data-" + key) !== option.value)) problems.push("filter " + key + "=" + option.value);
      if (!form.querySelector("output").textContent.startsWith(got.length + " of " + rows().length)) problems.push("count not said for " + key);
      total += got.length;
    }
    detail.filtered[key] = total;
    select.value = "";
    select.dispatchEvent(new Event("change"));
    if (shownRows().length !== rows().length) problems.push("filter " + key + " not undone");
  }
}

function images(win, doc, problems, detail) {
  const imgs = Array.from(doc.querySelectorAll("main img"));
  detail.images = imgs.length;
  detail.linked = 0;
  detail.narrowest = imgs.length ? Infinity : 0;
  for (const img of imgs) {
    if (!img.complete || img.naturalWidth === 0) problems.push("chart not drawn: " + img.src.slice(0, 60));
    if (!img.alt || img.alt.startsWith("No description")) problems.push("chart without alt text");
    const link = img.closest("a");
    if (link && /figures\/[a-z_]+\.svg$/.test(link.getAttribute("href"))) detail.linked += 1;
    detail.narrowest = Math.min(detail.narrowest, img.getBoundingClientRect().width);
  }
}

async function run() {
  const results = [];
  for (const page of window.PAGES) {
    for (const width of [1200, 390]) {
      const frame = await load(page.url, width);
      const win = frame.contentWindow;
      const doc = frame.contentDocument;
      const problems = [];
      const detail = { url: page.url, kind: page.kind, width: width };
      try {
        common(win, doc, problems);
        if (width < 500 && doc.documentElement.scrollWidth > width + 1) {
          problems.push("wider than a phone: " + doc.documentElement.scrollWidth);
        }
        // every link of the navigation bar is in view, none scrolled away sideways
        const nav = Array.from(doc.querySelectorAll("nav.site-nav a"));
        detail.navHidden = nav.filter((a) => a.getBoundingClientRect().right > width + 1 || !visible(win, a)).length;
        if (width > 500) {
          if (page.kind === "article") article(win, doc, problems, detail);
          if (page.kind === "claims") claimsPage(win, doc, problems, detail);
        }
        if (page.kind === "index" || page.kind === "notebook") images(win, doc, problems, detail);
        if (page.kind === "article" && width < 500) {
          const first = doc.querySelector("#text [data-claim]");
          if (first) {
            first.click();
            const panel = doc.getElementById("panel");
            const box = panel.getBoundingClientRect();
            if (!visible(win, panel) || box.right > width + 1) problems.push("card does not fit a phone");
          }
        }
        if (page.expect) {
          for (const text of page.expect) {
            if (!doc.body.textContent.includes(text)) problems.push("not shown as text: " + text);
          }
        }
      } catch (error) {
        problems.push("error: " + error);
      }
      detail.problems = problems;
      results.push(detail);
      frame.remove();
    }
  }
  const out = document.getElementById("results");
  out.textContent = JSON.stringify(results);
  out.setAttribute("data-done", "yes");
}

run();
