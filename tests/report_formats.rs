//! End-to-end tests of the report formats, run through the built binary:
//! snapshots of every format on the seed articles and on the hostile sources
//! in `tests/data/hostile/`, the SARIF schema, HTML and Markdown escaping,
//! accepted findings, and that no format is ever coloured.
//!
//! Snapshots are plain files in `tests/snapshots/reports/`. When a change to
//! extraction, alignment or a reporter changes a report on purpose,
//! regenerate them all with one command and review the diff:
//!
//!     UPDATE_SNAPSHOTS=1 cargo test --test report_formats
//!
//! (A test whose snapshot is missing writes it and passes.)

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_factdiff");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `factdiff` in the project root and returns its exit code and output.
fn factdiff(args: &[&str]) -> (i32, String) {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("factdiff runs");
    let code = out.status.code().expect("factdiff exits");
    assert!(code == 0 || code == 1, "factdiff {args:?} failed ({code}): {}", String::from_utf8_lossy(&out.stderr));
    (code, String::from_utf8(out.stdout).expect("UTF-8 output"))
}

fn seeds(format: &str) -> String {
    factdiff(&["check", "--no-config", "seeds", "--format", format, "--color", "never"]).1
}

fn hostile(format: &str) -> String {
    factdiff(&["check", "--no-config", "tests/data/hostile", "--format", format, "--color", "never"]).1
}

/// Compares `actual` with the snapshot file `name`; writes it instead when
/// `UPDATE_SNAPSHOTS=1`. A missing snapshot fails the test.
fn snapshot(name: &str, actual: &str) {
    let path: PathBuf = root().join("tests/snapshots/reports").join(name);
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| !v.is_empty() && v != "0");
    if update {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    assert!(path.exists(), "{} is missing: run with UPDATE_SNAPSHOTS=1 to write it", path.display());
    let expected = std::fs::read_to_string(&path).unwrap();
    if expected != actual {
        let first = expected.lines().zip(actual.lines()).position(|(e, a)| e != a);
        let line = first.unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from its snapshot, first at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             If the change is intended: UPDATE_SNAPSHOTS=1 cargo test --test report_formats",
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            actual.lines().nth(line).unwrap_or("<end>"),
        );
    }
}

#[test]
fn seeds_markdown_snapshot() {
    snapshot("seeds.md", &seeds("markdown"));
}

#[test]
fn seeds_html_snapshot() {
    snapshot("seeds.html", &seeds("html"));
}

#[test]
fn seeds_sarif_snapshot() {
    snapshot("seeds.sarif", &seeds("sarif"));
}

#[test]
fn seeds_github_snapshot() {
    snapshot("seeds.github.txt", &seeds("github"));
}

#[test]
fn seeds_json_snapshot() {
    snapshot("seeds.json", &seeds("json"));
}

#[test]
fn seeds_terminal_snapshot() {
    snapshot("seeds.terminal.txt", &seeds("terminal"));
}

#[test]
fn hostile_snapshots() {
    for (format, name) in [
        ("markdown", "hostile.md"),
        ("html", "hostile.html"),
        ("sarif", "hostile.sarif"),
        ("github", "hostile.github.txt"),
    ] {
        snapshot(name, &hostile(format));
    }
}

