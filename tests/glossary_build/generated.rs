//! On a generated corpus: the same output across runs and thread counts, and the share
//! of defined entities that get their definition.

use crate::{config, corpus, entry, run, scratch, Value};

#[test]
fn output_is_the_same_across_runs_and_thread_counts() {
    let dir = scratch("determinism");
    let mut lines = Vec::new();
    corpus::generate(120, 7, 1500, |line| lines.push(line.to_owned()));
    for (index, line) in lines.iter().enumerate() {
        // Files in a directory tree, a JSON Lines file, and nested directories.
        let sub = dir.join(format!("{:02}", index % 3));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(format!("story-{index}.json")), line).unwrap();
    }
    let mut outputs = Vec::new();
    for threads in [1, 3, 2, 1] {
        let mut config = config(&[&dir]);
        config.threads = threads;
        outputs.push(run(&config).1);
    }
    assert!(
        outputs.windows(2).all(|w| w[0] == w[1]),
        "the outputs differ"
    );
    let glossary: Value = serde_json::from_str(&outputs[0]).unwrap();
    let ids: Vec<&str> = glossary["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(ids, sorted, "ids are unique and sorted");
}

/// On a generated archive with known definitions, at least 95% of the entities defined
/// somewhere get that definition.
#[test]
fn defined_entities_get_their_definition() {
    let dir = scratch("coverage");
    let file = dir.join("corpus.jsonl");
    let mut text = String::new();
    let truth = corpus::generate(600, 3, 2000, |line| {
        text.push_str(line);
        text.push('\n');
    });
    std::fs::write(&file, text).unwrap();
    let (glossary, _) = run(&config(&[&file]));
    let defined: Vec<&corpus::Truth> = truth.iter().filter(|t| t.defined_in > 0).collect();
    let mut missed = Vec::new();
    for t in &defined {
        let summary = entry(&glossary, &t.name)
            .and_then(|e| e["summary"].as_str())
            .unwrap_or("");
        if !summary
            .to_lowercase()
            .contains(&t.definition.to_lowercase())
        {
            missed.push(format!("{} ({}): {summary:?}", t.name, t.definition));
        }
    }
    let share = 1.0 - missed.len() as f64 / defined.len() as f64;
    eprintln!(
        "{} of {} defined entities got their definition ({:.1}%)",
        defined.len() - missed.len(),
        defined.len(),
        share * 100.0
    );
    assert!(defined.len() >= 100, "{}", defined.len());
    assert!(share >= 0.95, "{share}: missed {missed:#?}");
}
