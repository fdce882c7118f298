// The built book in headless Chromium, served from a sub-path by the book's
// own server (`cargo xtask test` starts it and passes its address in
// BOOK_URL). Each page of each edition is loaded once and then looked at in
// every state a reader can put it in: audited by axe-core against WCAG 2.1
// A and AA, its colours checked in every theme (switched in place, as the
// reader's theme menu does), and its layout checked at two phone widths
// (the window resized in place). What is the same on every page (the
// sidebar, the menu bar, the search box, the front door, the print styles)
// is tested once. Screenshots of every page in every state
// and the print PDFs go to target/browser-screenshots/ only when asked for
// (`cargo xtask test --screenshots`, which sets SCREENSHOTS=1).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { outline } from "../../tools/book-pdf/outline.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const SHOTS = join(ROOT, "target", "browser-screenshots");
const SCREENSHOTS = process.env.SCREENSHOTS === "1";
// Every theme mdBook's menu offers: the light one first, then "rust" (light
// too, on beige) and the dark ones.
const THEMES = ["light", "rust", "coal", "navy", "ayu"];
const DESKTOP = { width: 1100, height: 900 };
const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 800 },
];
const AXE = await readFile(join(import.meta.dirname, "node_modules", "axe-core", "axe.min.js"), "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// The rules whose verdict can change with the theme: the rest depend on the
// page's structure alone, which one audit in the light theme covers. In
// every theme they are run on the page's own content (<main>), and on what
// is around it (the sidebar, the menu bar, the page's navigation), the same
// on every page, once per edition ("what every page shares"). Inside a
// formula KaTeX only places glyphs: every one has the colour and background
// of the text around it, which the audit checks.
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
const CONTENT = { include: [["main"]], exclude: [[".katex-html"]] };
// The rules whose verdict can change with the width of the window, besides
// what a narrower column shows or hides (which the audit at the narrowest
// width covers in full): what overflows, and so must scroll by keyboard.
const LAYOUT_RULES = ["scrollable-region-focusable"];
// Two pages at a time: most of a page's time is the browser's, on the
// machine's other core.
const CONCURRENCY = 2;
// A page that hangs fails its test instead of stalling the run.
const PAGE_TIMEOUT = { timeout: 120_000 };
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium-headless-shell";
if (!process.env.BOOK_URL) throw new Error("BOOK_URL is not set: run the browser tests with `cargo xtask test`");
const server = { url: process.env.BOOK_URL };
// The editions, as book.toml defines them and the build writes them (into
// book/, or the folder BOOK_BUILT names: `cargo xtask test` builds the book
// it serves into a folder of its own).
const BUILT = process.env.BOOK_BUILT ?? join(ROOT, "book");
const EDITIONS = JSON.parse(await readFile(join(BUILT, "editions.json"), "utf8"));

// Launched before the tests are collected: the list of pages to test is
// read from the built book by the browser itself.
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

before(async () => {
  if (SCREENSHOTS) await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

/** The pages of an edition, in order: the links of the table of contents
 *  mdBook writes for readers without JavaScript, read by the browser. */
async function pages(edition) {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}${edition}/toc.html`);
    return await page.locator("ol.chapter a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  } finally {
    await page.close();
  }
}

/** WCAG contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Serious and critical violations axe-core finds on the page (or in
 *  `context`): of every WCAG 2.1 A/AA rule but those in `skip`, or of only
 *  `rules`. */
async function audit(page, { rules = null, skip = [], context = null } = {}) {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    await page.addScriptTag({ content: AXE });
  }
  const options = {
    runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: WCAG },
    rules: Object.fromEntries(skip.map((rule) => [rule, { enabled: false }])),
    resultTypes: ["violations"],
  };
  const result = await page.evaluate(
    // eslint-disable-next-line no-undef
    ([context, options]) => axe.run(context ?? document, options),
    [context, options],
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/** A browser context in which every page starts as a first visit would:
 *  nothing kept in storage but the light theme, no print job (mdBook's print
 *  page calls window.print() once it has loaded; headless Chromium then
 *  starts a print job of its own, which collides with the test's
 *  page.pdf(): "Page is already being printed"), and no transitions or
 *  animations (the checks look at where things end up). */
async function freshContext(viewport = DESKTOP, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  await context.addInitScript(() => {
    localStorage.clear();
    localStorage.setItem("mdbook-theme", "light");
    window.print = () => {};
    addEventListener("DOMContentLoaded", () => {
      const style = document.createElement("style");
      style.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
      document.head.append(style);
    });
  });
  return context;
}

/** The contexts the page-by-page tests borrow, one for each page open at a
 *  time: a page starts from the light theme and empty storage as in a
 *  context of its own, but the book's scripts, styles and fonts come from
 *  the context's cache after the first page (about a third of the suite's
 *  time went to loading them again), and no other page in the context can
 *  change its storage while it runs. */
const POOL = [];
async function borrowContext() {
  return POOL.pop() ?? (await freshContext());
}

/** A page opened in the light theme, with everything that goes wrong while
 *  it is open collected in `problems`. With `borrowed`, in a context from
 *  the pool, which `context.close()` gives back. */
async function open(path, viewport = DESKTOP, options = {}, { borrowed = false } = {}) {
  const context = borrowed ? await borrowContext() : await freshContext(viewport, options);
  const page = await context.newPage();
  const handle = borrowed
    ? {
        request: context.request,
        close: async () => {
          await page.close();
          POOL.push(context);
        },
      }
    : context;
  const problems = [];
  const host = new URL(server.url).host;
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith("http") && url.host !== host) problems.push(`other host: ${r.url()}`);
  });
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  const response = await page.goto(server.url + path, { waitUntil: "load" });
  assert.equal(response.status(), 200, path);
  await page.evaluate(() => document.fonts.ready);
  return { page, context: handle, problems };
}

/** Switches the page to `theme` with mdBook's own theme menu, as a reader
 *  does, and waits for the new colours to apply. */
async function switchTheme(page, theme) {
  await page.evaluate((t) => document.getElementById(`mdbook-theme-${t}`).click(), theme);
  await page.waitForFunction((t) => document.documentElement.classList.contains(t), theme);
  await settle(page);
}

/** Resizes the window to a phone's and waits for the layout to follow.
 *  mdBook decides at load whether the sidebar shows (not below 1 080 px),
 *  so the sidebar is closed as that decision would have closed it. */
async function resizeToPhone(page, viewport) {
  await page.setViewportSize(viewport);
  if (await page.evaluate(() => document.documentElement.classList.contains("sidebar-visible"))) {
    await page.locator("#mdbook-sidebar-toggle").click();
    // Transitions are off in these tests, so the end of the sidebar's, on
    // which mdBook takes it out of the page, is announced by hand.
    await page.evaluate(() => document.getElementById("mdbook-sidebar").dispatchEvent(new Event("transitionend")));
    await page.waitForFunction(() => {
      const sidebar = document.getElementById("mdbook-sidebar");
      return !document.documentElement.classList.contains("sidebar-visible")
        && (getComputedStyle(sidebar).display === "none" || sidebar.getBoundingClientRect().right <= 0);
    });
  }
  await settle(page);
}

/** Two animation frames: styles, layout and the page's own resize handlers
 *  (a11y.js marks what scrolls) have run. */
async function settle(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function screenshot(page, name) {
  if (SCREENSHOTS) await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

/** The colour behind the content: the first element up from <main> that
 *  paints a background (mdBook's themes paint <html>). */
async function background(page) {
  return page.evaluate(() => {
    for (let e = document.querySelector("main"); e; e = e.parentElement) {
      const colour = getComputedStyle(e).backgroundColor;
      if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
    }
    return "rgb(255, 255, 255)";
  });
}

/** Each figure's shown drawing: its size, its smallest text as rendered,
 *  its label colour and its opaque stroke and fill colours. */
async function figures(page) {
  const shown = await page.locator("figure.plot").evaluateAll((figures) =>
    figures.map((f) => [...f.querySelectorAll("svg")].filter((s) => getComputedStyle(s).display !== "none").length),
  );
  assert.ok(shown.every((n) => n === 1), `every figure shows exactly one drawing: ${shown}`);
  return page.locator("figure.plot svg").evaluateAll((svgs) =>
    svgs.filter((svg) => getComputedStyle(svg).display !== "none").map((svg) => {
      const box = svg.getBoundingClientRect();
      // The size text is drawn at: its font size in the drawing's units,
      // times how much the drawing is scaled on the page.
      const scale = box.width / svg.viewBox.baseVal.width;
      const smallest = Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(t.getAttribute("font-size") || getComputedStyle(t).fontSize) * scale));
      const text = svg.querySelector("text");
      // Opaque colours that paint: strokes of every shape, fills of closed
      // shapes only (an open path's fill paints nothing).
      const painted = (e, withFill) => {
        const s = getComputedStyle(e);
        if (Number(s.opacity) !== 1) return [];
        return [
          Number(s.strokeOpacity) === 1 && s.stroke !== "none" ? s.stroke : null,
          withFill && Number(s.fillOpacity) === 1 && s.fill !== "none" ? s.fill : null,
        ];
      };
      const strokes = [
        ...[...svg.querySelectorAll("polyline, path, line")].flatMap((e) => painted(e, false)),
        ...[...svg.querySelectorAll("circle, rect, polygon")].flatMap((e) => painted(e, true)),
      ].filter((c) => c && c.startsWith("rgb("));
      return {
        smallest,
        width: box.width,
        height: box.height,
        label: text ? getComputedStyle(text).fill : null,
        colours: [...new Set(strokes)],
      };
    }),
  );
}

/** The checks of one theme: the theme is on, and the figures' text and
 *  lines stand out from the page's background. */
async function checkTheme(page, theme) {
  assert.ok(await page.locator(`html.${theme}`).count(), `the ${theme} theme is applied`);
  const ground = await background(page);
  for (const [i, f] of (await figures(page)).entries()) {
    assert.ok(f.width > 100 && f.height > 60, `figure ${i} is drawn (${f.width} × ${f.height})`);
    assert.ok(f.smallest >= 11, `figure ${i}'s smallest text is ${f.smallest.toFixed(1)} px`);
    assert.ok(f.label, `figure ${i} has labels`);
    assert.ok(f.colours.length > 0, `figure ${i} has opaque lines or shapes`);
    assert.ok(contrast(f.label, ground) >= 4.5, `${theme}: figure ${i}'s labels contrast: ${f.label} on ${ground}`);
    for (const colour of f.colours) {
      if (colour === ground) continue;
      assert.ok(contrast(colour, ground) >= 2.5, `${theme}: figure ${i}'s ${colour} on ${ground}`);
    }
  }
}

/** The checks of one phone width: nothing makes the page scroll sideways,
 *  headings have room between their lines, the figures' text is readable. */
async function checkPhone(page, width) {
  // Nothing is wider than the screen, except inside the things that scroll
  // on their own: code blocks, display formulas and tables. (Not any
  // scrolling ancestor: mdBook's page container scrolls too, and text cut
  // off by it is lost to the reader.)
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const own = "pre, pre *, .katex-display, .katex-display *, .table-wrapper, .table-wrapper *, .katex-mathml *";
    // KaTeX draws a root sign's long stroke as a wide SVG path and clips
    // it to the formula in a `.hide-tail` box; what the reader sees is
    // that box. A formula's MathML, for screen readers, is laid out at its
    // width but clipped to a pixel (`.katex-mathml`): nothing of it shows.
    const shown = (e) => (e.closest(".katex .hide-tail") || e).getBoundingClientRect();
    return [...document.querySelectorAll("main *")]
      .filter((e) => shown(e).right > width + 1 && !e.matches(own))
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.slice(0, 40)}" reaches ${Math.round(e.getBoundingClientRect().right)} px`);
  });
  assert.deepEqual(wide, [], `at ${width} px nothing makes the page scroll sideways`);
  assert.ok(
    await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    `at ${width} px the page does not scroll sideways`,
  );
  const cramped = await page.locator("main h1, main h2, main h3").evaluateAll((hs) =>
    hs.filter((h) => parseFloat(getComputedStyle(h).lineHeight) < 1.1 * parseFloat(getComputedStyle(h).fontSize)).length,
  );
  assert.equal(cramped, 0, `at ${width} px headings keep a normal line height`);
  // Display formulas may scroll, but none needs to: each fits the column.
  const wideFormulas = await page.evaluate(() =>
    [...document.querySelectorAll(".katex-display")]
      .map((e) => ({ formula: (e.querySelector(".katex-html") || e).scrollWidth, column: e.clientWidth }))
      .filter((f) => f.formula > f.column + 1),
  );
  assert.deepEqual(wideFormulas, [], `at ${width} px every display formula fits the column`);
  for (const [i, f] of (await figures(page)).entries()) {
    assert.ok(f.smallest >= 11, `at ${width} px figure ${i}'s smallest text is ${f.smallest.toFixed(1)} px`);
  }
}

