//! Every figure of one edition on one page, wide and narrow, on a light and
//! a dark background, with the words its page gives it, for looking at them
//! without building the book:
//!
//!     cargo run -p mdbook-plot --example gallery -- ko > target/gallery.html

use std::path::Path;

use mdbook_plot::figures::load;
use mdbook_plot::{NARROW, WIDE, Words, find_directives, render_svg};

fn main() -> Result<(), String> {
    let edition = std::env::args().nth(1).unwrap_or_else(|| "ko".to_owned());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let figures = load(&root)?;
    let pages = book_editions::pages(&root, &edition).map_err(|e| e.to_string())?;
    let files = pages
        .iter()
        .map(|page| root.join("src").join(&edition).join(page));
    println!("<!DOCTYPE html><html lang=\"{edition}\"><head><meta charset=\"utf-8\"><style>");
    println!(
        "body{{margin:0;display:grid;grid-template-columns:2fr 2fr 1fr 1fr;font-family:sans-serif}}"
    );
    println!(
        "div{{padding:8px}} .light{{background:#fff;color:#000;--bg:#fff}} .dark{{background:#141617;color:#a1adb8;--bg:#141617}}"
    );
    println!("svg{{width:100%;height:auto}}</style></head><body>");
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
        for directive in find_directives(&text) {
            let directive = directive?;
            let figure = figures
                .get(&directive.name)
                .ok_or("a figure the book names")?;
            // A drawing pad is a form on its page, not a drawing.
            if matches!(figure, mdbook_plot::figures::Figure::Pad(_)) {
                continue;
            }
            let words = Words::of(&directive);
            for layout in [WIDE, NARROW] {
                let svg = render_svg(figure, &words, &layout)?;
                for theme in ["light", "dark"] {
                    println!(
                        "<div class=\"{theme}\"><b>{}</b>{svg}</div>",
                        directive.name
                    );
                }
            }
        }
    }
    println!("</body></html>");
    Ok(())
}
