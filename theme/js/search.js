// Search with Pagefind, which (unlike mdBook's own search) indexes Korean.
// `cargo xtask build` writes each edition's index to <edition>/pagefind/;
// this adds a search button to the menu bar and loads Pagefind's UI from
// there the first time it opens. Paths are relative to the page, so the book
// works from any sub-path.
(function () {
    "use strict";
    const root = typeof path_to_root === "string" ? path_to_root : "";
    // Absolute, because Pagefind imports its modules from it, and a bare
    // "pagefind/…" (on a page at the edition's top level) is not a URL.
    const bundle = new URL(root + "pagefind/", document.baseURI).href;
    // The label is the edition's own word for "search", which the editions
    // preprocessor writes from book.toml onto the page's language links.
    const switcher = document.querySelector("nav.edition-switch");
    const label = (switcher && switcher.dataset.searchLabel) || "Search";
    let panel = null;
    let loaded = null;

    function load() {
        if (loaded) return loaded;
        const css = document.createElement("link");
        css.rel = "stylesheet";
        css.href = bundle + "pagefind-ui.css";
        document.head.appendChild(css);
        loaded = new Promise(function (resolve, reject) {
            const script = document.createElement("script");
            script.src = bundle + "pagefind-ui.js";
            script.onload = resolve;
            script.onerror = reject;
            document.head.appendChild(script);
        }).then(function () {
            // eslint-disable-next-line no-undef
            new PagefindUI({
                element: "#book-search",
                bundlePath: bundle,
                showImages: false,
                resetStyles: false,
                autofocus: true,
            });
        });
        return loaded;
    }

    function open() {
        panel.hidden = false;
        button.setAttribute("aria-expanded", "true");
        load().then(function () {
            const input = panel.querySelector("input");
            if (input) input.focus();
        });
    }

    function close() {
        panel.hidden = true;
        button.setAttribute("aria-expanded", "false");
    }

    const button = document.createElement("button");
    button.id = "book-search-toggle";
    button.className = "icon-button";
    button.type = "button";
    button.title = label + " (/)";
    button.setAttribute("aria-label", label);
    button.setAttribute("aria-controls", "book-search");
    button.setAttribute("aria-expanded", "false");
    button.innerHTML =
        '<span class="fa-svg"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true">' +
        '<path d="M416 208c0 45.9-14.9 88.3-40 122.7l126.6 126.7c12.5 12.5 12.5 32.8 0 45.3s-32.8 12.5-45.3 0L330.7 376' +
        'c-34.4 25.2-76.8 40-122.7 40C93.1 416 0 322.9 0 208S93.1 0 208 0s208 93.1 208 208zM208 352a144 144 0 1 0 0-288 144 144 0 1 0 0 288z"/>' +
        "</svg></span>";

    document.addEventListener("DOMContentLoaded", function () {
        const buttons = document.querySelector(".left-buttons");
        const main = document.querySelector("main");
        if (!buttons || !main) return;
        buttons.appendChild(button);
        panel = document.createElement("div");
        panel.id = "book-search";
        panel.hidden = true;
        panel.setAttribute("role", "search");
        panel.setAttribute("data-pagefind-ignore", "all");
        main.parentNode.insertBefore(panel, main);
        button.addEventListener("click", function () {
            if (panel.hidden) open();
            else close();
        });
        document.addEventListener("keydown", function (event) {
            const typing = event.target.closest && event.target.closest("input, textarea");
            if (event.key === "/" && !typing && panel.hidden) {
                event.preventDefault();
                open();
            } else if (event.key === "Escape" && !panel.hidden) {
                close();
                button.focus();
            }
        });
    });
})();
