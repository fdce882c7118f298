//! What follows inline code without a space stays on the code's line: a
//! Korean particle (`Cargo.lock`에는), a comma, a full stop. A browser may
//! break a line between the last letter of the code and a Hangul syllable
//! as between two words, leaving the particle to start the next line,
//! which Korean typesetting never does. A word joiner (U+2060, no break on
//! either side, nothing to see) after the code's end says not to.

use mdbook_math::WORD_JOINER;

/// The page with a word joiner after every `</code>` that text follows
/// directly (inline code; a block's `</code>` is followed by `</pre>`).
pub(crate) fn join_after_code(page: &str) -> String {
    const END: &str = "</code>";
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find(END) {
        let (before, after) = rest.split_at(at + END.len());
        out.push_str(before);
        if after
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() && c != '<' && c != WORD_JOINER)
        {
            out.push(WORD_JOINER);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Every HTML page under `dir`, joined as [`join_after_code`] says.
pub(crate) fn join_in_pages(dir: &std::path::Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            join_in_pages(&path)?;
        } else if path.extension().is_some_and(|e| e == "html") {
            let page =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let joined = join_after_code(&page);
            if joined != page {
                std::fs::write(&path, joined).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_particle_after_inline_code_is_joined_to_it() {
        assert_eq!(
            join_after_code(
                "<p><code>Cargo.lock</code>에는, <code>x</code> 와 <code>y</code>.</p>"
            ),
            "<p><code>Cargo.lock</code>\u{2060}에는, <code>x</code> 와 <code>y</code>\u{2060}.</p>"
        );
    }

    #[test]
    fn a_code_block_and_a_joined_end_are_left_alone() {
        let page = "<pre><code>let x = 1;\n</code></pre><code>a</code>\u{2060}는";
        assert_eq!(join_after_code(page), page);
    }
}
