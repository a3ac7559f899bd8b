//! Pausing long work so that a browser stays responsive.
//!
//! The long passes (reading a 5 MB article, annotating it, building its DOM) are written
//! as `async` functions that await a [`pause_point`] between units of work: a run, a
//! block, an entity. Nothing else about them is asynchronous. In the browser the embed
//! layer polls the whole job once per slice with a [`Clock`] whose time runs out after a
//! few milliseconds, so the job stops at the next pause point and the page gets the main
//! thread back; natively, [`run_to_end`] polls with a clock that never runs out, so the
//! same code runs straight through.
//!
//! This needs no async runtime and no threads: a pause point is a future that is pending
//! exactly once, and the poller is a loop.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// Says whether the current slice of work has used up its time.
pub trait Clock {
    fn time_up(&self) -> bool;
}

/// A clock whose time never runs out: work runs to the end in one go.
pub struct Unlimited;

impl Clock for Unlimited {
    fn time_up(&self) -> bool {
        false
    }
}

/// Awaited between units of work: pauses the job when `clock`'s time is up.
pub fn pause_point(clock: &dyn Clock) -> PausePoint {
    PausePoint {
        pending: clock.time_up(),
    }
}

/// Ends the current slice at once, whatever time is left.
pub fn pause_now() -> PausePoint {
    PausePoint { pending: true }
}

/// A future that is pending once if the slice's time was up when it was made.
pub struct PausePoint {
    pending: bool,
}

impl Future for PausePoint {
    type Output = ();

    fn poll(mut self: std::pin::Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if std::mem::take(&mut self.pending) {
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    }
}

/// Polls a job once: one slice of its work. The job is woken by being polled again, so
/// the waker does nothing.
pub fn poll_once<F: Future + ?Sized>(job: std::pin::Pin<&mut F>) -> Poll<F::Output> {
    job.poll(&mut Context::from_waker(Waker::noop()))
}

/// Runs a job to the end. With the [`Unlimited`] clock that is one poll; with any other,
/// as many as the job pauses.
pub fn run_to_end<F: Future>(job: F) -> F::Output {
    let mut job = pin!(job);
    loop {
        if let Poll::Ready(output) = poll_once(job.as_mut()) {
            return output;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// A clock whose time is up every other time it is asked.
    struct EveryOther(Cell<bool>);

    impl Clock for EveryOther {
        fn time_up(&self) -> bool {
            self.0.set(!self.0.get());
            self.0.get()
        }
    }

    async fn count(clock: &dyn Clock, to: usize) -> usize {
        let mut done = 0;
        for _ in 0..to {
            pause_point(clock).await;
            done += 1;
        }
        done
    }

    #[test]
    fn a_job_pauses_when_the_clock_says_so_and_finishes_when_polled_again() {
        let clock = EveryOther(Cell::new(false));
        let mut job = std::pin::pin!(count(&clock, 4));
        let mut polls = 1;
        while poll_once(job.as_mut()).is_pending() {
            polls += 1;
        }
        assert_eq!(polls, 3);
        assert_eq!(run_to_end(count(&Unlimited, 4)), 4);
    }
}
