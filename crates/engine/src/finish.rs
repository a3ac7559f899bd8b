//! The last step: token matches become located mentions (byte, UTF-16 and character
//! offsets), each entity gets its mention list, found entities that ended up with no
//! mention are dropped, and found entities get their ids.

use crate::entities::unique_id;
use crate::{AnnotatedRun, Annotation, EntityInfo, Mention, Run};
use gloss_base::pause::{pause_point, Clock};
use gloss_base::StringMap;

/// A match as a byte range of its run.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ByteSpan {
    pub entity: usize,
    pub start: usize,
    pub end: usize,
}

/// Every run's matches as byte spans, end to end: one allocation for the article rather
/// than one per run.
pub(crate) struct Spans {
    pub spans: Vec<ByteSpan>,
    /// Where each run's spans end in `spans`.
    pub run_ends: Vec<usize>,
}

impl Spans {
    fn of_run(&self, run: usize) -> &[ByteSpan] {
        let start = run.checked_sub(1).map_or(0, |before| self.run_ends[before]);
        &self.spans[start..self.run_ends[run]]
    }
}

/// Turns token matches into located mentions, fills each entity's mention list, drops
/// found entities that ended up with no mention, and gives found entities their ids.
pub(crate) async fn finish(
    runs: &[Run<'_>],
    spans: &Spans,
    mut entities: Vec<EntityInfo>,
    clock: &dyn Clock,
) -> Annotation {
    let mut mention_counts = vec![0usize; entities.len()];
    for m in &spans.spans {
        mention_counts[m.entity] += 1;
    }
    let mut new_index = vec![usize::MAX; entities.len()];
    let mut kept = Vec::with_capacity(entities.len());
    // Found entities need ids unlike any glossary id; with none found, there is no need
    // to gather the glossary's. Plain loops: smaller in the wasm than iterators collected.
    let mut used_ids = StringMap::default();
    if entities.iter().any(|e| e.found_as_name().is_some()) {
        for entity in entities.iter().filter(|e| e.found_as_name().is_none()) {
            used_ids.insert(entity.id.clone(), 0);
        }
    }
    for (old, mut entity) in entities.drain(..).enumerate() {
        // A found entity that ended up with no mention is dropped.
        if entity.found_as_name().is_some() {
            if mention_counts[old] == 0 {
                continue;
            }
            entity.id = unique_id(&entity.name, &mut used_ids);
        }
        new_index[old] = kept.len();
        entity.mentions.reserve_exact(mention_counts[old]);
        kept.push(entity);
    }
    let mut annotated = Vec::with_capacity(runs.len());
    for (run_index, run) in runs.iter().enumerate() {
        pause_point(clock).await;
        let located = locate(run.text, spans.of_run(run_index), &new_index);
        for (mention_index, mention) in located.iter().enumerate() {
            kept[mention.entity]
                .mentions
                .push((run_index, mention_index));
        }
        annotated.push(AnnotatedRun {
            place: run.place,
            mentions: located,
        });
    }
    Annotation {
        runs: annotated,
        entities: kept,
    }
}

/// Adds UTF-16 and scalar offsets to byte spans, in one pass over the run.
fn locate(text: &str, spans: &[ByteSpan], new_index: &[usize]) -> Vec<Mention> {
    let mut located = Vec::with_capacity(spans.len());
    let mut byte = 0;
    let mut utf16 = 0;
    let mut chars = 0;
    let mut advance = |to: usize| {
        let skipped = &text[byte..to];
        if skipped.is_ascii() {
            utf16 += skipped.len();
            chars += skipped.len();
        } else {
            for c in skipped.chars() {
                utf16 += c.len_utf16();
                chars += 1;
            }
        }
        byte = to;
        (utf16, chars)
    };
    for span in spans {
        let (start_utf16, start_char) = advance(span.start);
        let (end_utf16, end_char) = advance(span.end);
        located.push(Mention {
            entity: new_index[span.entity],
            start: span.start,
            end: span.end,
            start_utf16,
            end_utf16,
            start_char,
            end_char,
        });
    }
    located
}