/** What the contrast audit of a page's content depends on: for each
 *  element of <main> that holds text (formulas aside, as the audit leaves
 *  them), its text colour, the background colour behind it and whether an
 *  image lies behind that, its font size and weight, its text shadow, its
 *  opacity multiplied by every ancestor's, and for text in a link the
 *  colour of the text around the link and the link's decoration; one
 *  string per distinct combination. */
async function textLooks(page) {
  return page.evaluate(() => {
    const behind = (e) => {
      let image = false;
      for (; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        image ||= s.backgroundImage !== "none";
        const colour = s.backgroundColor;
        if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return `${colour} image:${image}`;
      }
      return `none image:${image}`;
    };
    const opacity = (e) => {
      let product = 1;
      for (; e; e = e.parentElement) product *= Number(getComputedStyle(e).opacity);
      return product.toFixed(3);
    };
    const looks = new Set();
    for (const e of document.querySelectorAll("main *")) {
      if (e.closest(".katex-html")) continue;
      const holdsText = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (!holdsText) continue;
      const s = getComputedStyle(e);
      // A link is also judged against the text around it.
      const link = e.closest("a");
      const around = link?.parentElement
        ? `link in ${getComputedStyle(link.parentElement).color} ${getComputedStyle(link).textDecorationLine}`
        : "";
      looks.add([s.color, behind(e), s.fontSize, s.fontWeight, s.textShadow, opacity(e), s.visibility, around].join(" "));
    }
    return [...looks];
  });
}

