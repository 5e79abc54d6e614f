//! The ordered parallel map: inputs are worked on by all cores and their
//! results handed on in input order as they arrive, so that the output is the
//! same every run and only the results waiting for an earlier input are held.
//!
//! (rayon's ordered iterators collect every result before handing any on, and
//! its `par_bridge` gives up the order: neither keeps both the order and the
//! memory bound, so this small pool stays.)

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// Each worker sends its results in batches of up to this many: a message
/// wakes the consuming thread, and a wake-up per small file cost more than the file.
const BATCH: usize = 16;

/// How far (in inputs) a worker may run ahead of the result handed on next, per thread.
const WINDOW_PER_THREAD: usize = 64;

/// Runs `work(k)` for every `k` in `0..count` on `threads` threads and calls
/// `sink(k, result)` on the calling thread in the order of `k`. Workers run at
/// most `threads * 64` inputs ahead of the one handed on next, so that one slow
/// input cannot make the others' results pile up in memory; a result for
/// which `heavy` is true (one holding a whole text) is sent at once rather
/// than batched.
pub fn ordered_map<T: Send>(
    count: usize,
    threads: usize,
    work: impl Fn(usize) -> T + Sync,
    heavy: impl Fn(&T) -> bool + Sync,
    mut sink: impl FnMut(usize, T),
) {
    let threads = threads.clamp(1, count.max(1));
    let window = threads * WINDOW_PER_THREAD;
    // (the next input to hand on, how many workers wait for it to move on)
    let handed = (Mutex::new((0usize, 0usize)), Condvar::new());
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<Vec<(usize, T)>>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, work, heavy, handed) = (&next, &work, &heavy, &handed);
            scope.spawn(move || {
                let mut batch = Vec::with_capacity(BATCH);
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    if k >= count {
                        break;
                    }
                    {
                        let (lock, turn) = handed;
                        let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
                        if k >= state.0 + window && !batch.is_empty() {
                            // what this worker holds may be what the consumer
                            // waits for: send it before waiting
                            drop(state);
                            if tx.send(std::mem::take(&mut batch)).is_err() {
                                return;
                            }
                            state = lock.lock().unwrap_or_else(|e| e.into_inner());
                        }
                        while k >= state.0 + window {
                            state.1 += 1;
                            state = turn.wait(state).unwrap_or_else(|e| e.into_inner());
                            state.1 -= 1;
                        }
                    }
                    let result = work(k);
                    let now = heavy(&result);
                    batch.push((k, result));
                    if (now || batch.len() >= BATCH) && tx.send(std::mem::take(&mut batch)).is_err()
                    {
                        return;
                    }
                }
                if !batch.is_empty() {
                    let _ = tx.send(batch);
                }
            });
        }
        drop(tx);
        let mut pending: BTreeMap<usize, T> = BTreeMap::new();
        let mut due = 0;
        for (k, result) in rx.into_iter().flatten() {
            pending.insert(k, result);
            while let Some(result) = pending.remove(&due) {
                due += 1;
                let (lock, turn) = &handed;
                let waiting = {
                    let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
                    state.0 = due;
                    state.1
                };
                // wake the workers only when one waits (a wake-up is a system call)
                if waiting > 0 {
                    turn.notify_all();
                }
                sink(due - 1, result);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::ordered_map;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn results_come_in_input_order_whatever_order_they_finish_in() {
        let mut seen = Vec::new();
        // early inputs are the slow ones: they finish last
        ordered_map(
            300,
            4,
            |k| {
                if k % 50 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                k * 2
            },
            |v| v % 3 == 0,
            |k, v| seen.push((k, v)),
        );
        let expected: Vec<(usize, usize)> = (0..300).map(|k| (k, k * 2)).collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn workers_never_run_more_than_the_window_ahead() {
        let done = AtomicUsize::new(0);
        let mut most_ahead = 0;
        ordered_map(
            2000,
            2,
            |k| {
                // input 0 is slow: the others must wait for it once the window is full
                if k == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                done.fetch_add(1, Ordering::SeqCst);
            },
            |()| false,
            |k, ()| most_ahead = most_ahead.max(done.load(Ordering::SeqCst) - k),
        );
        assert!(
            most_ahead <= 2 * super::WINDOW_PER_THREAD + 1,
            "{most_ahead}"
        );
    }

    #[test]
    fn no_input_is_no_work() {
        let mut calls = 0;
        ordered_map(0, 4, |_| (), |()| true, |_, ()| calls += 1);
        assert_eq!(calls, 0);
    }
}
