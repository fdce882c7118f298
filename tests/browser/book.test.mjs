// The built book in headless Chromium, served from a sub-path by the book's
// own server (`cargo xtask test` starts it and passes its address in
// BOOK_URL): every page of every edition in every theme the book offers,
// audited by axe-core against WCAG 2.1 A and AA; every page at phone size;
// print; search in every language, by keyboard. Screenshots of every page
// go to target/browser-screenshots/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";

const ROOT = join(import.meta.dirname, "..", "..");
const SHOTS = join(ROOT, "target", "browser-screenshots");
// The light theme and the dark themes the book offers (mdBook's "rust" is a
// light theme too, and the book does not list it).
const THEMES = ["light", "coal", "navy", "ayu"];
const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 800 },
];
const AXE = await readFile(join(import.meta.dirname, "node_modules", "axe-core", "axe.min.js"), "utf8");
// Pages are tested a few at a time: much of a page's test is waiting (for
// the server, fonts, a screenshot to encode), so even two cores keep three
// pages busy.
const CONCURRENCY = 3;
// A page that hangs fails its test instead of stalling the run.
const PAGE_TIMEOUT = { timeout: 90_000 };
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!process.env.BOOK_URL) throw new Error("BOOK_URL is not set: run the browser tests with `cargo xtask test`");
const server = { url: process.env.BOOK_URL };
// The editions, as book.toml defines them and the build writes them.
const EDITIONS = JSON.parse(await readFile(join(ROOT, "book", "editions.json"), "utf8"));

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
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

/** Serious and critical WCAG 2.1 A/AA violations axe-core finds on the page. */
async function audit(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/** A page opened in `theme`, with everything that went wrong on the way. */
async function open(path, theme, viewport = { width: 1100, height: 900 }) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((t) => localStorage.setItem("mdbook-theme", t), theme);
  // mdBook's print page calls window.print() once it has loaded; headless
  // Chromium then starts a print job of its own, which collides with the
  // test's page.pdf() ("Page is already being printed").
  await context.addInitScript(() => {
    window.print = () => {};
  });
  const page = await context.newPage();
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
  return { page, context, problems };
}

