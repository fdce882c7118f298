//! Stopping where the network did best on digits it does not train on.

use crate::training::EpochReport;

/// The epoch whose loss on the measured digits (the second set given to
/// [`train`](crate::train)) is lowest: where to stop. Training longer
/// keeps lowering the training loss while the loss on unseen digits turns
/// up; the network then fits its own training digits at the expense of
/// others. On a tie the earlier epoch wins.
///
/// Stopping is a setting like any other: chosen on validation digits, it
/// leaves the test digits untouched.
///
/// # Panics
/// If `reports` is empty, or a loss is `NaN` (a run that diverged has no
/// best epoch).
///
/// ```
/// use reading_digits::early_stopping::best_epoch;
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled, train};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 5, ..TrainingConfig::book() };
/// let (_, reports) = train(&config, &split.train, &split.validation);
/// let best = best_epoch(&reports);
/// assert!(reports.iter().all(|r| r.test_loss >= best.test_loss));
/// ```
pub fn best_epoch(reports: &[EpochReport]) -> &EpochReport {
    assert!(!reports.is_empty(), "no epochs to choose from");
    assert!(
        reports.iter().all(|r| !r.test_loss.is_nan()),
        "a loss is NaN: the run diverged"
    );
    let mut best = &reports[0];
    for report in &reports[1..] {
        if report.test_loss < best.test_loss {
            best = report;
        }
    }
    best
}
