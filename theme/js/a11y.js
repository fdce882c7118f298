// What mdBook's stock page needs to pass an accessibility audit (axe-core,
// WCAG 2.1 A and AA), added here rather than by overriding its template:
//
// - The sidebar toggle is a <label> carrying aria-label and aria-expanded,
//   which a label may not have. As a button it may, and it becomes one for
//   the keyboard too: focusable, and Enter or Space toggles it.
// - A code block, a display formula or a table wider than the column scrolls
//   sideways, and a region that scrolls must be reachable from the keyboard
//   to be scrolled without a mouse.
(() => {
  "use strict";

  const toggle = document.getElementById("mdbook-sidebar-toggle");
  if (toggle && toggle.tagName === "LABEL") {
    toggle.setAttribute("role", "button");
    toggle.tabIndex = 0;
    toggle.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        toggle.click();
      }
    });
  }

  const scrollables = () => document.querySelectorAll("main pre, main pre > code, main .katex-display, main .table-wrapper");
  const markScrollable = () => {
    for (const element of scrollables()) {
      if (element.scrollWidth > element.clientWidth + 1) {
        if (!element.hasAttribute("tabindex")) element.tabIndex = 0;
      } else if (element.tabIndex === 0 && element.dataset.keepTab === undefined) {
        element.removeAttribute("tabindex");
      }
    }
  };
  markScrollable();
  window.addEventListener("resize", markScrollable);
  // Widths change once the web fonts (KaTeX's, the body's) have loaded.
  if (document.fonts) document.fonts.ready.then(markScrollable);
  window.addEventListener("load", markScrollable);
})();
