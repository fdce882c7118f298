//! Every figure on one page, on a light and a dark background, for looking
//! at them without building the book:
//!
//!     cargo run -p mdbook-plot --example gallery > target/gallery.html

use mdbook_plot::figures::{figure, names};
use mdbook_plot::render_svg;

fn main() {
    println!("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>");
    println!("body{{margin:0;display:grid;grid-template-columns:1fr 1fr;font-family:sans-serif}}");
    println!(
        "div{{padding:8px}} .light{{background:#fff;color:#000;--bg:#fff}} .dark{{background:#141617;color:#a1adb8;--bg:#141617}}"
    );
    println!("svg{{width:100%;height:auto}}</style></head><body>");
    for name in names() {
        let svg = render_svg(&figure(name).expect("every listed name has a figure"));
        for theme in ["light", "dark"] {
            println!("<div class=\"{theme}\"><b>{name}</b>{svg}</div>");
        }
    }
    println!("</body></html>");
}
