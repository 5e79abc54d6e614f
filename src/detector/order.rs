//! Putting a scan's findings in order, (start, end, rule id), without moving
//! the findings more than once: each rule's findings come out sorted, so the
//! order is found by merging the rules' runs of small integer keys, and the
//! findings are then moved once into a vector of the exact size (or not at
//! all when they are in order already). The keys are made by the scan as each
//! rule finishes, while its findings are still in the cache.

use crate::finding::{Category, Finding, Severity, SmallList};
use std::borrow::Cow;

/// A finding's sort key: start, end, the rank of its rule id among all ids,
/// and its index in the unsorted list (which keeps the sort stable).
#[inline]
fn key(f: &Finding, rank: u32, index: usize) -> Option<u128> {
    let start = u32::try_from(f.span.start).ok()?;
    let end = u32::try_from(f.span.end).ok()?;
    let index = u32::try_from(index).ok()?;
    Some(
        u128::from(start) << 96
            | u128::from(end) << 64
            | u128::from(rank) << 32
            | u128::from(index),
    )
}

/// What stands in the unsorted list for a finding moved out of it.
fn placeholder() -> Finding {
    Finding {
        rule: "",
        category: Category::Punctuation,
        severity: Severity::Info,
        message: Cow::Borrowed(""),
        span: 0..0,
        fixes: SmallList::new(),
    }
}

/// The buffers ordering needs, kept between scans.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    keys: Vec<u128>,
    merged: Vec<u128>,
    /// Where each rule's run of keys starts, and where the last one ends.
    bounds: Vec<usize>,
    /// Whether every run's findings came in the order of their keys.
    runs_in_order: bool,
}

impl Buffers {
    /// The bytes the buffers hold on to.
    pub(crate) fn capacity_bytes(&self) -> usize {
        (self.keys.capacity() + self.merged.capacity()) * std::mem::size_of::<u128>()
            + self.bounds.capacity() * std::mem::size_of::<usize>()
    }
}

