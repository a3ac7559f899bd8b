//! The command line: `annotate` output has the documented shape, `check` reports what it
//! promises, and `render` writes escaped HTML.

use gloss_cli::execute;
use serde_json::Value;

fn run(args: &[&str]) -> (String, i32) {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    execute(&args).unwrap()
}

#[test]
fn annotate_prints_entities_and_mentions() {
    let (output, code) = run(&["annotate", "www/demo/article.json"]);
    assert_eq!(code, 0);
    let json: Value = serde_json::from_str(&output).unwrap();
    let entities = json["entities"].as_array().unwrap();
    let ipac = entities.iter().find(|e| e["id"] == "ipac").unwrap();
    assert_eq!(ipac["name"], "Inter-Parliamentary Alliance on China");
    assert_eq!(ipac["kind"], "organization");
    assert_eq!(ipac["source"], "glossary");
    let mentions = json["mentions"].as_array().unwrap();
    let first = mentions.iter().find(|m| m["entity"] == "ipac").unwrap();
    assert_eq!(first["text"], "Inter-Parliamentary Alliance on China");
    let block = first["block"].as_u64().unwrap() as usize;
    let article: Value =
        serde_json::from_str(&std::fs::read_to_string("www/demo/article.json").unwrap()).unwrap();
    let block = &article["body"][block];
    let text: String = match block.as_str() {
        Some(text) => text.to_owned(),
        None => block["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap())
            .collect(),
    };
    let text: Vec<char> = text.chars().collect();
    let (start, end) = (
        first["start"].as_u64().unwrap() as usize,
        first["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text[start..end].iter().collect::<String>(),
        "Inter-Parliamentary Alliance on China"
    );
    assert!(json["title"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["entity"] == "interpol"));
    assert!(json["caption"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["entity"] == "general-assembly"));
}

#[test]
fn annotate_without_glossary_or_finders() {
    let (output, _) = run(&["annotate", "tests/fixtures/minimal.json", "--no-auto"]);
    let json: Value = serde_json::from_str(&output).unwrap();
    assert_eq!(json["entities"].as_array().unwrap().len(), 0);
    let (output, _) = run(&[
        "annotate",
        "tests/fixtures/minimal.json",
        "--glossary",
        "tests/fixtures/glossary.json",
    ]);
    let json: Value = serde_json::from_str(&output).unwrap();
    assert_eq!(
        json["entities"].as_array().unwrap().len(),
        2,
        "site glossary entries are in the table"
    );
}

#[test]
fn each_finder_switches_off_on_its_own() {
    let names = |file: &str, flag: &str| {
        let mut args = vec!["annotate", file];
        if !flag.is_empty() {
            args.push(flag);
        }
        let (output, _) = run(&args);
        let json: Value = serde_json::from_str(&output).unwrap();
        json["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let check_me = "tests/fixtures/check-me.json";
    assert!(names(check_me, "").contains(&"Ministry of Public Security".to_owned()));
    // With the acronym finder off, the long form is still a proper name, but MPS is not defined.
    let (output, _) = run(&["annotate", check_me, "--no-acronyms"]);
    assert!(!output.contains("MPS stands for"), "{output}");
    assert_eq!(names(check_me, "--no-auto"), ["Nobody Mentioned"]);
    let bare = "tests/fixtures/bare-article.json";
    assert!(names(bare, "").contains(&"France".to_owned()));
    assert!(!names(bare, "--no-names").contains(&"France".to_owned()));
}

#[test]
fn check_reports_unused_entries_and_undefined_acronyms() {
    let (report, code) = run(&["check", "tests/fixtures/check-me.json"]);
    assert_eq!(code, 0);
    assert!(
        report.contains("glossary entry \"unused\" (Nobody Mentioned) is never mentioned"),
        "{report}"
    );
    assert!(
        report.contains("acronym WHO is used but never defined or described"),
        "{report}"
    );
    assert!(!report.contains("acronym MPS"), "MPS is defined: {report}");
}

#[test]
fn check_reports_problems_with_positions() {
    let (report, code) = run(&["check", "tests/fixtures/malformed.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        report.trim(),
        "tests/fixtures/malformed.json:4:1: expected a value"
    );
}

#[test]
fn check_reports_every_entry_a_browser_would_skip() {
    let (report, code) = run(&[
        "check",
        "tests/fixtures/bare-article.json",
        "--glossary",
        "tests/fixtures/careless-glossary.json",
    ]);
    assert_eq!(code, 1, "{report}");
    let expected = [
        "tests/fixtures/careless-glossary.json:3:11: [1].id: duplicate entity id \"mps\" (first used at [0]) (a browser skips this entry)",
        "tests/fixtures/careless-glossary.json:4:57: [2].kind: unknown kind \"bureau\"; expected person, organization, place, event, concept, work or other (a browser skips this entry)",
        "tests/fixtures/careless-glossary.json:5:30: [3].name: expected a string, found a number (a browser skips this entry)",
        "tests/fixtures/careless-glossary.json:6:3: [4]: expected an object, found a string (a browser skips this entry)",
        "tests/fixtures/careless-glossary.json:7:130: warning: [5].colour: unknown field, ignored",
    ];
    assert_eq!(report.lines().collect::<Vec<_>>(), expected);
    // The article's own entities too.
    let (report, code) = run(&["check", "tests/fixtures/careless-entities.json"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(
        report.trim(),
        "tests/fixtures/careless-entities.json:6:13: entities[1].id: duplicate entity id \"interpol\" (first used at entities[0]) (a browser skips this entry)"
    );
}

#[test]
fn render_writes_escaped_html() {
    let (html, code) = run(&["render", "tests/fixtures/hostile.json"]);
    assert_eq!(code, 0);
    assert!(html.starts_with("<article class=\"gloss-article\">"));
    // One script, the entity table's (tests/render.rs): none from the input.
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert!(html.contains("<script type=\"application/json\" data-gloss-entities>"));
    assert!(html.contains("&lt;script&gt;window.__glossHacked = 1&lt;/script&gt;"));
    assert!(html.contains("data-gloss-entity=\"x&quot; onmouseover=&quot;window.__glossHacked=8\""));
}

#[test]
fn glossary_build_through_the_command_line() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-glossary-build");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("site.json");
    let slices = dir.join("slices");
    let (printed, code) = run(&[
        "glossary",
        "build",
        "www/demo/article.json",
        "tests/fixtures/bare-article.json",
        "--quiet",
        "-o",
        out.to_str().unwrap(),
        &format!("--per-article={}", slices.display()),
        "--threads",
        "2",
    ]);
    assert_eq!((printed.as_str(), code), ("", 0));
    let site: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let entities = site["entities"].as_array().unwrap();
    let interpol = entities.iter().find(|e| e["name"] == "Interpol").unwrap();
    assert_eq!(interpol["archive"]["articles"], 2);
    assert!(slices.join("article.json").exists() && slices.join("bare-article.json").exists());
    // Without -o, the glossary is printed.
    let (printed, _) = run(&[
        "glossary",
        "build",
        "--quiet",
        "tests/fixtures/bare-article.json",
    ]);
    assert!(printed.starts_with("{\n  \"entities\": ["), "{printed}");
}

#[test]
fn argument_errors_name_the_option() {
    let error = |list: &[&str]| execute(list).unwrap_err();
    let failure = error(&["annotate", "x.json", "--glossary"]);
    assert!(
        failure.message.starts_with("--glossary needs a value"),
        "{failure:?}"
    );
    assert_eq!(failure.code, 2);
    let failure = error(&["annotate", "x.json", "--frobnicate"]);
    assert!(
        failure.message.starts_with("unknown option --frobnicate"),
        "{failure:?}"
    );
    let failure = error(&["glossary", "build"]);
    assert!(
        failure.message.starts_with("glossary build needs articles"),
        "{failure:?}"
    );
    let failure = error(&["glossary", "build", "a", "--threads", "many"]);
    assert!(failure.message.contains("many"), "{failure:?}");
}
