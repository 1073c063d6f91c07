// Shows one page of the report in a frame that fills the window, for a screenshot; given a claim
// anchor (shot.html?page=URL&claim=claim-N), it selects that claim so that its card is open.
"use strict";
const query = new URLSearchParams(location.search);
const frame = document.createElement("iframe");
frame.style.cssText = "border:0;width:100vw;height:100vh;display:block";
frame.addEventListener("load", () => {
  const claim = query.get("claim");
  const el = claim && frame.contentDocument.getElementById(claim);
  if (el) {
    el.scrollIntoView({ block: "center" });
    el.click();
  }
});
frame.src = query.get("page");
document.body.style.margin = "0";
document.body.appendChild(frame);
