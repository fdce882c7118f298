// The drawing pad on chapter 3's mistakes page: the reader draws on 8 × 8
// cells, and the network `examples/train.rs` saved reads the drawing after
// every stroke. The page holds the network and the 355 test digits as JSON
// (mdbook-plot writes them from the chapter's crate), so nothing is fetched.
// The forward pass is the listing's: inputs are counts 0-16 divided by 16,
// then x·W1 + b1, the activation, h·W2 + b2, and a softmax that subtracts
// the largest logit first.
(() => {
  "use strict";

  const activations = {
    relu: (z) => Math.max(z, 0),
    sigmoid: (z) => 1 / (1 + Math.exp(-z)),
    tanh: Math.tanh,
  };

  /** The ten probabilities the network gives 64 counts from 0 to 16. */
  function forward(network, counts) {
    const f = activations[network.activation];
    const hidden = network.b1.map((b, j) => {
      let z = 0;
      for (let i = 0; i < counts.length; i++) z += (counts[i] / 16) * network.w1[i][j];
      return f(z + b);
    });
    const logits = network.b2.map((b, k) => {
      let z = 0;
      for (let j = 0; j < hidden.length; j++) z += hidden[j] * network.w2[j][k];
      return z + b;
    });
    const top = Math.max(...logits);
    const e = logits.map((z) => Math.exp(z - top));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  }

  /** The digit with the highest probability (the first, if two tie). */
  function mostLikely(p) {
    return p.reduce((best, v, i) => (v > p[best] ? i : best), 0);
  }

  function setUp(figure) {
    const data = JSON.parse(figure.querySelector("script.pad-data").textContent);
    const grid = figure.querySelector(".pad-cells");
    const cells = [...figure.querySelectorAll(".pad-cell")];
    const numbers = [...figure.querySelectorAll(".pad-input td")];
    const bars = [...figure.querySelectorAll(".pad-bar")];
    const reading = figure.querySelector(".pad-reading");
    const eraser = figure.querySelector(".pad-erase");
    const counts = new Array(64).fill(0);
    let cursor = 0;

    // The bars follow every cell; the line a screen reader announces is
    // written when a stroke or a key press ends, not at each cell of it.
    function show(announce = true) {
      counts.forEach((c, i) => {
        cells[i].style.setProperty("--ink", c / 16);
        numbers[i].textContent = c;
      });
      const p = forward(data.network, counts);
      const best = mostLikely(p);
      bars.forEach((bar, d) => {
        bar.querySelector(".pad-fill").style.height = `${(100 * p[d]).toFixed(1)}%`;
        bar.classList.toggle("pad-chosen", d === best);
      });
      if (announce) reading.textContent = `${best}: ${p[best].toFixed(2)}`;
    }

    function moveCursor(to) {
      cells[cursor].classList.remove("pad-cursor");
      cursor = to;
      cells[cursor].classList.add("pad-cursor");
      grid.setAttribute("aria-activedescendant", cells[cursor].id);
    }

    // A stroke inks the cell under it fully and its four neighbours a
    // little, as the data set's 4 × 4 blocks of a thicker pen would.
    function ink(i) {
      counts[i] = 16;
      const [row, column] = [Math.floor(i / 8), i % 8];
      for (const [r, c] of [[row - 1, column], [row + 1, column], [row, column - 1], [row, column + 1]]) {
        if (r >= 0 && r < 8 && c >= 0 && c < 8) counts[r * 8 + c] = Math.min(16, counts[r * 8 + c] + 4);
      }
    }

    let drawing = false;
    let last = -1;
    function cellAt(event) {
      const box = grid.getBoundingClientRect();
      const column = Math.floor(((event.clientX - box.left) / box.width) * 8);
      const row = Math.floor(((event.clientY - box.top) / box.height) * 8);
      return row >= 0 && row < 8 && column >= 0 && column < 8 ? row * 8 + column : -1;
    }
    function stroke(event) {
      const i = cellAt(event);
      if (i < 0 || i === last) return;
      last = i;
      if (eraser.getAttribute("aria-pressed") === "true") {
        counts[i] = 0;
      } else {
        ink(i);
      }
      moveCursor(i);
      show(false);
    }
    grid.addEventListener("pointerdown", (event) => {
      // The main button, a finger or a pen; not a right click.
      if (event.button !== 0) return;
      drawing = true;
      last = -1;
      // Focused, so that the keys work after the mouse (preventDefault
      // below keeps the browser from focusing it by itself).
      grid.focus({ preventScroll: true });
      grid.setPointerCapture(event.pointerId);
      stroke(event);
      event.preventDefault();
    });
    grid.addEventListener("pointermove", (event) => {
      if (drawing) stroke(event);
    });
    for (const end of ["pointerup", "pointercancel"]) {
      grid.addEventListener(end, () => {
        if (drawing) show();
        drawing = false;
      });
    }
    eraser.addEventListener("click", () => {
      const on = eraser.getAttribute("aria-pressed") !== "true";
      eraser.setAttribute("aria-pressed", String(on));
    });

    // Arrow keys move the cursor, space adds half a cell of ink, Delete
    // and Backspace wipe the cell. A key the pad uses goes no further:
    // mdBook turns the page on the left and right arrows.
    grid.addEventListener("keydown", (event) => {
      const [row, column] = [Math.floor(cursor / 8), cursor % 8];
      const moves = {
        ArrowUp: [Math.max(row - 1, 0), column],
        ArrowDown: [Math.min(row + 1, 7), column],
        ArrowLeft: [row, Math.max(column - 1, 0)],
        ArrowRight: [row, Math.min(column + 1, 7)],
      };
      if (event.key in moves) {
        const [r, c] = moves[event.key];
        moveCursor(r * 8 + c);
      } else if (event.key === " ") {
        counts[cursor] = Math.min(16, counts[cursor] + 8);
        show();
      } else if (event.key === "Delete" || event.key === "Backspace") {
        counts[cursor] = 0;
        show();
      } else {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    });

    figure.querySelector(".pad-clear").addEventListener("click", () => {
      counts.fill(0);
      show();
    });
    for (const button of figure.querySelectorAll(".pad-starters button")) {
      button.addEventListener("click", () => {
        data.digits[Number(button.dataset.digit)].pixels.forEach((c, i) => {
          counts[i] = c;
        });
        show();
      });
    }

    // On paper nothing can be drawn: an empty pad prints holding the first
    // test digit the network misreads, with that button's name beside the
    // label of the starters (the print style hides the other buttons).
    const starters = [...figure.querySelectorAll(".pad-starters button")];
    let printed = null;
    window.addEventListener("beforeprint", () => {
      if (counts.some((c) => c > 0) || starters.length < 3) return;
      printed = starters[starters.length - 3];
      printed.click();
      printed.classList.add("printed");
    });
    window.addEventListener("afterprint", () => {
      if (!printed) return;
      printed.classList.remove("printed");
      printed = null;
      counts.fill(0);
      show();
    });

    moveCursor(0);
    show();
    // For the browser tests: the page's own forward pass and its data.
    figure.digitPad = { forward: (c) => forward(data.network, c), data, counts };
  }

  document.querySelectorAll("figure.digit-pad").forEach(setUp);
})();
