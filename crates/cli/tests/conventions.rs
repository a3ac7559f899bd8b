//! The built `gloss` binary keeps the conventions of well-kept command lines: help on
//! stdout with success, for gloss and for each command; `--version`; usage errors on
//! stderr with status 2; problems named by file and line:column with status 1; and input
//! read as browsers read it (a byte-order mark, a lone surrogate escape). These run the
//! real binary, which is also what `cargo run -- ...` runs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run printed on stdout and stderr, and its exit status.
struct Ran {
    stdout: String,
    stderr: String,
    code: i32,
}

fn gloss(args: &[&str]) -> Ran {
    let output = Command::new(env!("CARGO_BIN_EXE_gloss"))
        .args(args)
        .current_dir(repository())
        .output()
        .expect("the gloss binary runs");
    Ran {
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        code: output.status.code().expect("an exit status"),
    }
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("conventions")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn help_goes_to_stdout_and_succeeds() {
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let ran = gloss(args);
        assert_eq!((ran.code, ran.stderr.as_str()), (0, ""), "{args:?}");
        assert!(
            ran.stdout.contains("Usage: gloss <COMMAND>"),
            "{args:?}: {}",
            ran.stdout
        );
        for command in ["annotate", "check", "render", "glossary build"] {
            assert!(ran.stdout.contains(command), "{args:?} lists {command}");
        }
        assert!(
            ran.stdout.contains("Exit status:\n  0  success"),
            "{}",
            ran.stdout
        );
    }
}

#[test]
fn each_command_has_its_own_help() {
    let rows: &[(&[&str], &str)] = &[
        (&["check", "--help"], "Usage: gloss check"),
        (&["check", "-h"], "Usage: gloss check"),
        (&["help", "check"], "Usage: gloss check"),
        (&["check", "article.json", "--help"], "Usage: gloss check"),
        (&["annotate", "--help"], "Usage: gloss annotate"),
        (&["render", "--help"], "Usage: gloss render"),
        (&["help", "render"], "Usage: gloss render"),
        (
            &["glossary", "build", "--help"],
            "Usage: gloss glossary build",
        ),
        (&["glossary", "--help"], "Usage: gloss glossary build"),
        (&["help", "glossary"], "Usage: gloss glossary build"),
        (
            &["help", "glossary", "build"],
            "Usage: gloss glossary build",
        ),
    ];
    for (args, usage) in rows {
        let ran = gloss(args);
        assert_eq!((ran.code, ran.stderr.as_str()), (0, ""), "{args:?}");
        assert!(ran.stdout.contains(usage), "{args:?}: {}", ran.stdout);
        assert!(ran.stdout.contains("Exit status:"), "{args:?}");
    }
    // Each command's options are in its own help.
    assert!(gloss(&["check", "--help"])
        .stdout
        .contains("--glossary <FILE>"));
    assert!(gloss(&["annotate", "--help"])
        .stdout
        .contains("--no-acronyms"));
    assert!(gloss(&["glossary", "build", "--help"])
        .stdout
        .contains("--per-article <DIR>"));
}

#[test]
fn version() {
    for flag in ["--version", "-V"] {
        let ran = gloss(&[flag]);
        assert_eq!(
            (ran.code, ran.stdout.as_str(), ran.stderr.as_str()),
            (0, concat!("gloss ", env!("CARGO_PKG_VERSION"), "\n"), "")
        );
    }
}

#[test]
fn usage_errors_go_to_stderr_with_status_2() {
    let rows: &[(&[&str], &str, &str)] = &[
        (&[], "a command is needed", "gloss --help"),
        (
            &["frobnicate"],
            "unknown command frobnicate",
            "gloss --help",
        ),
        (&["check"], "check needs an article", "gloss check --help"),
        (
            &["check", "a.json", "--frobnicate"],
            "unknown option --frobnicate",
            "gloss check --help",
        ),
        (
            &["check", "a.json", "b.json"],
            "unexpected argument b.json",
            "gloss check --help",
        ),
        (
            &["check", "a.json", "--no-auto"],
            "unknown option --no-auto",
            "gloss check --help",
        ),
        (
            &["annotate", "a.json", "--glossary"],
            "--glossary needs a value",
            "gloss annotate --help",
        ),
        (
            &["glossary"],
            "glossary needs a command: build",
            "gloss glossary build --help",
        ),
        (
            &["glossary", "build"],
            "glossary build needs articles",
            "gloss glossary build --help",
        ),
        (
            &["glossary", "build", "a", "--threads", "many"],
            "many",
            "gloss glossary build --help",
        ),
        (&["help", "nothing"], "no help for nothing", "gloss --help"),
    ];
    for (args, message, hint) in rows {
        let ran = gloss(args);
        assert_eq!(
            (ran.code, ran.stdout.as_str()),
            (2, ""),
            "{args:?}: {}",
            ran.stderr
        );
        assert!(
            ran.stderr.starts_with("gloss: "),
            "{args:?}: {}",
            ran.stderr
        );
        assert!(ran.stderr.contains(message), "{args:?}: {}", ran.stderr);
        assert!(
            ran.stderr.contains("\nUsage: gloss"),
            "{args:?}: {}",
            ran.stderr
        );
        assert!(
            ran.stderr.contains(&format!("try '{hint}'")),
            "{args:?}: {}",
            ran.stderr
        );
    }
}

