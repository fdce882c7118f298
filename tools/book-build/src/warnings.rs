//! mdBook reports what goes wrong while it builds (an include it cannot
//! read, a link to a missing page) as `tracing` events and carries on. A
//! build of the book does not: [`collecting`] runs a build with a subscriber
//! that keeps every warning and error, and the build fails if there was one.

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

/// Keeps the warnings and errors logged on this thread.
#[derive(Clone, Default)]
struct Collector {
    found: Arc<Mutex<Vec<String>>>,
}

/// An event's fields as one line: its message, then `name=value` for the rest.
#[derive(Default)]
struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if !self.0.is_empty() {
            self.0.push(' ');
        }
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, "{}={value:?}", field.name());
        }
    }
}

impl<S: Subscriber> Layer<S> for Collector {
    fn enabled(&self, metadata: &tracing::Metadata<'_>, _: Context<'_, S>) -> bool {
        *metadata.level() <= Level::WARN
    }

    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut line = Line::default();
        event.record(&mut line);
        let metadata = event.metadata();
        let text = format!("{} {}: {}", metadata.level(), metadata.target(), line.0);
        self.found
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(text);
    }
}

/// Runs `work` on this thread, and returns what it returned with every
/// warning and error it logged through `tracing` (the unit test below
/// shows it).
pub(crate) fn collecting<T>(work: impl FnOnce() -> T) -> (T, Vec<String>) {
    let collector = Collector::default();
    let subscriber = tracing_subscriber::registry().with(collector.clone());
    let value = tracing::subscriber::with_default(subscriber, work);
    let found = std::mem::take(&mut *collector.found.lock().unwrap_or_else(|e| e.into_inner()));
    (value, found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_and_errors_are_kept_and_information_is_not() {
        let (value, found) = collecting(|| {
            tracing::info!("Book building has started");
            tracing::warn!(target: "mdbook_driver", "an include could not be read");
            tracing::error!(path = "x.md", "rendering failed");
            7
        });
        assert_eq!(value, 7);
        assert_eq!(
            found,
            [
                "WARN mdbook_driver: an include could not be read",
                "ERROR book_build::warnings::tests: rendering failed path=\"x.md\""
            ]
        );
    }
}
