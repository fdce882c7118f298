//! Which vector instructions a compiled copy of a loop may use, and which
//! of them this CPU has.

/// A family of vector instructions that [`fast`](super) compiles each loop
/// for. The wider the registers, the more numbers one instruction handles:
/// AVX-512 works on eight `f64`s at once, AVX2 on four, and the baseline
/// that every x86-64 CPU has (SSE2) on two.
///
/// ```
/// use activation_and_loss::fast::InstructionSet;
///
/// // The baseline runs everywhere, so it is always in the list.
/// assert!(InstructionSet::supported().contains(&InstructionSet::Baseline));
/// assert!(InstructionSet::best().is_supported());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InstructionSet {
    /// AVX-512 Foundation: 512-bit registers, eight `f64`s, with fused
    /// multiply-add (FMA) instructions.
    Avx512,
    /// AVX2: 256-bit registers, four `f64`s, with the FMA instructions
    /// that every CPU with AVX2 also has (it is asked for both).
    Avx2,
    /// Whatever the build targets by default: SSE2 on x86-64, the plain
    /// instructions elsewhere. SSE2 has no fused multiply-add, so on
    /// x86-64 this copy calls `fma` in Rust's runtime library for each one
    /// (the FMA instruction if the CPU has it, else a software routine):
    /// the same bits as the other copies, several times slower.
    Baseline,
}

impl InstructionSet {
    /// Every set, widest first.
    pub const ALL: [InstructionSet; 3] =
        [Self::Avx512, Self::Avx2, Self::Baseline];

    /// Whether this CPU can run code compiled for `self`. The CPU is asked
    /// once; the answer is remembered, so asking again costs a load.
    ///
    /// ```
    /// use activation_and_loss::fast::InstructionSet;
    ///
    /// assert!(InstructionSet::Baseline.is_supported());
    /// ```
    pub fn is_supported(self) -> bool {
        match self {
            #[cfg(target_arch = "x86_64")]
            Self::Avx512 => {
                std::arch::is_x86_feature_detected!("avx512f")
                    && std::arch::is_x86_feature_detected!("fma")
            }
            #[cfg(target_arch = "x86_64")]
            Self::Avx2 => {
                std::arch::is_x86_feature_detected!("avx2")
                    && std::arch::is_x86_feature_detected!("fma")
            }
            #[cfg(not(target_arch = "x86_64"))]
            Self::Avx512 | Self::Avx2 => false,
            Self::Baseline => true,
        }
    }

    /// The sets this CPU supports, widest first.
    ///
    /// ```
    /// use activation_and_loss::fast::InstructionSet;
    ///
    /// let sets = InstructionSet::supported();
    /// assert_eq!(sets.last(), Some(&InstructionSet::Baseline));
    /// ```
    pub fn supported() -> Vec<InstructionSet> {
        Self::ALL
            .into_iter()
            .filter(|set| set.is_supported())
            .collect()
    }

    /// The widest set this CPU supports: the one the `fast` functions use.
    ///
    /// ```
    /// use activation_and_loss::fast::InstructionSet;
    ///
    /// assert_eq!(InstructionSet::best(), InstructionSet::supported()[0]);
    /// ```
    pub fn best() -> InstructionSet {
        // The baseline is always supported, so the search always succeeds.
        Self::ALL
            .into_iter()
            .find(|set| set.is_supported())
            .unwrap_or(Self::Baseline)
    }
}