for (const { code: edition } of EDITIONS) {
  const others = EDITIONS.map((e) => e.code).filter((code) => code !== edition);
  describe(`${edition} edition`, { concurrency: CONCURRENCY }, async () => {
    const list = await pages(edition);
    for (const path of list) {
      for (const theme of THEMES) {
        test(`${path} (${theme})`, PAGE_TIMEOUT, async () => {
          const { page, context, problems } = await open(`${edition}/${path}`, theme);
          try {
            assert.ok(await page.locator(`html.${theme}`).count(), `the ${theme} theme is applied`);
            assert.equal(await page.getAttribute("html", "lang"), edition);

            // The colour behind the content: the first element up from <main>
            // that paints a background (mdBook's themes paint <html>).
            const background = await page.evaluate(() => {
              for (let e = document.querySelector("main"); e; e = e.parentElement) {
                const colour = getComputedStyle(e).backgroundColor;
                if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
              }
              return "rgb(255, 255, 255)";
            });
            // Each figure holds a wide and a narrow drawing; the stylesheet
            // shows the one that fits the column.
            const shown = await page.locator("figure.plot").evaluateAll((figures) =>
              figures.map((f) => [...f.querySelectorAll("svg")].filter((s) => getComputedStyle(s).display !== "none").length),
            );
            assert.ok(shown.every((n) => n === 1), `every figure shows exactly one drawing: ${shown}`);
            const figures = await page.locator("figure.plot svg").evaluateAll((svgs) =>
              svgs.filter((svg) => getComputedStyle(svg).display !== "none").map((svg) => {
                const box = svg.getBoundingClientRect();
                // The size text is drawn at: its font size in the drawing's
                // units, times how much the drawing is scaled on the page.
                const scale = box.width / svg.viewBox.baseVal.width;
                const smallest = Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(t.getAttribute("font-size") || getComputedStyle(t).fontSize) * scale));
                const text = svg.querySelector("text");
                // Opaque colours that paint: strokes of every shape, fills of
                // closed shapes only (an open path's fill paints nothing).
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
            for (const [i, f] of figures.entries()) {
              assert.ok(f.width > 100 && f.height > 60, `figure ${i} is drawn (${f.width} × ${f.height})`);
              assert.ok(f.smallest >= 11, `figure ${i}'s smallest text is ${f.smallest.toFixed(1)} px`);
              assert.ok(f.label, `figure ${i} has labels`);
              assert.ok(f.colours.length > 0, `figure ${i} has opaque lines or shapes`);
              assert.ok(contrast(f.label, background) >= 4.5, `figure ${i}'s labels contrast: ${f.label} on ${background}`);
              for (const colour of f.colours) {
                if (colour === background) continue;
                assert.ok(contrast(colour, background) >= 2.5, `figure ${i}'s ${colour} on ${background}`);
              }
            }

            // Formulas are rendered at build time (tests/built_book.rs counts
            // them against the source); none is left as TeX for the reader.
            const text = await page.evaluate(() => {
              const main = document.querySelector("main").cloneNode(true);
              main.querySelectorAll("pre, code").forEach((e) => e.remove());
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

            assert.deepEqual(await audit(page), [], "no serious or critical accessibility violation");
            // The sidebar toggle works from the keyboard.
            const toggle = page.locator("#mdbook-sidebar-toggle");
            const before = await page.locator("html").getAttribute("class");
            await toggle.focus();
            await page.keyboard.press("Enter");
            await page.waitForFunction((b) => document.documentElement.className !== b, before);

            const name = `${edition}-${path.replace(/\//g, "_").replace(/\.html$/, "")}-${theme}.png`;
            await page.screenshot({ path: join(SHOTS, name), fullPage: true });
            assert.deepEqual(problems, [], "no console error, failed request or other host");
          } finally {
            await context.close();
          }
        });
      }
    }
  });
}


for (const { code: edition } of EDITIONS) {
  describe(`${edition} edition on a phone`, { concurrency: CONCURRENCY }, async () => {
    const list = await pages(edition);
    for (const viewport of PHONES) {
      for (const path of list) {
        test(`${path} at ${viewport.width} px`, PAGE_TIMEOUT, async () => {
          const { page, context, problems } = await open(`${edition}/${path}`, "light", viewport);
          try {
            // Nothing is wider than the screen, except inside the things
            // that scroll on their own: code blocks, display formulas and
            // tables. (Not any scrolling ancestor: mdBook's page container
            // scrolls too, and text cut off by it is lost to the reader.)
            const wide = await page.evaluate(() => {
              const width = document.documentElement.clientWidth;
              const own = "pre, pre *, .katex-display, .katex-display *, .table-wrapper, .table-wrapper *";
              return [...document.querySelectorAll("main *")]
                .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.matches(own))
                .slice(0, 3)
                .map((e) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.slice(0, 40)}" reaches ${Math.round(e.getBoundingClientRect().right)} px`);
            });
            assert.deepEqual(wide, [], "nothing makes the page scroll sideways");
            assert.ok(
              await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
              "the page does not scroll sideways",
            );
            // Headings wrap with room between their lines.
            const cramped = await page.locator("main h1, main h2, main h3").evaluateAll((hs) =>
              hs.filter((h) => parseFloat(getComputedStyle(h).lineHeight) < 1.1 * parseFloat(getComputedStyle(h).fontSize)).length,
            );
            assert.equal(cramped, 0, "headings keep a normal line height");
            // Figures' text stays readable.
            const smallest = await page.locator("figure.plot svg").evaluateAll((svgs) =>
              svgs
                .filter((svg) => getComputedStyle(svg).display !== "none")
                .map((svg) => {
                  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  return Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(t.getAttribute("font-size")) * scale));
                }),
            );
            for (const [i, size] of smallest.entries()) {
              assert.ok(size >= 11, `figure ${i}'s smallest text is ${size.toFixed(1)} px`);
            }
            // Anything that scrolls can be reached with the keyboard.
            assert.deepEqual(await audit(page), [], "no serious or critical accessibility violation");
            const name = `phone-${viewport.width}-${edition}-${path.replace(/\//g, "_").replace(/\.html$/, "")}.png`;
            await page.screenshot({ path: join(SHOTS, name), fullPage: true });
            assert.deepEqual(problems, [], "no console error, failed request or other host");
          } finally {
            await context.close();
          }
        });
      }
    }
  });
}

