//! Stopping where the network did best on digits it does not train on.

use crate::dataset::Digits;
use crate::network::Network;
use crate::training::{EpochReport, TrainingConfig, train_watching};

/// The epoch whose validation loss is lowest: where to stop. Training
/// longer keeps lowering the training loss while the loss on unseen digits
/// levels off or turns up; the network then fits its own training digits
/// at the expense of others. On a tie the earlier epoch wins, and a `NaN`
/// loss (a run that diverged) is never the best.
///
/// Stopping is a setting like any other: chosen on validation digits, it
/// leaves the test digits untouched.
///
/// # Panics
/// If `reports` is empty.
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
/// assert!(reports.iter().all(|r| r.validation_loss >= best.validation_loss));
/// ```
pub fn best_epoch(reports: &[EpochReport]) -> &EpochReport {
    assert!(!reports.is_empty(), "no epochs to choose from");
    let mut best = &reports[0];
    for report in &reports[1..] {
        if report.validation_loss < best.validation_loss
            || best.validation_loss.is_nan()
        {
            best = report;
        }
    }
    best
}

/// A run stopped early: the network as it was after its best epoch.
///
/// ```
/// use reading_digits::early_stopping::train_with_early_stopping;
/// use reading_digits::split::three_way_split;
/// use reading_digits::{TrainingConfig, load_bundled};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 3, ..TrainingConfig::book() };
/// let stopped = train_with_early_stopping(&config, &split.train, &split.validation);
/// assert_eq!(stopped.reports.len(), 3);
/// ```
#[derive(Debug, Clone)]
pub struct Stopped {
    /// The network after its best epoch.
    pub network: Network,
    /// That epoch, counting from 1.
    pub epoch: usize,
    /// Every epoch's report, the ones after the best included.
    pub reports: Vec<EpochReport>,
}

// ANCHOR: train_with_early_stopping
/// Trains for `config.epochs` epochs and keeps a copy of the network after
/// the epoch with the lowest validation loss ([`best_epoch`]).
///
/// # Panics
/// As [`train`](crate::train).
///
/// ```
/// use reading_digits::early_stopping::train_with_early_stopping;
/// use reading_digits::split::three_way_split;
/// use reading_digits::training::measure;
/// use reading_digits::{TrainingConfig, load_bundled};
///
/// let split = three_way_split(&load_bundled());
/// let config = TrainingConfig { epochs: 6, ..TrainingConfig::book() };
/// let stopped = train_with_early_stopping(&config, &split.train, &split.validation);
/// let kept = stopped.reports[stopped.epoch - 1];
/// // The same up to rounding: the run measured the centred pixels.
/// let loss = measure(&stopped.network, &split.validation).loss;
/// assert!((loss - kept.validation_loss).abs() < 1e-12);
/// ```
pub fn train_with_early_stopping(
    config: &TrainingConfig,
    train: &Digits,
    validation: &Digits,
) -> Stopped {
    let mut reports: Vec<EpochReport> = Vec::with_capacity(config.epochs);
    let mut kept: Option<Network> = None;
    train_watching(config, train, validation, |network, report| {
        reports.push(*report);
        if best_epoch(&reports).epoch == report.epoch {
            kept = Some(network.clone());
        }
    });
    let epoch = best_epoch(&reports).epoch;
    let network =
        kept.expect("the first epoch is kept until a better one comes");
    Stopped {
        network,
        epoch,
        reports,
    }
}
// ANCHOR_END: train_with_early_stopping
