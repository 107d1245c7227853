//! `explain` shows, for each quotation of a finding, why its speaker was
//! given: the cue, the words taken and the rule.

use std::process::Command;

#[test]
fn explain_shows_the_evidence_for_each_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let a = "„Wir bauen die Brücke im nächsten Jahr neu“, sagte die Ministerin Anna Weber am Montag.\n";
    let b = "Die Ministerin Anna Weber kündigte an: „Wir bauen die Brücke im nächsten Jahr neu.“\n";
    std::fs::write(dir.path().join("a.txt"), a).unwrap();
    std::fs::write(dir.path().join("b.txt"), b).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_factdiff")).current_dir(dir.path()).args(args).output().unwrap()
    };
    let o = run(&["check", "--no-config", "--show", "all", "--format", "json", "a.txt", "b.txt"]);
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let finding = r["findings"].as_array().unwrap().iter().find(|f| f["kind"] == "quote").expect("a quote finding");
    let id = finding["id"].as_str().unwrap();
    let o = run(&["explain", "--no-config", id, "a.txt", "b.txt"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("speaker Anna Weber: cue `sagte`; subject after the cue"), "{text}");
    assert!(text.contains("speaker Anna Weber: cue `kündigte … an`; subject before the cue"), "{text}");
}
