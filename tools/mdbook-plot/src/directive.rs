//! Parsing `{{#plot name key="value" …}}`.

/// One `{{#plot …}}` directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The figure's name, as a chapter's crate calls it.
    pub name: String,
    /// Shown under the figure.
    pub caption: String,
    /// Read out by screen readers in place of the picture.
    pub alt: String,
    /// The horizontal axis's name.
    pub x: String,
    /// The vertical axis's name.
    pub y: String,
    /// The legend's entries, in the figure's order (`series="a | b"`).
    pub series: Vec<String>,
    /// The panels' titles, in order (`panels="AND | OR"`).
    pub panels: Vec<String>,
}

impl Directive {
    /// `None` if `line` is not a directive; `Some(Err)` if it is one but
    /// malformed. A directive must stand alone on its line, so the same text
    /// inside a sentence or a code block is left alone.
    ///
    /// ```
    /// use mdbook_plot::Directive;
    ///
    /// let d = Directive::parse_line(r#"{{#plot relu caption="ReLU" alt="A hinge"}}"#)
    ///     .unwrap()
    ///     .unwrap();
    /// assert_eq!(d.name, "relu");
    /// assert_eq!(d.caption, "ReLU");
    /// assert_eq!(d.alt, "A hinge");
    /// assert!(Directive::parse_line("see {{#plot relu}} here").is_none());
    /// ```
    pub fn parse_line(line: &str) -> Option<Result<Directive, String>> {
        let found = preprocessor_cli::Directive::alone_on(line).filter(|d| d.name == "plot")?;
        Some(Self::from_directive(&found))
    }

    fn from_directive(found: &preprocessor_cli::Directive) -> Result<Directive, String> {
        let name = found.first_word().unwrap_or_default();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!(
                "`{{{{#plot {}}}}}` needs a figure name first",
                found.arguments
            ));
        }
        let mut directive = Directive {
            name: name.to_owned(),
            caption: String::new(),
            alt: String::new(),
            x: String::new(),
            y: String::new(),
            series: Vec::new(),
            panels: Vec::new(),
        };
        let list = |value: &str| -> Vec<String> {
            value
                .split('|')
                .map(|item| item.trim().to_owned())
                .collect()
        };
        for (key, value) in found.pairs()? {
            match key.as_str() {
                "caption" => directive.caption = value,
                "alt" => directive.alt = value,
                "x" => directive.x = value,
                "y" => directive.y = value,
                "series" => directive.series = list(&value),
                "panels" => directive.panels = list(&value),
                other => {
                    return Err(format!(
                        "unknown attribute `{other}` (use caption, alt, x, y, series or panels)"
                    ));
                }
            }
        }
        if directive.alt.is_empty() {
            directive.alt = directive.caption.clone();
        }
        Ok(directive)
    }
}

/// Every directive in a page, in order, malformed ones included as errors.
///
/// ```
/// let page = "{{#plot step}}\ntext\n{{#plot relu}}\n";
/// let names: Vec<_> = mdbook_plot::find_directives(page)
///     .into_iter()
///     .map(|d| d.unwrap().name)
///     .collect();
/// assert_eq!(names, ["step", "relu"]);
/// ```
pub fn find_directives(page: &str) -> Vec<Result<Directive, String>> {
    page.lines().filter_map(Directive::parse_line).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_captions_survive() {
        let d = Directive::parse_line(
            r#"{{#plot step caption="계단 함수" alt="0에서 1로 뛰는 계단"}}"#,
        )
        .unwrap()
        .unwrap();
        assert_eq!(d.caption, "계단 함수");
        assert_eq!(d.alt, "0에서 1로 뛰는 계단");
    }

    #[test]
    fn lists_are_split_at_bars_and_trimmed() {
        let d =
            Directive::parse_line(r#"{{#plot sigmoid x="입력 x" y="출력" series="σ(x) | σ′(x)"}}"#)
                .unwrap()
                .unwrap();
        assert_eq!((d.x.as_str(), d.y.as_str()), ("입력 x", "출력"));
        assert_eq!(d.series, ["σ(x)", "σ′(x)"]);
        assert!(d.panels.is_empty());
    }

    #[test]
    fn alt_defaults_to_the_caption() {
        let d = Directive::parse_line(r#"{{#plot step caption="Step"}}"#)
            .unwrap()
            .unwrap();
        assert_eq!(d.alt, "Step");
    }

    #[test]
    fn malformed_directives_are_errors() {
        for bad in [
            "{{#plot}}",
            r#"{{#plot step caption="open}}"#,
            r#"{{#plot step colour="red"}}"#,
            "{{#plot step caption}}",
            "{{#plot st-ep}}",
        ] {
            assert!(Directive::parse_line(bad).unwrap().is_err(), "{bad}");
        }
    }

    #[test]
    fn other_lines_are_not_directives() {
        for line in [
            "{{#include x.rs}}",
            "text {{#plot step}}",
            "{{#plot step}} text",
        ] {
            assert!(Directive::parse_line(line).is_none(), "{line}");
        }
    }
}
