//! Independent training runs side by side, one thread per core: a run
//! depends only on its own seed and setting, so running several at once
//! changes how long they take, never what they compute.

/// `f` of each of `items`, in the order of `items`, computed on as many
/// threads as the machine has cores (one thread per share of the items).
///
/// A panic in `f` is passed on to the caller once every thread has ended.
///
/// ```
/// use training_that_works::parallel::map_in_parallel;
///
/// let squares = map_in_parallel(&[1, 2, 3, 4, 5], |&n| n * n);
/// assert_eq!(squares, [1, 4, 9, 16, 25]);
/// ```
pub fn map_in_parallel<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let share = items.len().div_ceil(cores).max(1);
    let f = &f;
    std::thread::scope(|scope| {
        let threads: Vec<_> = items
            .chunks(share)
            .map(|part| {
                scope.spawn(move || part.iter().map(f).collect::<Vec<R>>())
            })
            .collect();
        threads
            .into_iter()
            .flat_map(|thread| {
                thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}
