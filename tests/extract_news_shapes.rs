//! Shapes of real news, in invented sentences: each row is a sentence, the
//! claim it must give (its text, dimension, low and high, noun) or the text
//! that must give no claim at all. German and English.

use factdiff::model::claim::{Dimension, Lang};
use factdiff::read::{date, quantity};
use factdiff::settings::{Prefer, Tolerances};
use jiff::civil::datetime;

/// What one row expects of a sentence.
enum Want {
    /// A quantity with this text, dimension, low, high and counted noun.
    Q(&'static str, Dimension, f64, f64, Option<&'static str>),
    /// No quantity and no date overlaps this text.
    NoClaim(&'static str),
    /// No date overlaps this text (it may be a quantity).
    NoDate(&'static str),
    /// A date with this text, starting at this ISO time.
    D(&'static str, &'static str),
    /// A date with this text, from and to these ISO times.
    Dt(&'static str, &'static str, &'static str),
}

use Dimension::*;
use Want::*;

const ROWS: &[(Lang, &str, Want)] = &[
    // a day at the end of an English sentence, and a time on the day named after it
    (Lang::En, "The fire broke out on June 13. Nobody was hurt.", D("on June 13", "2013-06-13T00:00:00")),
    (
        Lang::En,
        "Planes dropped four bombs at 3:20 p.m. in the region Thursday.",
        D("at 3:20 p.m.", "2013-06-27T15:20:00"),
    ),
    // thousands separators, ranges with their noun and hedge
    (
        Lang::En,
        "Some 20,000 people marched on Sunday.",
        Q("Some 20,000 people", Count, 19_000.0, 21_000.0, Some("people")),
    ),
    (
        Lang::En,
        "Between 35 and 40 firefighters fought the blaze.",
        Q("Between 35 and 40 firefighters", Count, 35.0, 40.0, Some("firefighter")),
    ),
    (
        Lang::De,
        "Es gab 40 bis 50 Schwerverletzte.",
        Q("40 bis 50 Schwerverletzte", Count, 40.0, 50.0, Some("Schwerverletzte")),
    ),
    (
        Lang::De,
        "Etwa 80 bis 100 Verletzte wurden versorgt.",
        Q("Etwa 80 bis 100 Verletzte", Count, 76.0, 105.0, Some("Verletzte")),
    ),
    // elided compounds count the noun after them
    (
        Lang::De,
        "Es gab 12 schwer- und 30 leichtverletzte Fahrgäste.",
        Q("12 schwer-", Count, 12.0, 12.0, Some("Fahrgäste")),
    ),
    // vague multitudes are wide intervals
    (
        Lang::De,
        "Mehrere Hundert Menschen demonstrierten.",
        Q("Mehrere Hundert Menschen", Count, 200.0, 900.0, Some("Menschen")),
    ),
    (
        Lang::En,
        "Several hundred residents fled.",
        Q("Several hundred residents", Count, 200.0, 900.0, Some("resident")),
    ),
    (Lang::De, "Dutzende Helfer kamen.", Q("Dutzende Helfer", Count, 24.0, 144.0, Some("Helfer"))),
    // new dimensions
    (Lang::En, "The 41-year-old pilot survived.", Q("41-year-old", Age, 41.0, 41.0, None)),
    (Lang::En, "Morrison, 52, was arrested.", Q("52", Age, 52.0, 52.0, None)),
    (Lang::De, "Der 27-Jährige wurde festgenommen.", Q("27-Jährige", Age, 27.0, 27.0, None)),
    (Lang::En, "A magnitude 6.3 quake struck the coast.", Q("6.3", Magnitude, 6.3, 6.3, None)),
    (
        Lang::En,
        "The quake measured 5.8 on the Richter scale.",
        Q("5.8 on the Richter scale", Magnitude, 5.8, 5.8, None),
    ),
    (Lang::De, "Ein Beben der Stärke 4,7 erschütterte die Stadt.", Q("4,7", Magnitude, 4.7, 4.7, None)),
    (Lang::En, "Gusts reached 90 miles an hour.", Q("90 miles an hour", Speed, 40.2336, 40.2336, None)),
    // a number dialled is no count
    (Lang::En, "She made a 911 call at night.", NoClaim("911")),
    // `on one side`, `on one hand` are no counts
    (Lang::En, "Fans held signs with his name on one side and the score on the other.", NoClaim("one side")),
    // a year before a noun in the singular dates it; before a plural it counts
    (Lang::En, "It was the culmination of a 2005 peace deal that ended the war.", NoClaim("2005")),
    (
        Lang::En,
        "The 2000 people at the rally cheered.",
        Q("2000 people", Dimension::Count, 2000.0, 2000.0, Some("people")),
    ),
    // a kind of flaw and a figure of speech are no counts
    (Lang::En, "The zero day flaw was fixed on Tuesday.", NoClaim("zero day")),
    (Lang::En, "Both sides agreed to talk again.", NoClaim("sides")),
    // the bore of a gun is no count of calibres
    (Lang::En, "He fired a .357-caliber revolver at the officers.", NoClaim("357")),
    (Lang::De, "Der 110-Notruf war überlastet.", NoClaim("110")),
    (Lang::En, "Police got 12 calls about the fire.", Q("12 calls", Count, 12.0, 12.0, Some("call"))),
    // feet and inches are a height, not a range of feet
    (Lang::En, "The 6-foot-9 forward scored twice.", Q("6-foot-9", Length, 2.0574, 2.0574, None)),
    (Lang::En, "Waves of 6-9 feet hit the coast.", Q("6-9 feet", Length, 1.8288, 2.7432, None)),
    (Lang::De, "Die Anlage leistet 300 Megawatt.", Q("300 Megawatt", Power, 3e8, 3e8, None)),
    (Lang::De, "Der Kran neigte sich um 30 Grad.", Q("30 Grad", Angle, 30.0, 30.0, None)),
    (Lang::De, "Am Nachmittag waren es 30 Grad im Schatten.", Q("30 Grad", Temperature, 30.0, 30.0, None)),
    (Lang::En, "The fund holds $2.5 billion.", Q("$2.5 billion", Currency, 2.5e9, 2.5e9, None)),
    // look-alikes that are no claims
    (Lang::En, "The truck crashed on state Route 17 near the bridge.", NoClaim("17")),
    (Lang::En, "Traffic stopped on Interstate 405 for hours.", NoClaim("405")),
    (Lang::De, "Der Stau auf der Autobahn 7 wuchs.", NoClaim("7")),
    (Lang::De, "Der Unfall geschah bei Kilometer 12 in Richtung Norden.", NoClaim("12")),
    (Lang::En, "He lived in the 1400 block of Elm Street.", NoClaim("1400")),
    (Lang::En, "Call 555-0199 for details.", NoClaim("0199")),
    (Lang::En, "They won 63-58 on Saturday.", NoClaim("63")),
    (Lang::En, "Rovers clinched a 21-17 victory.", NoClaim("21")),
    (Lang::En, "Voting ended at 5 p.m. local time (1600 GMT).", NoClaim("1600")),
    (Lang::En, "The aftershock came at 0915 GMT.", NoClaim("0915")),
    (Lang::En, "Around 30 more people were evacuated.", NoDate("Around 30")),
    (Lang::En, "Rent is $900 a month.", NoClaim("a month")),
    (Lang::En, "Hold on a second, he said.", NoClaim("a second")),
    (Lang::En, "Turnout fell 3 percentage points to 48 percent.", Q("3 percentage points", Percent, 3.0, 3.0, None)),
    (Lang::En, "A magnitude-5.4 quake hit the island.", NoClaim("5.4")),
    (Lang::En, "Shares closed at $18.04.", NoDate("18.04")),
    (Lang::En, "The jury split at 10-2 on the count.", NoDate("at 10")),
    // versions, channels and weeks name things; a number word capitalised
    // inside a sentence is part of a name; a number joined to a word that
    // is not its unit is part of that word
    (Lang::En, "The flaw affects only IE 9, the company said.", NoClaim("9")),
    (Lang::En, "The story ran on WXYZ-TV Channel 7.", NoClaim("7")),
    (Lang::En, "Since Week 12, he has run for 400 yards.", NoClaim("12")),
    (Lang::En, "The film was shown on a late BBC Two programme.", NoClaim("Two")),
    (Lang::En, "She starred in The Three Sisters in London.", NoClaim("Three")),
    (Lang::En, "He went 2-for-9 from the field.", NoClaim("2")),
    (Lang::En, "Last year the team went 3-13 and missed the playoffs.", NoClaim("3-13")),
    (Lang::En, "Someone dialed 911 shortly after midnight.", NoClaim("911")),
    (Lang::En, "It is one thing to promise and another to deliver.", NoClaim("one thing")),
    (Lang::En, "Waves of 4-6 feet hit the pier.", Q("4-6 feet", Length, 1.2192, 1.8288, None)),
    (Lang::En, "Some 20-30 people gathered.", Q("Some 20-30 people", Count, 19.0, 31.5, Some("people"))),
    (Lang::En, "He missed a three-point attempt at the buzzer.", NoClaim("three")),
    (Lang::En, "The exploit used a zero-day flaw.", NoClaim("zero")),
    (Lang::De, "Die Partei scheiterte an der Sperrklausel des Typs ZX 81.", NoClaim("81")),
    (
        Lang::De,
        "Laut Statistik hat die Insel 1 234 567 Einwohner.",
        Q("1 234 567 Einwohner", Count, 1_234_567.0, 1_234_567.0, Some("Einwohner")),
    ),
    (
        Lang::De,
        "Zehntausende Menschen flohen.",
        Q("Zehntausende Menschen", Count, 20_000.0, 100_000.0, Some("Menschen")),
    ),
    (
        Lang::De,
        "Es flohen Hunderttausende Menschen.",
        Q("Hunderttausende Menschen", Count, 200_000.0, 1_000_000.0, Some("Menschen")),
    ),
    (Lang::En, "He was hit by a gray 2011 Honda Civic, police said.", NoClaim("2011")),
    (Lang::En, "She was struck outside 300 N. Main Blvd. that night.", NoClaim("300")),
    (
        Lang::En,
        "Officials said 30 Palestinians were killed.",
        Q("30 Palestinians", Count, 30.0, 30.0, Some("Palestinian")),
    ),
    (
        Lang::En,
        "One in every 400 Windows users was exposed.",
        Q("400 Windows users", Count, 400.0, 400.0, Some("user")),
    ),
    (
        Lang::En,
        "By Sunday, at least 5,000 Web sites were infected.",
        Q("at least 5,000 Web sites", Count, 5000.0, f64::INFINITY, Some("site")),
    ),
    (Lang::En, "Hundreds of people fled the fire.", Q("Hundreds of people", Count, 200.0, 1000.0, Some("people"))),
    (Lang::En, "Police arrested three young men.", Q("three young men", Count, 3.0, 3.0, Some("men"))),
    (Lang::En, "It hits IE 8 and IE 9 users.", NoClaim("8")),
    // a number word joined to its unit by a hyphen, as digits are
    (Lang::En, "He signed a two-year contract.", Q("two-year", Duration, 6.3072e7, 6.3072e7, None)),
    (Lang::En, "She scored on a seven-yard run.", Q("seven-yard", Length, 6.4008, 6.4008, None)),
    (Lang::De, "Es folgte eine 90-minütige Debatte.", Q("90-minütige", Duration, 5400.0, 5400.0, None)),
    (Lang::De, "Ein 24-stündiger Streik legte die Stadt lahm.", Q("24-stündiger", Duration, 86_400.0, 86_400.0, None)),
    // datelike shapes that are dates
    (Lang::De, "Im Sommer 2013 brannte der Wald.", D("Im Sommer 2013", "2013-06-01T00:00:00")),
    (Lang::En, "In the summer of 2012 the river flooded.", D("In the summer of 2012", "2012-06-01T00:00:00")),
    (Lang::De, "Der Brand brach am 3.7. aus.", D("am 3.7.", "2013-07-03T00:00:00")),
    (Lang::En, "The storm hit on May 2, 2013, at dawn.", D("on May 2, 2013", "2013-05-02T00:00:00")),
    // parts of the day narrow the day they belong to (the time of writing
    // is Tuesday, 2 July 2013, noon)
    (
        Lang::De,
        "Am Nachmittag stürzte das Dach ein.",
        Dt("Am Nachmittag", "2013-07-02T12:00:00", "2013-07-02T19:00:00"),
    ),
    (
        Lang::De,
        "Am Montagabend brach das Feuer aus.",
        Dt("Am Montagabend", "2013-07-01T18:00:00", "2013-07-02T00:00:00"),
    ),
    (
        Lang::De,
        "In der Nacht zum Sonntag wurde eingebrochen.",
        Dt("In der Nacht zum Sonntag", "2013-06-29T18:00:00", "2013-06-30T06:00:00"),
    ),
    (Lang::De, "Gestern Abend kam die Polizei.", Dt("Gestern Abend", "2013-07-01T18:00:00", "2013-07-02T00:00:00")),
    (
        Lang::En,
        "In the afternoon the river rose.",
        Dt("In the afternoon", "2013-07-02T12:00:00", "2013-07-02T19:00:00"),
    ),
    (Lang::En, "Police arrived Sunday evening.", Dt("Sunday evening", "2013-06-30T18:00:00", "2013-07-01T00:00:00")),
    (Lang::En, "Looters struck overnight.", Dt("overnight", "2013-07-01T18:00:00", "2013-07-02T06:00:00")),
    (Lang::En, "The fire started Friday night.", Dt("Friday night", "2013-06-28T18:00:00", "2013-06-29T06:00:00")),
    // `ein`/`eine` with its noun counts one where the sentence states a count
    (Lang::De, "Ein Kind wird noch vermisst.", Q("Ein Kind", Count, 1.0, 1.0, Some("Kind"))),
    (Lang::De, "Nur ein Bergsteiger überlebte.", Q("ein Bergsteiger", Count, 1.0, 1.0, Some("Bergsteiger"))),
    (Lang::De, "Mindestens eine Frau starb.", Q("Mindestens eine Frau", Count, 1.0, f64::INFINITY, Some("Frau"))),
    (Lang::En, "One hiker is still missing.", Q("One hiker", Count, 1.0, 1.0, Some("hiker"))),
    (Lang::De, "Der Wind spielte eine Rolle.", NoClaim("eine Rolle")),
    (Lang::De, "Die Stadt will ein Zeichen setzen.", NoClaim("ein Zeichen")),
    (Lang::En, "A witness said the car was red.", NoClaim("A witness")),
    (Lang::En, "No one was hurt in the blaze.", NoClaim("one")),
    (Lang::En, "The mill was one of the oldest in town.", NoClaim("one")),
    // money written the ways wire copy writes it
    (Lang::En, "Creditors lost euro12 billion.", Q("euro12 billion", Currency, 1.2e10, 1.2e10, None)),
    (Lang::En, "The city got a $7-million grant.", Q("$7-million", Currency, 7e6, 7e6, None)),
    (Lang::En, "The deal is worth €45 bn.", Q("€45 bn", Currency, 4.5e10, 4.5e10, None)),
    (Lang::En, "Debts reached 45bn euros.", Q("45bn euros", Currency, 4.5e10, 4.5e10, None)),
    (Lang::En, "The fund raised US$3.5 billion.", Q("US$3.5 billion", Currency, 3.5e9, 3.5e9, None)),
    (Lang::De, "Der Bund zahlt 12 Mrd. Euro.", Q("12 Mrd. Euro", Currency, 1.2e10, 1.2e10, None)),
    // a game's clock, quarters and scores are no dates, times or counts
    (Lang::En, "Jones scored with 3:12 left.", NoClaim("3:12")),
    (Lang::En, "He hit a jumper with 1:05 remaining in the third quarter.", NoClaim("1:05")),
    (Lang::En, "He hit a jumper with 1:05 remaining in the third quarter.", NoDate("third quarter")),
    (Lang::En, "The Hawks led 91-84 in the fourth quarter.", NoDate("fourth quarter")),
    (Lang::En, "The Hawks led 91-84 in the fourth quarter.", NoClaim("91")),
    (Lang::En, "Two fourth-quarter touchdowns sealed the game.", NoDate("fourth-quarter")),
    (Lang::De, "Beim Stand von 3:1 fiel im dritten Viertel ein Tor.", NoClaim("3:1")),
    (Lang::En, "Profits rose in the third quarter.", D("third quarter", "2013-07-01T00:00:00")),
    (Lang::En, "Injuries hurt the 12-19 Hornets.", NoClaim("12-19")),
    (Lang::En, "He missed the 2010-11 season.", Dt("2010-11", "2010-01-01T00:00:00", "2012-01-01T00:00:00")),
    (
        Lang::En,
        "The flood did hundreds of millions of dollars in damage.",
        Q("hundreds of millions of dollars", Currency, 2e8, 1e9, None),
    ),
];

#[test]
fn real_news_shapes() {
    let tol = Tolerances::default();
    let mut failures = Vec::new();
    for (lang, s, want) in ROWS {
        let qs = quantity::find(s, *lang, &tol);
        let ds = date::find(s, *lang, Some(datetime(2013, 7, 2, 12, 0, 0, 0)), Prefer::Past);
        match want {
            Q(text, dim, lo, hi, noun) => {
                let got = qs.iter().find(|q| &s[q.start..q.end] == *text);
                let ok = got.is_some_and(|q| {
                    let v = &q.value;
                    v.dimension == *dim
                        && (v.low - lo).abs() <= 1e-3 * lo.abs().max(1.0)
                        && (v.high - hi).abs() <= 1e-3 * hi.abs().max(1.0)
                        && v.noun.as_deref() == *noun
                });
                if !ok {
                    failures.push(format!("{s:?}: want {text:?} {dim:?} {lo}..{hi} {noun:?}, got {:?}", qs));
                }
            }
            NoClaim(text) => {
                let at = s.find(text).expect("row text in its sentence");
                let span = at..at + text.len();
                let hit = |a: usize, b: usize| a < span.end && span.start < b;
                let q: Vec<_> = qs.iter().filter(|q| hit(q.start, q.end)).map(|q| &s[q.start..q.end]).collect();
                let d: Vec<_> = ds
                    .iter()
                    .filter(|d| hit(d.start, d.end) && d.value.grain == factdiff::model::claim::Grain::Year)
                    .map(|d| &s[d.start..d.end])
                    .collect();
                if !q.is_empty() || !d.is_empty() {
                    failures.push(format!("{s:?}: {text:?} must give no claim, got {q:?} {d:?}"));
                }
            }
            NoDate(text) => {
                let at = s.find(text).expect("row text in its sentence");
                let d: Vec<_> = ds.iter().filter(|d| d.start < at + text.len() && at < d.end).collect();
                if !d.is_empty() {
                    failures.push(format!("{s:?}: {text:?} must give no date, got {d:?}"));
                }
            }
            Dt(text, from, to) => {
                let got = ds.iter().find(|d| &s[d.start..d.end] == *text);
                let span = got.map(|d| (d.value.from.map(|f| f.to_string()), d.value.to.map(|f| f.to_string())));
                if span != Some((Some(from.to_string()), Some(to.to_string()))) {
                    failures.push(format!("{s:?}: want date {text:?} {from}..{to}, got {ds:?}"));
                }
            }
            D(text, from) => {
                let got = ds.iter().find(|d| &s[d.start..d.end] == *text);
                if got.and_then(|d| d.value.from).map(|f| f.to_string()).as_deref() != Some(*from) {
                    failures.push(format!("{s:?}: want date {text:?} from {from}, got {ds:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} rows wrong:\n{}", failures.len(), ROWS.len(), failures.join("\n"));
}

#[test]
fn decimals_and_zone_times_are_never_dates() {
    for (lang, s) in [
        (Lang::En, "A magnitude-6.2 quake and a 5.9 aftershock."),
        (Lang::En, "The index rose to 20.4. Then it fell."),
        (Lang::En, "It hit at 1023 GMT on Tuesday."),
        (Lang::De, "Die Aktie schloss bei 24,05 Euro, das Beben hatte Stärke 5.9."),
    ] {
        let ds = date::find(s, lang, None, Prefer::Past);
        assert!(
            ds.iter().all(|d| d.value.grain != factdiff::model::claim::Grain::Year
                && d.value.grain != factdiff::model::claim::Grain::Day),
            "{s:?}: {ds:?}"
        );
    }
}

#[test]
fn within_and_up_to_have_no_lower_bound() {
    for (text, lang) in [
        ("The rockets landed within 20 miles of the city.", "en"),
        ("Up to 40 firefighters were at the scene.", "en"),
        ("Die Raketen schlugen im Umkreis von 30 Kilometern ein.", "de"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), format!("{text}\n")).unwrap();
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_factdiff"))
            .args(["extract", "--no-config", "--lang", lang, "a.txt"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let claim = &r["sources"][0]["claims"][0];
        assert_eq!(claim["hedge"], "at_most", "{text}: {claim}");
        assert!(claim["low"].is_null(), "{text}: {claim}");
        assert!(claim["high"].is_number(), "{text}: {claim}");
    }
}