// For each theme, the looks (see textLooks) whose contrast the audit has
// passed on some page. A contrast verdict depends on nothing but what
// a look records, so a page whose every look has passed already, on this
// page's twin or on any other page, needs no audit of its own; a page with
// any new look is audited whole.
const AUDITED_LOOKS = new Map();

for (const { code: edition } of EDITIONS) {
  const others = EDITIONS.map((e) => e.code).filter((code) => code !== edition);
  describe(`${edition} edition`, { concurrency: CONCURRENCY }, async () => {
    const list = await pages(edition);
    for (const path of list) {
      test(path, PAGE_TIMEOUT, async () => {
        const { page, context, problems } = await open(`${edition}/${path}`, DESKTOP, {}, { borrowed: true });
        const shot = (state) => `${edition}-${path.replace(/\//g, "_").replace(/\.html$/, "")}-${state}.png`;
        try {
          assert.equal(await page.getAttribute("html", "lang"), edition);

          // Formulas are rendered at build time (tests/book counts them
          // against the source); none is left as TeX for the reader. (A
          // formula's MathML keeps its TeX as an annotation, which is not
          // shown or read.)
          const text = await page.evaluate(() => {
            const main = document.querySelector("main").cloneNode(true);
            main.querySelectorAll("pre, code, .katex-mathml annotation").forEach((e) => e.remove());
            return main.innerText;
          });
          assert.ok(!text.includes("$$") && !/\\frac|\\sum|\\sigma/.test(text), "no raw TeX in the page");

          const twins = await page.locator("nav.edition-switch a").evaluateAll((as) => as.map((a) => a.href));
          assert.deepEqual(
            twins,
            others.map((code) => `${server.url}${code}/${path}`),
            "the language links go to the same page in every other edition",
          );
          for (const twin of twins) {
            assert.equal((await context.request.get(twin)).status(), 200, `${twin} exists`);
          }

          // Desktop: every rule but the colour rules on the whole page in
          // the light theme, then each theme's colours.
          assert.deepEqual(
            await audit(page, { skip: COLOUR_RULES }),
            [],
            "desktop: no serious or critical accessibility violation",
          );
          for (const theme of THEMES) {
            if (theme !== "light") await switchTheme(page, theme);
            await checkTheme(page, theme);
            // The contrast audit is the slowest check: a page is audited
            // only if some of its text looks as no audited text has in
            // this theme (see AUDITED_LOOKS).
            const looks = await textLooks(page);
            if (!AUDITED_LOOKS.has(theme)) AUDITED_LOOKS.set(theme, new Set());
            const passed = AUDITED_LOOKS.get(theme);
            if (looks.some((look) => !passed.has(look))) {
              assert.deepEqual(
                await audit(page, { rules: COLOUR_RULES, context: CONTENT }),
                [],
                `${theme}: no serious or critical contrast violation`,
              );
              for (const look of looks) passed.add(look);
            }
            await screenshot(page, shot(theme));
          }

          // Phones, in the light theme: the layout at each width, the
          // whole audit at the narrowest but for contrast (the light theme's
          // colours are the desktop's, checked above).
          await switchTheme(page, "light");
          for (const viewport of PHONES) {
            await resizeToPhone(page, viewport);
            await checkPhone(page, viewport.width);
            const narrowest = viewport.width === Math.min(...PHONES.map((p) => p.width));
            const scope = narrowest ? { skip: COLOUR_RULES } : { rules: LAYOUT_RULES };
            assert.deepEqual(await audit(page, scope), [], `at ${viewport.width} px: no serious or critical accessibility violation`);
            await screenshot(page, `phone-${viewport.width}-${shot("light")}`);
          }
          assert.deepEqual(problems, [], "no console error, failed request or other host");
        } finally {
          await context.close();
        }
      });
    }
  });
}

