//! The five optimisers by name, for comparing them in a loop.

use super::{AdaGrad, Adam, Momentum, Optimiser, RmsProp, Sgd};

/// One of the chapter's five optimisers, to be made with a learning rate.
///
/// ```
/// use training_that_works::optimiser::Kind;
///
/// let names: Vec<_> = Kind::ALL.iter().map(|k| k.name()).collect();
/// assert_eq!(names, ["SGD", "Momentum", "AdaGrad", "RMSProp", "Adam"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// [`Sgd`].
    Sgd,
    /// [`Momentum`], with α = 0.9.
    Momentum,
    /// [`AdaGrad`].
    AdaGrad,
    /// [`RmsProp`], with ρ = 0.9.
    RmsProp,
    /// [`Adam`], with β₁ = 0.9, β₂ = 0.999.
    Adam,
}

impl Kind {
    /// All five, in the order the chapter meets them.
    ///
    /// ```
    /// use training_that_works::optimiser::Kind;
    ///
    /// assert_eq!(Kind::ALL.len(), 5);
    /// assert_eq!(Kind::ALL[0], Kind::Sgd);
    /// ```
    pub const ALL: [Kind; 5] = [
        Kind::Sgd,
        Kind::Momentum,
        Kind::AdaGrad,
        Kind::RmsProp,
        Kind::Adam,
    ];

    /// A fresh optimiser of this kind with step size `learning_rate`, its
    /// other settings the usual ones.
    ///
    /// # Panics
    /// If `learning_rate` is not a finite number above 0.
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::optimiser::Kind;
    ///
    /// let mut x = array![1.0];
    /// let mut sgd = Kind::Sgd.with_learning_rate(0.5);
    /// sgd.update(&mut [x.view_mut().into_dyn()], &[array![1.0].view().into_dyn()]);
    /// assert_eq!(x[0], 0.5);
    /// ```
    pub fn with_learning_rate(self, learning_rate: f64) -> Box<dyn Optimiser> {
        match self {
            Kind::Sgd => Box::new(Sgd::new(learning_rate)),
            Kind::Momentum => Box::new(Momentum::new(learning_rate)),
            Kind::AdaGrad => Box::new(AdaGrad::new(learning_rate)),
            Kind::RmsProp => Box::new(RmsProp::new(learning_rate)),
            Kind::Adam => Box::new(Adam::new(learning_rate)),
        }
    }

    /// A function that makes a fresh optimiser of this kind for any
    /// learning rate, as [`tune`](crate::tuning::tune) wants.
    ///
    /// ```
    /// use training_that_works::optimiser::Kind;
    ///
    /// let make = Kind::Momentum.maker();
    /// let mut first = make(0.1);
    /// let mut second = make(0.1);
    /// # let _ = (&mut first, &mut second);
    /// ```
    pub fn maker(self) -> impl Fn(f64) -> Box<dyn Optimiser> {
        move |learning_rate| self.with_learning_rate(learning_rate)
    }

    /// Its usual name.
    ///
    /// ```
    /// assert_eq!(training_that_works::optimiser::Kind::RmsProp.name(), "RMSProp");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Kind::Sgd => "SGD",
            Kind::Momentum => "Momentum",
            Kind::AdaGrad => "AdaGrad",
            Kind::RmsProp => "RMSProp",
            Kind::Adam => "Adam",
        }
    }
}
