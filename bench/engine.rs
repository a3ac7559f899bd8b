//! Native engine throughput, with criterion: about 1 MB of article text annotated against
//! a 1,000-entity glossary, glossary matching alone and with every finder on.
//!
//! `cargo bench --bench engine` prints MB/s (criterion's "thrpt").

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gloss_cli::json::article_from_json;
use gloss_engine::{annotate_runs, Options, Run, RunPlace};
use gloss_model::{Entity, Kind};

/// The demo article's paragraphs, repeated to about 1 MB.
fn corpus() -> Vec<String> {
    let article = article_from_json(include_str!("../www/demo/article.json"))
        .unwrap()
        .value;
    let paragraphs: Vec<String> = article
        .body
        .iter()
        .flat_map(|b| {
            b.texts()
                .into_iter()
                .map(|rich| rich.text.clone())
                .collect::<Vec<_>>()
        })
        .collect();
    let mut out = Vec::new();
    let mut size = 0;
    while size < 1_000_000 {
        for p in &paragraphs {
            size += p.len();
            out.push(p.clone());
        }
    }
    out
}

/// The demo glossary plus made-up names up to 1,000 entities, with aliases.
pub fn glossary(count: usize) -> Vec<Entity> {
    let article = article_from_json(include_str!("../www/demo/article.json"))
        .unwrap()
        .value;
    let mut entities = article.entities;
    const FIRST: &[&str] = &[
        "Northern", "Royal", "United", "Central", "Pacific", "Eastern", "National", "Free",
        "Grand", "New",
    ];
    const SECOND: &[&str] = &[
        "Harbour",
        "Council",
        "Bank",
        "Union",
        "Railway",
        "Museum",
        "League",
        "Theatre",
        "Institute",
        "Press",
    ];
    const THIRD: &[&str] = &[
        "Alder", "Birch", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Heron", "Iris",
        "Juniper",
    ];
    let mut n = 0;
    while entities.len() < count {
        let (a, b, c) = (FIRST[n % 10], SECOND[(n / 10) % 10], THIRD[(n / 100) % 10]);
        entities.push(Entity {
            id: format!("synthetic-{n}"),
            name: format!("{c} {a} {b}"),
            kind: Kind::Organization,
            aliases: vec![format!("{c}{a}"), format!("{a} {b} of {c}")],
            ..Entity::default()
        });
        n += 1;
    }
    entities
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let runs: Vec<Run> = texts
        .iter()
        .enumerate()
        .map(|(block, text)| Run::new(RunPlace::Body { block, item: 0 }, text))
        .collect();
    let entities = glossary(1000);
    let mut group = c.benchmark_group("engine");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("glossary matching, 1,000 entities", |b| {
        b.iter(|| annotate_runs(&runs, &entities, &Options::glossary_only()))
    });
    // The fixed cost inside every figure above: building the matcher for the glossary.
    let empty: Vec<Run> = vec![Run::new(RunPlace::Body { block: 0, item: 0 }, "x")];
    group.bench_function("setup only, 1,000 entities", |b| {
        b.iter(|| annotate_runs(&empty, &entities, &Options::glossary_only()))
    });
    group.bench_function("every finder, 1,000 entities", |b| {
        b.iter(|| annotate_runs(&runs, &entities, &Options::default()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