describe("what every page shares", () => {
  for (const { code: edition } of EDITIONS) {
    test(`${edition}: the sidebar, the menu bar and the page's navigation keep their contrast in every theme`, async () => {
      // On a page deep in the book, so that the sidebar marks a chapter
      // as the current one. What is around <main> is the same on every
      // page, so the page-by-page tests audit the contrast in <main> only.
      const { page, context, problems } = await open(`${edition}/ch02/sigmoid.html`);
      try {
        const chrome = { include: [["body"]], exclude: [["main"]] };
        for (const theme of THEMES) {
          await switchTheme(page, theme);
          assert.deepEqual(await audit(page, { rules: COLOUR_RULES, context: chrome }), [], `${theme}: what is around <main>`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
    test(`${edition}: the 404 page finds its styles from any missing page's address`, async () => {
      // A host serves the edition's 404 page in place of a missing page,
      // at the missing page's address (here two folders deep).
      const context = await freshContext(DESKTOP);
      try {
        const page = await context.newPage();
        const missing = `${server.url}${edition}/no-such-chapter/missing.html`;
        const body = await readFile(join(BUILT, edition, "404.html"), "utf8");
        await page.route(missing, (route) => route.fulfill({ status: 404, contentType: "text/html", body }));
        // (Chromium fetches ahead what the markup names before the page's
        // script sets the base, from the missing page's folder; those
        // guesses may fail. What counts is that each file the page uses
        // loads from the edition's folder.)
        const loaded = new Set();
        const errors = [];
        page.on("response", (r) => r.ok() && loaded.add(r.url()));
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(missing, { waitUntil: "load" });
        const look = await page.evaluate(() => ({
          font: getComputedStyle(document.body).fontFamily,
          base: document.baseURI,
          home: document.querySelector("a[href]")?.href,
          files: [...document.querySelectorAll("link[rel=stylesheet][href], script[src]")].map((e) => e.href || e.src),
          heading: document.querySelector("main h1")?.textContent.trim(),
          title: document.title,
          lang: document.documentElement.lang,
        }));
        // In the edition's language: its own heading (src/<code>/404.md),
        // which is also the window's title, not mdBook's English.
        assert.equal(look.lang, edition);
        assert.ok(look.heading && !look.heading.startsWith("Document not found"), look.heading);
        assert.ok(look.title.startsWith(look.heading), `${look.title}`);
        assert.ok(look.files.length > 5, `${look.files.length} stylesheets and scripts`);
        assert.deepEqual(look.files.filter((file) => !loaded.has(file)), [], "every stylesheet and script loads");
        assert.deepEqual(errors, [], "and runs without errors");
        assert.match(look.font, /Open Sans/, "the book's styles apply");
        assert.equal(look.base, `${server.url}${edition}/`, "its links resolve from its edition's folder");
        assert.ok(look.home.startsWith(`${server.url}${edition}/`), look.home);
      } finally {
        await context.close();
      }
    });
    test(`${edition}: the sidebar toggle works from the keyboard`, async () => {
      const { page, context, problems } = await open(`${edition}/preface.html`);
      try {
        const toggle = page.locator("#mdbook-sidebar-toggle");
        const before = await page.locator("html").getAttribute("class");
        await toggle.focus();
        await page.keyboard.press("Enter");
        await page.waitForFunction((b) => document.documentElement.className !== b, before);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("text and targets", () => {
  // Controls, not words: a link inside a sentence, a list item or a table
  // cell is exempt from WCAG 2.5.8's size (it flows with the text).
  const smallTargets = () =>
    [...document.querySelectorAll("a[href], button, summary, input, select, [role=button]")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        const s = getComputedStyle(e);
        return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && !e.closest("main p, main li, main td, main th");
      })
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { target: (e.getAttribute("aria-label") || e.innerText || e.tagName).trim().slice(0, 30), width: r.width, height: r.height };
      })
      .filter((t) => t.width < 24 || t.height < 24);
  for (const { code: edition } of EDITIONS) {
    test(`${edition}: every control is a target of at least 24 x 24 px, on a desktop and on a phone`, async () => {
      const { page, context, problems } = await open(`${edition}/ch01/answer.html`);
      try {
        assert.deepEqual(await page.evaluate(smallTargets), [], "on a desktop");
        await resizeToPhone(page, PHONES[PHONES.length - 1]);
        assert.deepEqual(await page.evaluate(smallTargets), [], `at ${PHONES[PHONES.length - 1].width} px`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
  for (const { code: edition } of EDITIONS) {
    test(`${edition}: a screen reader is given every formula as mathematics`, async () => {
      const { page, context, problems } = await open(`${edition}/ch02/sigmoid.html`);
      try {
        const drawn = await page.locator("main .katex").count();
        assert.ok(drawn > 10, `${drawn} formulas on the page`);
        // The drawing is hidden from assistive technology, and each formula
        // is in the accessibility tree as a math element instead.
        assert.equal(await page.locator("main .katex-html:not([aria-hidden=true])").count(), 0);
        const read = page.locator("main").getByRole("math");
        assert.equal(await read.count(), drawn, "one math element for each formula drawn");
        const first = await read.first().ariaSnapshot();
        assert.match(first, /σ/, `the sigmoid's formula is read with its symbols: ${first}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
  for (const { code: edition } of EDITIONS) {
    test(`${edition}: the speed record's tables are shown as tables, every row whole`, async () => {
      const { page, context, problems } = await open(`${edition}/appendix/speed.html`);
      try {
        const shown = await page.evaluate(() => {
          const records = [...document.querySelectorAll("main pre.shown-as-tables")];
          const tables = [...document.querySelectorAll("main .record-tables table")];
          // The record's text has a Markdown row for each table row.
          const markdownRows = records
            .flatMap((pre) => pre.textContent.split("\n"))
            .filter((line) => /^\|.*\|\s*$/.test(line) && !/^\|(?:\s*:?-+:?\s*\|)+\s*$/.test(line)).length;
          return {
            records: records.length,
            hidden: records.every((pre) => pre.getClientRects().length === 0),
            tables: tables.length,
            markdownRows,
            tableRows: tables.reduce((sum, t) => sum + t.rows.length, 0),
            ragged: tables.filter((t) => [...t.rows].some((r) => r.cells.length !== t.rows[0].cells.length)).length,
          };
        });
        assert.ok(shown.records > 0 && shown.hidden, "the record's text is hidden");
        assert.ok(shown.tables >= 3, `${shown.tables} tables`);
        assert.equal(shown.tableRows, shown.markdownRows, "a table row for each of the record's rows, headings included");
        assert.equal(shown.ragged, 0, "every row has a cell for each heading");
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
  test("ko: a particle never starts a line after a formula or code, on a phone", PAGE_TIMEOUT, async () => {
    // The pages with the most formulas and code names followed by a
    // particle ("x를", "Cargo.lock에는"), at the narrowest phone.
    const pairs = { total: 0, split: [] };
    for (const path of ["ko/preface.html", "ko/ch02/sigmoid.html", "ko/ch02/loss.html", "ko/ch03/network.html", "ko/ch04/optimisers.html"]) {
      const { page, context, problems } = await open(path);
      try {
        await resizeToPhone(page, PHONES[PHONES.length - 1]);
        const found = await page.evaluate(() => {
          const result = { total: 0, split: [] };
          for (const before of document.querySelectorAll("main .katex, main :not(pre) > code")) {
            const text = before.nextSibling;
            const particle = text?.nodeType === Node.TEXT_NODE && text.data.match(/^\u2060?[\uac00-\ud7a3]/);
            if (!particle || before.getClientRects().length === 0) continue;
            result.total += 1;
            // Where the particle's first syllable is, against the last box
            // of what comes before it.
            const range = document.createRange();
            range.setStart(text, particle[0].length - 1);
            range.setEnd(text, particle[0].length);
            const boxes = before.matches(".katex") ? before.querySelectorAll(".katex-html > .base") : before.getClientRects();
            const last = boxes[boxes.length - 1];
            const end = last instanceof Element ? last.getBoundingClientRect() : last;
            if (range.getBoundingClientRect().top >= end.bottom - 2) {
              result.split.push(`${(before.querySelector(".katex-html") ?? before).textContent.slice(-12)} | ${text.data.slice(0, 6)}`);
            }
          }
          return result;
        });
        pairs.total += found.total;
        pairs.split.push(...found.split.map((s) => `${path}: ${s}`));
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
    assert.ok(pairs.total > 150, `${pairs.total} formulas and code names followed by a particle`);
    assert.deepEqual(pairs.split, [], "no particle starts a line");
  });
  test("ko: paragraphs and list items have room between lines (1.8), English keeps mdBook's", async () => {
    const ratios = (page) =>
      page.evaluate(() =>
        ["main p", "main li"].map((sel) => {
          const e = document.querySelector(sel);
          const s = getComputedStyle(e);
          return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
        }),
      );
    for (const [edition, expected] of [["ko", 1.8], ["en", 1.45]]) {
      // The choices page has both paragraphs and a list.
      const { page, context, problems } = await open(`${edition}/ch03/choices.html`);
      try {
        for (const ratio of await ratios(page)) {
          assert.ok(Math.abs(ratio - expected) < 0.01, `${edition}: line height ${ratio.toFixed(3)} of the font size, not ${expected}`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
  });
  test("en: paragraphs run about 68 characters a line; the asides' four kinds have hues apart", async () => {
    const { page, context, problems } = await open("en/ch03/choices.html");
    try {
      const measure = await page.evaluate(() => {
        // 1ch is the width of "0" in the paragraph's font.
        const p = document.querySelector("main > p");
        const zeros = document.createElement("span");
        zeros.textContent = "0".repeat(100);
        zeros.style.whiteSpace = "nowrap";
        p.appendChild(zeros);
        const ch = zeros.getBoundingClientRect().width / 100;
        zeros.remove();
        return p.getBoundingClientRect().width / ch;
      });
      assert.ok(measure > 60 && measure < 70, `a paragraph is ${measure.toFixed(1)} ch wide`);
      const hues = await page.evaluate(() =>
        ["note", "erratum", "rust", "answer"].map((kind) => {
          const box = document.createElement("div");
          box.className = `aside aside-${kind}`;
          document.querySelector("main").appendChild(box);
          const [r, g, b] = getComputedStyle(box).borderLeftColor.match(/\d+/g).map((v) => Number(v) / 255);
          box.remove();
          const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
          const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
          return { kind, hue: (h * 60 + 360) % 360 };
        }),
      );
      for (const a of hues) {
        for (const b of hues) {
          const apart = Math.min(Math.abs(a.hue - b.hue), 360 - Math.abs(a.hue - b.hue));
          if (a.kind < b.kind) assert.ok(apart >= 50, `${a.kind} and ${b.kind} are ${apart.toFixed(0)} degrees apart`);
        }
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

describe("the drawing pad", () => {
  for (const { code: edition } of EDITIONS) {
    test(`${edition}: the page reads every test digit as the Rust network does`, async () => {
      const { page, context, problems } = await open(`${edition}/ch03/mistakes.html`);
      try {
        // The page's own forward pass on each digit the build wrote, against
        // the probabilities the listing's network gave it.
        const result = await page.evaluate(() => {
          const pad = document.querySelector("figure.digit-pad").digitPad;
          // The first of the largest, as the listing's `predictions` picks.
          const argmax = (p) => p.reduce((best, v, i) => (v > p[best] ? i : best), 0);
          let worst = 0;
          const disagree = [];
          pad.data.digits.forEach((digit, i) => {
            const p = pad.forward(digit.pixels);
            p.forEach((v, k) => {
              worst = Math.max(worst, Math.abs(v - digit.probabilities[k]));
            });
            if (argmax(p) !== digit.answer) disagree.push(i);
          });
          return { count: pad.data.digits.length, worst, disagree };
        });
        assert.equal(result.count, 355);
        assert.deepEqual(result.disagree, []);
        assert.ok(result.worst <= 1e-12, `largest difference ${result.worst}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
    test(`${edition}: a digit drawn by keyboard moves the bars and is read out`, async () => {
      const { page, context, problems } = await open(`${edition}/ch03/mistakes.html`);
      try {
        const pad = page.locator("figure.digit-pad");
        const reading = pad.locator(".pad-reading");
        const numbers = pad.locator(".pad-input td");
        const heights = () => pad.locator(".pad-fill").evaluateAll((fills) => fills.map((f) => f.style.height));
        const empty = await heights();
        // A vertical stroke down the middle: a 1, as a reader would key it.
        await pad.locator(".pad-cells").focus();
        for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
        for (let row = 0; row < 8; row++) {
          await page.keyboard.press("Space");
          await page.keyboard.press("Space");
          await page.keyboard.press("ArrowDown");
        }
        const column = await numbers.evaluateAll((tds) => tds.map((td) => Number(td.textContent)).filter((_, i) => i % 8 === 4));
        assert.deepEqual(column, new Array(8).fill(16));
        assert.notDeepEqual(await heights(), empty, "the bars move");
        assert.match(await reading.textContent(), /^\d: (0\.\d\d|1\.00)$/);
        const chosen = await pad.locator(".pad-bar.pad-chosen .pad-digit").textContent();
        assert.equal((await reading.textContent()).split(":")[0], chosen);
        assert.equal(await pad.locator(".pad-cells").getAttribute("aria-activedescendant"), "digit_pad-cell-60");
        assert.ok(page.url().endsWith("/ch03/mistakes.html"), "the arrow keys move the cursor, not to another page");
        await page.keyboard.press("Delete");
        assert.equal(Number(await numbers.nth(60).textContent()), 0, "Delete wipes the cell");
        // A mouse stroke along the third row inks its cells and focuses the
        // grid; with the eraser on, the same stroke wipes them.
        const box = await pad.locator(".pad-cells").boundingBox();
        const stroke = async () => {
          const y = box.y + (2.5 * box.height) / 8;
          await page.mouse.move(box.x + (1.5 * box.width) / 8, y);
          await page.mouse.down();
          for (let c = 2; c <= 6; c++) await page.mouse.move(box.x + ((c + 0.5) * box.width) / 8, y, { steps: 2 });
          await page.mouse.up();
        };
        const row = async () => (await numbers.evaluateAll((tds) => tds.map((td) => Number(td.textContent)))).slice(16, 24);
        await pad.locator(".pad-clear").click();
        await stroke();
        // The pen also adds 4 to each neighbour: the row's two ends.
        assert.deepEqual(await row(), [4, 16, 16, 16, 16, 16, 16, 4]);
        assert.equal(await page.evaluate(() => document.activeElement.className), "pad-cells");
        await pad.locator(".pad-erase").click();
        assert.equal(await pad.locator(".pad-erase").getAttribute("aria-pressed"), "true");
        await stroke();
        assert.deepEqual(await row(), [4, 0, 0, 0, 0, 0, 0, 4]);
        await pad.locator(".pad-erase").click();
        // A starter loads its test digit; clearing empties the pad.
        const first = pad.locator(".pad-starters button").first();
        await first.click();
        const loaded = await numbers.evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
        const expected = await page.evaluate((i) => document.querySelector("figure.digit-pad").digitPad.data.digits[i].pixels, Number(await first.getAttribute("data-digit")));
        assert.deepEqual(loaded, expected);
        assert.match(await reading.textContent(), /^0: /, "the first starter is a 0 the network reads right");
        await pad.locator(".pad-clear").click();
        assert.deepEqual(await numbers.evaluateAll((tds) => tds.map((td) => Number(td.textContent))), new Array(64).fill(0));
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("print", () => {
  for (const { code: edition } of EDITIONS) {
    test(`${edition} in the dark themes prints dark on white`, async () => {
      const { page, context, problems } = await open(`${edition}/ch02/sigmoid.html`);
      try {
        await page.emulateMedia({ media: "print" });
        for (const theme of ["coal", "ayu"]) {
          await switchTheme(page, theme);
          const look = await page.evaluate(() => {
            const text = document.querySelector("main p");
            const label = [...document.querySelectorAll("figure.plot svg")]
              .find((svg) => getComputedStyle(svg).display !== "none")
              .querySelector("text");
            return {
              background: getComputedStyle(document.documentElement).backgroundColor,
              text: getComputedStyle(text).color,
              label: getComputedStyle(label).fill,
              switch: getComputedStyle(document.querySelector("nav.edition-switch")).display,
              figure: getComputedStyle(document.querySelector("figure.plot")).breakInside,
            };
          });
          assert.equal(look.background, "rgb(255, 255, 255)", `${theme}: white paper`);
          assert.ok(contrast(look.text, look.background) >= 7, `${theme}: text ${look.text}`);
          assert.ok(contrast(look.label, look.background) >= 7, `${theme}: figure labels ${look.label}`);
          assert.equal(look.switch, "none", `${theme}: the language link is not printed`);
          assert.equal(look.figure, "avoid", `${theme}: a figure is not split from its caption`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
    test(`${edition}'s whole book prints with every answer open`, PAGE_TIMEOUT, async () => {
      const { page, context, problems } = await open(`${edition}/print.html`);
      try {
        const opened = await page.evaluate(() => {
          const all = [...document.querySelectorAll("main details")];
          window.dispatchEvent(new Event("beforeprint"));
          const whilePrinting = all.every((d) => d.open);
          window.dispatchEvent(new Event("afterprint"));
          return { count: all.length, whilePrinting, after: all.some((d) => d.open) };
        });
        assert.ok(opened.count > 0 && opened.whilePrinting, "every exercise answer is open on paper");
        assert.ok(!opened.after, "and closed again on screen");
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("the PDFs", () => {
  for (const { code: edition } of EDITIONS) {
    test(`${edition}: linked from the preface, numbered, headed by chapter, bookmarked by heading`, PAGE_TIMEOUT, async () => {
      const { page, context, problems } = await open(`${edition}/print.html`);
      try {
        const book = await page.evaluate(() => {
          // An element's text as printed: a formula as drawn, not its MathML.
          const text = (element) => {
            const printed = element.cloneNode(true);
            for (const mathml of printed.querySelectorAll(".katex-mathml")) mathml.remove();
            return printed.textContent.replace(/\s+/g, " ").trim();
          };
          const chapters = [...document.querySelectorAll("mdbook-sidebar-scrollbox ol.chapter > li")]
            .map((li) => li.querySelector("a[href]"))
            .filter(Boolean);
          window.dispatchEvent(new Event("beforeprint"));
          // The headings the contents list (print.js numbers them by their
          // place among the page's headings).
          const listed = new Set([...document.querySelectorAll(".print-contents-sheet")].map((s) => s.dataset.heading));
          return {
            heads: chapters.map(text),
            chapterTitles: chapters.map((link) => text(link).replace(/^[\dA-Z]+\.\s*/, "")),
            title: text(document.querySelector(".menu-title")).replace(/:\s+|\s+—\s+/, " "),
            contentsTitle: text(document.querySelector(".print-contents-title")),
            headings: [...document.querySelectorAll("main :is(h1, h2, h3, h4, h5, h6)")].map((h, i) => ({
              level: Number(h.getAttribute("aria-level") ?? h.tagName[1]),
              title: text(h),
              pageTitle: listed.has(String(i)),
            })),
          };
        });
        const preface = await open(`${edition}/preface.html`);
        let href;
        try {
          href = await preface.page.$eval('main a[href$=".pdf"]', (a) => a.getAttribute("href"));
          assert.deepEqual(preface.problems, []);
        } finally {
          await preface.context.close();
        }
        const file = join(BUILT, edition, decodeURIComponent(href));
        const pdf = await readFile(file);
        assert.equal(pdf.subarray(0, 5).toString(), "%PDF-", `the preface's ${href} is a PDF`);

        // Every sheet: its chapter at the head, its number at the foot (the
        // text in the top and the bottom 15 mm of an A4 sheet, in points).
        const strip = (y, height) =>
          execFileSync("pdftotext", ["-enc", "UTF-8", "-x", "0", "-y", String(y), "-W", "596", "-H", String(height), file, "-"], {
            maxBuffer: 1 << 26,
            stdio: ["ignore", "pipe", "ignore"],
          })
            .toString()
            .split("\f")
            .slice(0, -1)
            .map((sheet) => sheet.replace(/\s+/g, " ").trim());
        const heads = strip(0, 42);
        const feet = strip(800, 42);
        assert.ok(heads.length > 100 && heads.length === feet.length, `${heads.length} sheets`);
        // The title sheet: the book's title, no head, no number.
        const sheet = (n) =>
          execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", "-f", String(n), "-l", String(n), file, "-"], {
            stdio: ["ignore", "pipe", "ignore"],
          }).toString();
        assert.equal(sheet(1).replace(/\s+/g, " ").trim(), book.title, "the first sheet is the title sheet");
        assert.deepEqual([heads[0], feet[0]], ["", ""], "the title sheet has no head and no number");
        // Then the contents (titled on the sheet, so with no head), then the
        // chapters, in order.
        const contentsSheets = heads.slice(1).findIndex((head) => head !== "");
        assert.ok(contentsSheets > 0, "the contents follow the title");
        assert.match(sheet(2), new RegExp(`^\\s*${book.contentsTitle}\\s`), "the contents are titled");
        let chapter = 0;
        heads.forEach((head, i) => {
          if (i === 0) return;
          assert.equal(feet[i], String(i + 1), `sheet ${i + 1} is numbered at its foot`);
          if (i <= contentsSheets) return;
          while (chapter < book.heads.length && head !== book.heads[chapter]) chapter += 1;
          assert.ok(chapter < book.heads.length, `sheet ${i + 1}'s head, "${head}", is the next chapter's or its own`);
        });
        assert.equal(chapter, book.heads.length - 1, "the last sheet is headed by the last chapter");

        // Every typeface is embedded as a font: no glyphs carried as Type 3
        // drawings (Chromium's way with PostScript-outline and synthesised
        // faces), which viewers render unhinted and search poorly.
        const fonts = execFileSync("pdffonts", [file], { stdio: ["ignore", "pipe", "ignore"] }).toString();
        const drawn = fonts.split("\n").filter((line) => /\bType 3\b/.test(line));
        assert.ok(fonts.includes("CID TrueType"), `pdffonts lists the fonts:\n${fonts}`);
        assert.deepEqual(drawn, [], "no Type 3 fonts (the print style's faces are installed by cargo xtask test)");

        // The bookmarks: every heading, in order, a chapter's sections under it.
        const bookmarks = outline(pdf);
        assert.deepEqual(
          bookmarks.map((b) => b.title),
          book.headings.map((h) => h.title),
          "a bookmark for every heading, in the book's order",
        );
        assert.deepEqual(
          bookmarks.filter((b) => b.depth === 0).map((b) => b.title),
          book.chapterTitles,
          "the chapters at the top level",
        );
        // The contents: every page of the book, with the sheet its title is
        // on (the number at the end of each entry's line).
        const listed = [];
        for (let n = 2; n < 2 + contentsSheets; n += 1) {
          for (const line of sheet(n).split("\n")) {
            const entry = line.match(/^\s*(\S.*?)\s{2,}(\d+)\s*$/);
            if (entry) listed.push({ title: entry[1].replace(/\s+/g, " "), sheet: Number(entry[2]) });
          }
        }
        const titled = bookmarks.filter((_, i) => book.headings[i].pageTitle);
        assert.deepEqual(
          listed.map((entry) => entry.sheet),
          titled.map((b) => b.sheet),
          "each page's sheet in the contents is where its title is",
        );
        assert.deepEqual(
          listed.map((entry) => entry.title.replace(/^[\dA-Z]+(\.\d+)*\.\s*/, "")),
          titled.map((b) => b.title),
          "the contents list every page, in order",
        );
        bookmarks.forEach((b, i) => {
          const expected = Math.min(b.depth, 1);
          assert.ok(
            Math.min(book.headings[i].level - 1, 1) === expected,
            `"${b.title}" at depth ${b.depth}, its heading at level ${book.headings[i].level}`,
          );
        });

        // Tables a program printed keep their rows whole on paper: at the
        // printed column's width (A4 less the margins), every output block's
        // aligned lines fit, and so does every table (a record's Markdown
        // tables are printed as tables).
        await page.setViewportSize({ width: Math.floor((210 - 28) * 96 / 25.4), height: 1000 });
        await page.emulateMedia({ media: "print" });
        const wrapped = await page.evaluate(() => {
          const aligned = /\S(?: {2,}|\t)\S|\|/;
          const tooWide = [];
          for (const code of document.querySelectorAll('main pre[style*="--print-columns"] > code')) {
            // A record printed as tables is not printed as it is.
            if (code.getClientRects().length === 0) continue;
            const shown = code.cloneNode(true);
            for (const hidden of shown.querySelectorAll(".boring")) hidden.remove();
            const style = getComputedStyle(code);
            const room = code.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            for (const line of shown.textContent.split("\n").filter((l) => aligned.test(l))) {
              const probe = document.createElement("span");
              probe.style.whiteSpace = "pre";
              probe.textContent = line;
              code.append(probe);
              const width = probe.getBoundingClientRect().width;
              probe.remove();
              if (width > room + 0.5) tooWide.push(`${Math.round(width)} px in ${Math.round(room)}: ${line.slice(0, 60)}`);
            }
          }
          for (const table of document.querySelectorAll("main table")) {
            const room = table.parentElement.clientWidth;
            const width = table.getBoundingClientRect().width;
            if (width > room + 0.5) {
              tooWide.push(`${Math.round(width)} px in ${Math.round(room)}: a table, ${table.textContent.slice(0, 60)}`);
            }
          }
          return tooWide;
        });
        assert.deepEqual(wrapped, [], "no table a program printed wraps on paper");
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

/** The title of each page of an edition, `# Title` in its source, read
 *  from the built pages by the browser: `[{ path, title }]`. */
async function titles(page, edition) {
  const list = await pages(edition);
  return page.evaluate(
    async ({ base, list }) => {
      const found = [];
      for (const path of list) {
        const html = await (await fetch(base + path)).text();
        const h1 = new DOMParser().parseFromString(html, "text/html").querySelector("main h1");
        if (h1) found.push({ path, title: h1.textContent.trim() });
      }
      return found;
    },
    { base: `${server.url}${edition}/`, list },
  );
}

/** A Korean word with the topic particle a reader would write after it:
 *  은 after a final consonant, 는 after a vowel or a Latin letter. */
function withParticle(word) {
  const last = word.charCodeAt(word.length - 1);
  const hangul = last >= 0xac00 && last <= 0xd7a3;
  return word + (hangul && (last - 0xac00) % 28 !== 0 ? "은" : "는");
}

/** The pages Pagefind ranks first for `query`, best first, as paths within
 *  the edition (`ch03/`, its index page, as `ch03/index.html`). The search
 *  box shows these, loading each result's text as it comes; the ranking is
 *  asked of Pagefind itself, which the box uses. */
async function ranked(page, edition, query) {
  const urls = await page.evaluate(
    async (query) => {
      // The page is at the edition's top level (preface.html).
      const pagefind = await import(new URL("pagefind/pagefind.js", document.baseURI).href);
      const search = await pagefind.search(query);
      return Promise.all(search.results.slice(0, 5).map(async (r) => (await r.data()).url));
    },
    query,
  );
  const base = new URL(`${server.url}${edition}/`).pathname;
  for (const url of urls) assert.ok(url.startsWith(base), `${query}: ${url} is outside the edition`);
  return urls.map((url) => {
    const path = url.slice(base.length).replace(/#.*$/, "");
    return path === "" || path.endsWith("/") ? `${path}index.html` : path;
  });
}

describe("search", () => {
  for (const { code: edition } of EDITIONS) {
    test(`${edition}: every page is found by its title`, PAGE_TIMEOUT, async () => {
      const { page, context, problems } = await open(`${edition}/preface.html`);
      try {
        // The errata page's title is every chapter's subject too.
        const list = (await titles(page, edition)).filter((p) => p.path !== "appendix/errata.html");
        const missed = [];
        for (const { path, title } of list) {
          // A title as it is written and, in Korean, with a particle
          // attached to its last word, as a reader types it in a sentence.
          const queries = edition === "ko" ? [title, withParticle(title)] : [title];
          for (const query of queries) {
            const top = await ranked(page, edition, query);
            if (!top.includes(path)) missed.push(`${query} → ${top.join(", ")} (wanted ${path})`);
          }
        }
        assert.ok(list.length >= 20, `only ${list.length} titles searched`);
        assert.deepEqual(missed, [], "each page is among the first five results for its own title");
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("search by keyboard alone", () => {
  test("/ opens search, typing searches, Tab reaches a result and Enter opens it", async () => {
    const { page, context, problems } = await open("en/preface.html");
    try {
      await page.keyboard.press("/");
      // The search box takes the focus once Pagefind has loaded; a reader
      // types from there on.
      await page.waitForFunction(() => document.activeElement?.matches("#book-search input"), null, { timeout: 10000 });
      await page.keyboard.type("softmax");
      await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 10000 });
      for (let i = 0; i < 20; i++) {
        const focused = await page.evaluate(() => document.activeElement?.className ?? "");
        if (focused.includes("pagefind-ui__result-link")) break;
        await page.keyboard.press("Tab");
      }
      const target = await page.evaluate(() => document.activeElement.href);
      assert.ok(target.includes("/en/"), `a result is focused: ${target}`);
      await page.keyboard.press("Enter");
      await page.waitForURL(target);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

describe("the book's front door", () => {
  // Each edition's own language leads to it; a language the book lacks
  // leads to the fallback edition.
  const fallback = (EDITIONS.find((e) => e.fallback) ?? EDITIONS[0]).code;
  const cases = [...EDITIONS.map((e) => [e.code, e.code]), ["de-DE", fallback]];
  for (const [locale, edition] of cases) {
    test(`a reader whose browser prefers ${locale} lands in ${edition}/`, async () => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForURL(`${server.url}${edition}/`);
      assert.equal(await page.getAttribute("html", "lang"), edition);
      await context.close();
    });
  }
});