#[test]
fn hostile_sources_conflict_and_fail_in_every_format() {
    for format in ["terminal", "json", "markdown", "html", "sarif", "github"] {
        let (code, _) = factdiff(&["check", "--no-config", "tests/data/hostile", "--format", format]);
        assert_eq!(code, 1, "--format {format}");
    }
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("tests/data/sarif-schema-2.1.0.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options().should_validate_formats(true).build(&schema).expect("the SARIF schema compiles")
}

fn assert_valid_sarif(validator: &jsonschema::Validator, text: &str, what: &str) -> Value {
    let log: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: not JSON: {e}"));
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{what} does not validate:\n{}", errors.join("\n"));
    log
}

#[test]
fn sarif_validates_against_the_schema() {
    let validator = validator();
    let log = assert_valid_sarif(&validator, &seeds("sarif"), "seeds");
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "factdiff");
    assert!(driver["informationUri"].as_str().unwrap().starts_with("https://"));
    let rules: Vec<&str> = driver["rules"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(rules, ["quantity", "date", "quote"]);
    for rule in driver["rules"].as_array().unwrap() {
        for field in ["shortDescription", "fullDescription", "help"] {
            assert!(!rule[field]["text"].as_str().unwrap().is_empty(), "{field} of {}", rule["id"]);
        }
    }

    let log = assert_valid_sarif(&validator, &hostile("sarif"), "hostile");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let levels: Vec<&str> = results.iter().map(|r| r["level"].as_str().unwrap()).collect();
    assert_eq!(levels, ["error", "warning"]);
    let conflict = &results[0];
    assert_eq!(conflict["ruleId"], "quantity");
    assert!(conflict["partialFingerprints"]["findingId/v1"].as_str().unwrap().starts_with("quantity-"));
    let text = conflict["message"]["text"].as_str().unwrap();
    assert!(text.contains("about 650 km") && text.contains("about 300 km"), "{text}");
    let locations = conflict["locations"].as_array().unwrap();
    assert_eq!(locations.len(), 2);
    let uris: Vec<&str> =
        locations.iter().map(|l| l["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap()).collect();
    assert_eq!(uris, ["tests/data/hostile/a.txt", "tests/data/hostile/b.txt"]);
    let region = &locations[0]["physicalLocation"]["region"];
    assert_eq!((region["startLine"].as_u64(), region["endLine"].as_u64()), (Some(3), Some(3)));
    let width = region["endColumn"].as_u64().unwrap() - region["startColumn"].as_u64().unwrap();
    assert_eq!(width, "rund 650 Kilometer".chars().count() as u64);
}

#[test]
fn html_shows_hostile_source_text_as_text() {
    let html = hostile("html");
    for raw in ["<script", "</script", "<img", "onerror=alert(1)>", "\"><img"] {
        assert!(!html.contains(raw), "the page holds {raw:?} unescaped");
    }
    assert_eq!(html.matches("</style>").count(), 1, "only the page's own </style>");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"), "the quote is shown as text");
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "the attribute breaker is shown as text");
    assert!(html.contains("&lt;&#x2f;style&gt;"), "the </style> in the text is shown as text");
    assert!(html.contains("<mark>rund 650 Kilometer</mark>"));
    assert!(html.contains("<del>alle diese</del>") && html.contains("<ins>über alle</ins>"));
    assert!(html.contains("default-src 'none'"), "a content security policy forbids scripts");
}

#[test]
fn markdown_shows_hostile_source_text_as_text() {
    let md = hostile("markdown");
    for raw in ["<script", "<img", "</style"] {
        assert!(!md.contains(raw), "the comment holds {raw:?} unescaped");
    }
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(md.contains("about 650 km ≠ about 300 km"));
    // every table row has exactly its column separators
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert!(cells == 5 || cells == 6, "{line}");
    }
}

#[test]
fn github_annotates_every_mention() {
    let out = hostile("github");
    let errors: Vec<&str> = out.lines().filter(|l| l.starts_with("::error ")).collect();
    let warnings: Vec<&str> = out.lines().filter(|l| l.starts_with("::warning file=")).collect();
    assert_eq!(errors.len(), 2, "{out}");
    assert_eq!(warnings.len(), 2, "{out}");
    assert!(errors[0].starts_with("::error file=tests/data/hostile/a.txt,line=3,col="), "{}", errors[0]);
    assert!(errors[0].contains("title=factdiff conflict%3A "), "{}", errors[0]);
    assert!(out.lines().last().unwrap().starts_with("::notice title=factdiff::factdiff: 2 sources: 1 conflict"));
}

/// A configuration for the hostile sources with hostile names and the
/// conflict accepted.
fn accepted_config(dir: &Path) -> PathBuf {
    let json: Value = serde_json::from_str(&hostile("json")).unwrap();
    let conflict = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["verdict"] == "conflict")
        .expect("the hostile sources conflict");
    let id = conflict["id"].as_str().unwrap();
    let config = dir.join("claims.yaml");
    // the configuration names the file itself; sources are matched by path
    let a = root().join("tests/data/hostile/a.txt");
    let a = a.to_str().unwrap();
    std::fs::write(
        &config,
        format!(
            "sources:\n  - path: {a}\n    name: '<b>A</b> \"><img src=x onerror=alert(1)>'\n    published: 2023-09-13T12:00:00\n\
             accepted:\n  - id: {id}\n    reason: 'checked: <script>x</script> | both, 100%'\n"
        ),
    )
    .unwrap();
    config
}

#[test]
fn accepted_findings_are_suppressed_not_failed() {
    let dir = tempfile::tempdir().unwrap();
    let config = accepted_config(dir.path());
    let config = config.to_str().unwrap();
    let run = |format: &str| factdiff(&["check", "--config", config, "tests/data/hostile", "--format", format]);

    let (code, sarif) = run("sarif");
    assert_eq!(code, 0, "an accepted conflict does not fail the run");
    let log = assert_valid_sarif(&validator(), &sarif, "accepted");
    let conflict = &log["runs"][0]["results"][0];
    assert_eq!(conflict["level"], "error");
    assert_eq!(conflict["suppressions"][0]["kind"], "external");
    assert_eq!(conflict["suppressions"][0]["justification"], "checked: <script>x</script> | both, 100%");
    assert_eq!(log["runs"][0]["artifacts"][0]["properties"]["published"], "2023-09-13T12:00:00");

    let (_, github) = run("github");
    assert!(!github.contains("::error"), "accepted findings are not annotated:\n{github}");
    assert!(github.ends_with("(1 accepted, not annotated)\n"), "{github}");

    let (_, html) = run("html");
    assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>A"));
    assert!(html.contains("checked: &lt;script&gt;x&lt;&#x2f;script&gt; | both, 100%"));
    assert!(html.contains("2023-09-13T12:00:00"));

    let (_, md) = run("markdown");
    assert!(!md.contains("<script") && !md.contains("<img") && !md.contains("<b>A"));
    assert!(md.contains("❌ conflict (accepted)"));
    assert!(md.contains("checked: &lt;script&gt;x&lt;/script&gt; \\| both, 100%"));
}

#[test]
fn no_format_is_coloured() {
    for format in ["json", "markdown", "html", "sarif", "github"] {
        for color in ["always", "auto"] {
            let out = Command::new(BIN)
                .args(["check", "--no-config", "tests/data/hostile", "--format", format, "--color", color])
                .current_dir(root())
                .env("CLICOLOR_FORCE", "1")
                .output()
                .unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            assert!(!text.contains('\u{1b}'), "--format {format} --color {color} writes escape codes");
        }
    }
    assert!(!seeds("terminal").contains('\u{1b}'), "--color never");
}
