//! What an optimiser remembers: one array per parameter, shaped like it.

use ndarray::{ArrayD, ArrayViewMutD};

/// What an optimiser remembers between steps: one array per parameter,
/// zeros made at the first step, and at every later step the same arrays,
/// after checking that the parameters still have their shapes.
///
/// ```
/// use ndarray::array;
/// use training_that_works::optimiser::Memory;
///
/// let mut memory = Memory::default();
/// let mut x = array![1.0, 2.0];
/// let velocity = memory.for_parameters(&[x.view_mut().into_dyn()]);
/// assert_eq!(velocity[0].shape(), [2]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Memory(Vec<ArrayD<f64>>);

impl Memory {
    /// The arrays for `parameters`, made on first use.
    ///
    /// # Panics
    /// If the parameters are not those of the first call (their number or a
    /// shape differs).
    ///
    /// ```
    /// use ndarray::array;
    /// use training_that_works::optimiser::Memory;
    ///
    /// let mut memory = Memory::default();
    /// let mut x = array![[1.0, 2.0]];
    /// memory.for_parameters(&[x.view_mut().into_dyn()])[0][[0, 1]] = 5.0;
    /// assert_eq!(memory.for_parameters(&[x.view_mut().into_dyn()])[0][[0, 1]], 5.0);
    /// ```
    pub fn for_parameters(
        &mut self,
        parameters: &[ArrayViewMutD<'_, f64>],
    ) -> &mut [ArrayD<f64>] {
        if self.0.is_empty() {
            self.0 = parameters
                .iter()
                .map(|p| ArrayD::zeros(p.raw_dim()))
                .collect();
        }
        let same = self.0.len() == parameters.len()
            && self
                .0
                .iter()
                .zip(parameters)
                .all(|(m, p)| m.shape() == p.shape());
        assert!(
            same,
            "this optimiser remembers {} parameters shaped {:?}; it was given {} shaped {:?}",
            self.0.len(),
            self.0
                .iter()
                .map(|m| m.shape().to_vec())
                .collect::<Vec<_>>(),
            parameters.len(),
            parameters
                .iter()
                .map(|p| p.shape().to_vec())
                .collect::<Vec<_>>()
        );
        &mut self.0
    }
}