#[test]
fn a_file_that_cannot_be_read_is_status_2_and_named() {
    for command in ["check", "annotate", "render"] {
        let ran = gloss(&[command, "no/such/article.json"]);
        assert_eq!(ran.code, 2, "{command}");
        assert!(
            ran.stderr.starts_with("gloss: no/such/article.json: "),
            "{command}: {}",
            ran.stderr
        );
    }
}

#[test]
fn problems_are_named_by_file_and_line_and_column_with_status_1() {
    let ran = gloss(&["check", "tests/fixtures/malformed.json"]);
    assert_eq!(ran.code, 1);
    assert_eq!(
        ran.stdout,
        "tests/fixtures/malformed.json:4:1: expected a value\n"
    );
    let dir = scratch("problems");
    let file = dir.join("bad.json");
    std::fs::write(
        &file,
        "{\n  \"title\": \"T\",\n  \"body\": [\"A.\", 3]\n}\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let ran = gloss(&["check", file]);
    assert_eq!(ran.code, 1);
    assert_eq!(
        ran.stdout,
        format!("{file}:3:18: body[1]: expected a string or an object, found a number\n")
    );
    // The commands that need a valid article say the same on stderr.
    for command in ["annotate", "render"] {
        let ran = gloss(&[command, file]);
        assert_eq!((ran.code, ran.stdout.as_str()), (1, ""), "{command}");
        assert_eq!(
            ran.stderr,
            format!(
                "gloss: {file}:3:18: body[1]: expected a string or an object, found a number\n"
            )
        );
    }
}

/// Browsers drop a UTF-8 byte-order mark and read a lone surrogate escape as U+FFFD, so
/// the command line takes both; `check` notes the second where it is.
#[test]
fn input_is_read_as_browsers_read_it() {
    let dir = scratch("as-browsers-read");
    let bom = dir.join("bom.json");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(br#"{"title": "With a mark", "body": ["Interpol met."]}"#);
    std::fs::write(&bom, bytes).unwrap();
    let ran = gloss(&["check", bom.to_str().unwrap()]);
    assert_eq!(ran.code, 0, "{}{}", ran.stdout, ran.stderr);
    assert!(ran.stdout.contains(": ok, "), "{}", ran.stdout);
    assert_eq!(gloss(&["render", bom.to_str().unwrap()]).code, 0);

    let lone = dir.join("lone.json");
    std::fs::write(&lone, "{\"title\": \"Half \\ud800 pair\",\n \"body\": [\"A \\udc00 and a pair \\ud83d\\ude00.\"]}").unwrap();
    let lone = lone.to_str().unwrap();
    let ran = gloss(&["check", lone]);
    assert_eq!(ran.code, 0, "{}", ran.stdout);
    assert!(
        ran.stdout.contains(&format!(
            "{lone}:1:17: warning: \\ud800 is half of a UTF-16 surrogate pair without its other half; read as U+FFFD"
        )),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout
            .contains(&format!("{lone}:2:14: warning: \\udc00 is half")),
        "{}",
        ran.stdout
    );
    assert_eq!(
        ran.stdout.matches("surrogate").count(),
        2,
        "a pair is no warning"
    );
    let ran = gloss(&["annotate", lone]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    let render = gloss(&["render", lone]);
    assert!(
        render.stdout.contains("Half \u{FFFD} pair"),
        "{}",
        render.stdout
    );
    assert!(render.stdout.contains("A \u{FFFD} and a pair \u{1F600}."));
}

#[test]
fn glossary_build_names_each_bad_article_by_its_path_and_place() {
    let dir = scratch("build-errors");
    std::fs::create_dir_all(dir.join("2024")).unwrap();
    std::fs::write(
        dir.join("2024/ok.json"),
        r#"{"title": "Fine", "body": ["Officials in Orlanza agreed."]}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("2024/broken.json"),
        "{\"title\": 3,\n \"body\": []}",
    )
    .unwrap();
    std::fs::write(
        dir.join("2024/cut.json"),
        "{\"title\": \"Cut\", \"body\": [",
    )
    .unwrap();
    std::fs::write(
        dir.join("lines.jsonl"),
        "{\"title\": \"One\", \"body\": [\"Fine.\"]}\n\n{\"title\": \"Two\", \"body\": [7]}\n",
    )
    .unwrap();
    let root = dir.to_str().unwrap();
    let ran = gloss(&["glossary", "build", "--quiet", root]);
    assert_eq!(ran.code, 1, "{}", ran.stderr);
    let lines: Vec<&str> = ran.stderr.lines().collect();
    assert_eq!(
        lines,
        [
            format!("gloss: {root}/2024/broken.json:1:11: title: expected a string, found a number"),
            format!("gloss: {root}/2024/cut.json:1:27: unexpected end of input"),
            format!("gloss: {root}/lines.jsonl:3:27: body[0]: expected a string or an object, found a number"),
        ],
    );
    assert!(
        ran.stdout.contains("\"Orlanza\""),
        "the glossary is still written"
    );
}