describe("print", () => {
  for (const { code: edition } of EDITIONS) {
    for (const theme of ["coal", "ayu"]) {
      test(`${edition} in the ${theme} theme prints dark on white`, async () => {
        const { page, context, problems } = await open(`${edition}/ch02/sigmoid.html`, theme);
        try {
          await page.emulateMedia({ media: "print" });
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
          assert.equal(look.background, "rgb(255, 255, 255)", "white paper");
          assert.ok(contrast(look.text, look.background) >= 7, `text ${look.text}`);
          assert.ok(contrast(look.label, look.background) >= 7, `figure labels ${look.label}`);
          assert.equal(look.switch, "none", "the language link is not printed");
          assert.equal(look.figure, "avoid", "a figure is not split from its caption");
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      });
    }
    test(`${edition}'s whole book prints to A4 with every answer open`, async () => {
      const { page, context, problems } = await open(`${edition}/print.html`, "navy");
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
        await page.emulateMedia({ media: "print" });
        const pdf = await page.pdf({ format: "A4", printBackground: true, path: join(SHOTS, `print-${edition}.pdf`) });
        assert.ok(pdf.length > 100_000, "a real document");
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

/** What the search box lists for `query` on an `edition` page. */
async function search(edition, query) {
  const { page, context, problems } = await open(`${edition}/preface.html`, "light");
  try {
    await page.keyboard.press("/");
    const input = page.locator("#book-search input");
    await input.waitFor();
    await input.fill(query);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 10000 });
    const links = await page.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => a.href));
    assert.deepEqual(problems, []);
    return links;
  } finally {
    await context.close();
  }
}

const QUERIES = [
  ["ko", "시그모이드", "ko/ch02/sigmoid.html", 1],
  ["ko", "소프트맥스", "ko/ch02/softmax.html", 1],
  ["ko", "활성화", "ko/ch02/", 3],
  ["ko", "손실 함수", "ko/ch02/loss.html", 3],
  ["ko", "활성화함수는", "ko/ch02/", 3],
  ["en", "sigmoid", "en/ch02/sigmoid.html", 1],
  ["en", "softmax", "en/ch02/softmax.html", 1],
  ["en", "loss", "en/ch02/loss.html", 3],
];

describe("search", () => {
  for (const [edition, query, expected, within] of QUERIES) {
    test(`${query} finds ${expected}`, async () => {
      const links = await search(edition, query);
      const top = links.slice(0, within).map((l) => l.replace(server.url, ""));
      assert.ok(
        top.some((l) => l === expected || l.startsWith(expected) && expected.endsWith("/")),
        `top ${within} for ${query}: ${top.join(", ")}`,
      );
      assert.ok(links.every((l) => l.startsWith(server.url + edition + "/")), "results stay in the edition");
      console.log(`search ${edition} "${query}": ${top.join(", ")}`);
    });
  }
});

describe("search by keyboard alone", () => {
  test("/ opens search, typing searches, Tab reaches a result and Enter opens it", async () => {
    const { page, context, problems } = await open("en/preface.html", "light");
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