/// The findings of `raw` (emptied) in order, (start, end, rule id) with ties in
/// their order in `raw`, each (span, rule) once: the first. `runs` are the
/// ranges of `raw` that one rule each produced, with the rank of that rule's
/// id among all ids. `rank_of` gives the rank of any other id a finding holds.
/// `None` (and `raw` untouched) when a span or the count does not fit the
/// keys (texts of 4 GiB and more).
#[cfg(test)]
pub(crate) fn sorted(
    raw: &mut Vec<Finding>,
    runs: &[(std::ops::Range<usize>, &'static str, u32)],
    rank_of: impl Fn(&str) -> Option<u32>,
    buffers: &mut Buffers,
) -> Option<Vec<Finding>> {
    buffers.start();
    for (range, id, rank) in runs {
        for (i, f) in raw[range.clone()].iter().enumerate() {
            buffers.push_key(f, id, *rank, range.start + i, &rank_of)?;
        }
        buffers.end_run();
    }
    buffers.sorted(raw)
}

impl Buffers {
    /// Starts the keys of a new scan.
    pub(crate) fn start(&mut self) {
        self.keys.clear();
        self.bounds.clear();
        self.bounds.push(0);
        self.runs_in_order = true;
    }

    /// The key of finding `f`, at `index` in the unsorted list, from a rule
    /// whose id is `id` with rank `rank` (`rank_of` for any other id the
    /// finding holds). `None` when the span, the count or the id does not fit
    /// a key: then the findings must be ordered another way.
    #[inline]
    pub(crate) fn push_key(
        &mut self,
        f: &Finding,
        id: &'static str,
        rank: u32,
        index: usize,
        rank_of: impl Fn(&str) -> Option<u32>,
    ) -> Option<()> {
        // (the same static string, as a rule's findings hold: no byte comparison)
        let same = std::ptr::eq(f.rule, id) || f.rule == id;
        let rank = if same { rank } else { rank_of(f.rule)? };
        self.keys.push(key(f, rank, index)?);
        Some(())
    }

    /// Ends the run of keys of one rule's findings.
    pub(crate) fn end_run(&mut self) {
        let first = self.bounds.last().copied().unwrap_or(0);
        // (a rule's findings come out sorted, or nearly: its own run sorted alone)
        if !self.keys[first..].is_sorted() {
            self.keys[first..].sort_unstable();
            self.runs_in_order = false;
        }
        self.bounds.push(self.keys.len());
    }

    /// The findings of `raw` (emptied) in the order of the keys pushed since
    /// [`start`](Buffers::start), one key for each finding of `raw`, each
    /// (span, rule) once: the first. `None` (and `raw` untouched) when the keys
    /// are not one for each finding.
    pub(crate) fn sorted(&mut self, raw: &mut Vec<Finding>) -> Option<Vec<Finding>> {
        let Buffers {
            keys,
            merged,
            bounds,
            runs_in_order,
        } = self;
        if keys.len() != raw.len() {
            return None;
        }
        let starts: Vec<usize> = bounds[..bounds.len().saturating_sub(1)].to_vec();
        merge_runs(keys, bounds, merged);
        // already in order, with no repeat: the list as it stands
        let identity = keys.iter().enumerate().all(|(i, &k)| {
            (k & u128::from(u32::MAX)) as usize == i && (i == 0 || keys[i - 1] >> 32 != k >> 32)
        });
        if identity {
            return Some(std::mem::take(raw));
        }
        let mut out = Vec::with_capacity(keys.len());
        let index_of = |k: u128| (k & u128::from(u32::MAX)) as usize;
        if *runs_in_order && starts.len() <= 64 {
            // Each run's findings are in order: the runs are cut apart (each a
            // bulk copy) and merged by taking the next finding of the run the
            // next key names. No finding is left behind to drop.
            let ends: Vec<usize> = starts[1..]
                .iter()
                .copied()
                .chain(std::iter::once(keys.len()))
                .collect();
            let mut tails: Vec<Vec<Finding>> = starts[1..]
                .iter()
                .rev()
                .map(|&at| raw.split_off(at))
                .collect();
            tails.reverse();
            let mut runs: Vec<std::vec::Drain<'_, Finding>> = std::iter::once(raw.drain(..))
                .chain(tails.iter_mut().map(|t| t.drain(..)))
                .collect();
            // the index of each run's next finding (past the end: one that no
            // key holds, so that an emptied run is never taken for the next)
            let mut next = starts;
            let mut last = None;
            for &k in keys.iter() {
                let index = index_of(k);
                let r = next.iter().position(|&n| n == index)?;
                next[r] = if index + 1 < ends[r] {
                    index + 1
                } else {
                    usize::MAX
                };
                let f = runs[r].next()?;
                // the same span and rule as the finding before: only the first counts
                if last == Some(k >> 32) {
                    continue;
                }
                last = Some(k >> 32);
                out.push(f);
            }
        } else {
            let mut last = None;
            for &k in keys.iter() {
                if last == Some(k >> 32) {
                    continue;
                }
                last = Some(k >> 32);
                out.push(std::mem::replace(&mut raw[index_of(k)], placeholder()));
            }
        }
        raw.clear();
        Some(out)
    }
}

/// Merges the sorted runs of `keys` (between consecutive `bounds`) pairwise
/// until one is left, using `spare` as the second buffer.
fn merge_runs(keys: &mut Vec<u128>, bounds: &mut Vec<usize>, spare: &mut Vec<u128>) {
    while bounds.len() > 2 {
        spare.clear();
        let mut next = vec![0];
        for pair in bounds[..].windows(3).step_by(2) {
            let (a, b) = (&keys[pair[0]..pair[1]], &keys[pair[1]..pair[2]]);
            let (mut i, mut j) = (0, 0);
            while i < a.len() && j < b.len() {
                if b[j] < a[i] {
                    spare.push(b[j]);
                    j += 1;
                } else {
                    spare.push(a[i]);
                    i += 1;
                }
            }
            spare.extend_from_slice(&a[i..]);
            spare.extend_from_slice(&b[j..]);
            next.push(spare.len());
        }
        // an odd run out stays as it is
        if bounds.len() % 2 == 0 {
            let last = bounds[bounds.len() - 2];
            spare.extend_from_slice(&keys[last..]);
            next.push(spare.len());
        }
        std::mem::swap(keys, spare);
        *bounds = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const IDS: [&str; 3] = ["a/x", "b/y", "c/z"];

    proptest! {
        /// The order and the kept findings are those of a stable sort by
        /// (start, end, rule) followed by dropping repeats of (span, rule).
        #[test]
        fn sorted_is_a_stable_sort_then_dedup(
            runs in prop::collection::vec(
                (0usize..3, prop::collection::vec((0usize..30, 0usize..4), 0..25), any::<bool>()),
                0..6,
            )
        ) {
            let mut raw = Vec::new();
            let mut ranges = Vec::new();
            for (rule, spans, presorted) in runs {
                let mut spans = spans;
                if presorted {
                    spans.sort_unstable();
                }
                let before = raw.len();
                for (start, len) in spans {
                    let mut f = placeholder();
                    f.rule = IDS[rule];
                    f.span = start..start + len;
                    f.message = Cow::Owned(format!("{}", raw.len()));
                    raw.push(f);
                }
                if raw.len() > before {
                    ranges.push((before..raw.len(), IDS[rule], rule as u32));
                }
            }
            let mut expected = raw.clone();
            expected.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
            expected.dedup_by(|a, b| a.span == b.span && a.rule == b.rule);
            let rank_of = |id: &str| IDS.iter().position(|&x| x == id).map(|i| i as u32);
            let got = sorted(&mut raw, &ranges, rank_of, &mut Buffers::default()).unwrap();
            prop_assert_eq!(got, expected);
            prop_assert!(raw.is_empty());
        }

        /// Runs in order, merged so that a run is used up just before the
        /// next one's first finding comes (an emptied run must not be taken
        /// for the run that follows it).
        #[test]
        fn an_emptied_run_is_not_taken_for_the_next(starts in prop::collection::vec(0usize..4, 3..7)) {
            let mut raw = Vec::new();
            let mut ranges = Vec::new();
            // run i holds one finding at `starts[i]`, in rule order
            for (i, &start) in starts.iter().enumerate() {
                let mut f = placeholder();
                f.rule = IDS[i % 3];
                f.span = start..start + 1 + i;
                f.message = Cow::Owned(format!("{i}"));
                raw.push(f);
                ranges.push((i..i + 1, IDS[i % 3], (i % 3) as u32));
            }
            let mut expected = raw.clone();
            expected.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
            expected.dedup_by(|a, b| a.span == b.span && a.rule == b.rule);
            let rank_of = |id: &str| IDS.iter().position(|&x| x == id).map(|i| i as u32);
            let got = sorted(&mut raw, &ranges, rank_of, &mut Buffers::default());
            prop_assert_eq!(got, Some(expected));
        }

        /// Merging the runs gives what sorting the whole does.
        #[test]
        fn merged_runs_are_sorted(runs in prop::collection::vec(prop::collection::vec(0u128..50, 0..20), 0..9)) {
            let mut keys = Vec::new();
            let mut bounds = vec![0];
            for mut run in runs {
                run.sort_unstable();
                keys.extend(run);
                bounds.push(keys.len());
            }
            let mut expected = keys.clone();
            expected.sort_unstable();
            merge_runs(&mut keys, &mut bounds, &mut Vec::new());
            prop_assert_eq!(keys, expected);
        }
    }
}
