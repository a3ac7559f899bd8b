//! Running a pass over every core: `run_parallel` spreads the articles over worker threads
//! with `std::thread::scope` and hands the results on in input order, reading ahead only
//! a window of articles so that memory does not grow with the archive; `Progress` prints
//! a pass's progress on stderr.

use super::input::{each_input, Input, StdinSource};
use std::collections::BTreeMap;
use std::sync::{mpsc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// Runs `work` on every input on `threads` threads and hands each result to `merge` in
/// input order. At most a window of inputs per thread is read ahead of the merge, so
/// memory does not grow with the archive.
pub(super) fn run_parallel<R: Send>(
    inputs: &[String],
    stdin: &mut StdinSource,
    threads: usize,
    work: impl Fn(Input) -> R + Sync,
    mut merge: impl FnMut(R) + Send,
) -> Result<(), String> {
    let window = threads * 8;
    let (job_sender, job_receiver) = mpsc::sync_channel::<(usize, Input)>(threads * 2);
    let job_receiver = Mutex::new(job_receiver);
    let (result_sender, result_receiver) = mpsc::channel::<(usize, R)>();
    // How many results have been merged, for the reader to stay within the window.
    let merged = (Mutex::new(0usize), Condvar::new());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let result_sender = result_sender.clone();
            let (job_receiver, work) = (&job_receiver, &work);
            scope.spawn(move || loop {
                let job = job_receiver.lock().map(|r| r.recv());
                let Ok(Ok((seq, input))) = job else {
                    return;
                };
                if result_sender.send((seq, work(input))).is_err() {
                    return;
                }
            });
        }
        drop(result_sender);
        // The merge runs on a thread of its own, and the inputs are read on this one
        // (stdin's lock cannot move between threads).
        let merged_ref = &merged;
        let merger = scope.spawn(move || {
            let mut waiting = BTreeMap::new();
            let mut next = 0;
            for (seq, result) in result_receiver {
                waiting.insert(seq, result);
                while let Some(result) = waiting.remove(&next) {
                    merge(result);
                    next += 1;
                    let (lock, wake) = merged_ref;
                    *lock.lock().unwrap_or_else(|e| e.into_inner()) = next;
                    wake.notify_all();
                }
            }
        });
        let mut seq = 0;
        let result = each_input(inputs, stdin, &mut |input| {
            let (lock, wake) = &merged;
            let mut done = lock.lock().unwrap_or_else(|e| e.into_inner());
            while seq >= *done + window {
                done = wake.wait(done).unwrap_or_else(|e| e.into_inner());
            }
            drop(done);
            let sent = job_sender.send((seq, input)).is_ok();
            seq += 1;
            sent
        });
        drop(job_sender);
        if merger.join().is_err() {
            return Err("the merge panicked".into());
        }
        result
    })
}

/// Progress on stderr, every two seconds and at the end of a pass.
pub(super) struct Progress {
    pass: &'static str,
    quiet: bool,
    started: Instant,
    last: Instant,
}

impl Progress {
    pub(super) fn new(pass: &'static str, quiet: bool) -> Progress {
        let now = Instant::now();
        Progress {
            pass,
            quiet,
            started: now,
            last: now,
        }
    }

    pub(super) fn tick(&mut self, articles: usize, entities: usize) {
        if !self.quiet && self.last.elapsed() >= Duration::from_secs(2) {
            self.last = Instant::now();
            self.print(articles, entities);
        }
    }

    pub(super) fn done(&self, articles: usize, entities: usize) {
        if !self.quiet {
            self.print(articles, entities);
        }
    }

    fn print(&self, articles: usize, entities: usize) {
        let seconds = self.started.elapsed().as_secs_f64();
        eprintln!(
            "gloss: {}: {articles} articles in {seconds:.1} s ({:.0} a second), {entities} entities",
            self.pass,
            articles as f64 / seconds.max(1e-9)
        );
    }
}
