// The report's one script. Every page works without it; with it:
// - on an article page, a claim opens its card beside the text on a click, a tap or keyboard focus;
// - on the claims page, the table sorts by any column and filters by verdict, measure, article
//   and outlet.
// It only moves and copies elements the page already has and reads data- attributes: it never
// turns text into markup.
(function () {
  "use strict";

  function articlePage() {
    var panel = document.getElementById("panel");
    if (!panel) return;
    var slot = panel.querySelector(".panel-slot");
    var closer = panel.querySelector(".panel-close");
    var claims = Array.prototype.slice.call(document.querySelectorAll("#text [data-claim]"));
    var announce = document.getElementById("announce"); // says the verdict, not the whole card
    var current = null;

    function open(el) {
      var card = document.getElementById(el.getAttribute("data-card"));
      if (!card) return;
      var copy = card.cloneNode(true);
      copy.removeAttribute("id");
      Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (x) {
        x.removeAttribute("id");
      });
      copy.removeAttribute("aria-labelledby");
      slot.replaceChildren(copy);
      var wasHidden = panel.hidden;
      panel.hidden = false;
      panel.setAttribute("data-open", el.getAttribute("data-claim"));
      if (current && current !== el) {
        current.classList.remove("active");
        current.setAttribute("aria-expanded", "false");
      }
      if (announce && (current !== el || wasHidden)) {
        announce.textContent =
          (el.getAttribute("data-label") || "Claim") + ": " + el.getAttribute("data-verdict") + ". Its card is open.";
      }
      current = el;
      el.classList.add("active");
      el.setAttribute("aria-expanded", "true");
      // on a phone the card is a sheet over the lower part of the screen: keep the claim above it
      if (window.getComputedStyle(panel).position === "fixed") {
        var below = el.getBoundingClientRect().bottom - panel.getBoundingClientRect().top;
        if (below > -8) window.scrollBy(0, below + 48);
      }
    }

    function close() {
      panel.hidden = true;
      panel.removeAttribute("data-open");
      slot.replaceChildren();
      if (current) {
        current.classList.remove("active");
        current.setAttribute("aria-expanded", "false");
      }
    }

    claims.forEach(function (el) {
      el.setAttribute("aria-expanded", "false");
      el.addEventListener("click", function (event) {
        event.preventDefault();
        open(el);
      });
      el.addEventListener("focus", function () {
        if (!quiet) open(el);
      });
    });
    var quiet = false; // returning focus to the claim after closing must not reopen its card
    closer.addEventListener("click", function () {
      var back = current;
      close();
      if (back) {
        quiet = true;
        back.focus({ preventScroll: true });
        quiet = false;
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden) close();
    });
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      if (target && target.hasAttribute("data-claim")) open(target);
    }
  }

  function sortKey(row, column, numeric) {
    var cell = row.cells[column];
    var key = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    if (!numeric) return key.toLocaleLowerCase();
    var n = parseFloat(key);
    return isNaN(n) ? null : n;
  }

  function claimsPage() {
    var table = document.getElementById("claims");
    if (!table) return;
    var body = table.tBodies[0];
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      button.setAttribute("aria-label", "Sort by " + th.textContent);
      th.replaceChildren(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var numeric = th.getAttribute("data-type") === "number";
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a, column, numeric);
          var y = sortKey(b, column, numeric);
          if (x === y) return 0;
          if (x === null || x === "") return 1; // empty cells last, either way
          if (y === null || y === "") return -1;
          var order = x < y ? -1 : 1;
          return ascending ? order : -order;
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
        heads.forEach(function (other) {
          other.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });

    var form = document.querySelector("form.filters");
    if (!form) return;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var shown = form.querySelector("output");
    function apply() {
      var n = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var keep = selects.every(function (s) {
          return s.value === "" || row.getAttribute("data-" + s.getAttribute("data-filter")) === s.value;
        });
        row.hidden = !keep;
        if (keep) n += 1;
      });
      shown.textContent = n + " of " + body.rows.length + " claims shown";
    }
    selects.forEach(function (s) {
      s.addEventListener("change", apply);
    });
    form.addEventListener("reset", function () {
      setTimeout(apply, 0);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.hidden = false;
    apply();
  }

  // a region that scrolls sideways (a notebook's wide table or chart) can be reached and scrolled
  // with the keyboard
  function scrollRegions() {
    var regions = document.querySelectorAll(".notebook .output_subarea, .notebook pre");
    Array.prototype.forEach.call(regions, function (el) {
      if (el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute("tabindex")) {
        el.setAttribute("tabindex", "0");
        el.setAttribute("role", "region");
        el.setAttribute("aria-label", "A wide output; scroll sideways to see all of it");
      }
    });
  }

  document.documentElement.classList.add("js");
  articlePage();
  claimsPage();
  scrollRegions();
})();
