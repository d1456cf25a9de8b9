//! Terms, scores, lengths, selection and keywords, through the public API, on texts written
//! for these tests.

use abridge::{summarize, Keyword, Length, Options, Summary};

/// A short news story with a headline line, names, numbers and possessives.
const STORY: &str = "\
Harbor city approves new bridge

The Harbor City council voted on Tuesday to build a new bridge over the Grey River. \
The bridge will cost $40 million and will open in 2028, the council said. \
Mayor Ana Ruiz said the bridge would join the two halves of the city. \
He added that the old ferry would keep running until the bridge opens. \
Critics of the bridge said the money should go to schools instead. \
The Transport Department will pay 6,000 workers to build the bridge. \
But some residents fear years of traffic jams near the river. \
Ana Ruiz's office said the bridge plan had been studied for ten years. \
The council will publish the bridge's final design in the spring. \
Construction of the bridge is expected to start next year.";

fn run<'t>(text: &'t str, options: &Options) -> Summary<'t> {
    summarize(text, options).expect("the text has sentences")
}

fn keyword<'s>(summary: &'s Summary<'_>, text: &str) -> Option<&'s Keyword> {
    summary.keywords.iter().find(|k| k.text == text)
}

/// Fails if any of `texts` is a keyword of `summary`.
fn assert_no_keywords(summary: &Summary<'_>, texts: &[&str]) {
    for text in texts {
        assert!(
            keyword(summary, text).is_none(),
            "{text}: {:?}",
            summary.keywords
        );
    }
}

/// What each of `keyword`'s spans covers in `text`.
fn spans_in<'t>(keyword: &Keyword, text: &'t str) -> Vec<&'t str> {
    keyword
        .spans
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

/// One table row per case: `name: (text, length) => expected sentence count`.
macro_rules! length_cases {
    ($($name:ident: ($text:expr, $length:expr) => $expected:expr;)*) => {$(
        #[test]
        fn $name() {
            let summary = run($text, &Options::new().max_keywords(50).length($length));
            assert_eq!(summary.selected.len(), $expected, "{:?}", summary.selected);
            assert!(summary.selected.windows(2).all(|w| w[0] < w[1]), "document order");
        }
    )*};
}

const FIFTEEN: &str =
    "One cat sat on the mat today. Two dogs ran in the park. Three birds sang in \
    the tree. Four fish swam in the pond. Five cows ate the grass. Six hens laid eggs. Seven \
    ducks swam in the lake. Eight goats climbed the hill. Nine pigs slept in the mud. Ten \
    sheep grazed in the field. Eleven bees buzzed in the garden. Twelve ants marched on the \
    path. Thirteen frogs jumped in the rain. Fourteen owls hooted at night. Fifteen mice hid \
    in the barn.";

const FORTY: &str = "Sentence number one is here. Sentence number two is here. Sentence number \
    three is here. Sentence number four is here. Sentence number five is here. Sentence \
    number six is here. Sentence number seven is here. Sentence number eight is here. \
    Sentence number nine is here. Sentence number ten is here. Sentence number eleven is \
    here. Sentence number twelve is here. Sentence number thirteen is here. Sentence number \
    fourteen is here. Sentence number fifteen is here. Sentence number sixteen is here. \
    Sentence number seventeen is here. Sentence number eighteen is here. Sentence number \
    nineteen is here. Sentence number twenty is here. Sentence number twenty-one is here. \
    Sentence number twenty-two is here. Sentence number twenty-three is here. Sentence \
    number twenty-four is here. Sentence number twenty-five is here. Sentence number \
    twenty-six is here. Sentence number twenty-seven is here. Sentence number twenty-eight \
    is here. Sentence number twenty-nine is here. Sentence number thirty is here. Sentence \
    number thirty-one is here. Sentence number thirty-two is here. Sentence number \
    thirty-three is here. Sentence number thirty-four is here. Sentence number thirty-five \
    is here. Sentence number thirty-six is here. Sentence number thirty-seven is here. \
    Sentence number thirty-eight is here. Sentence number thirty-nine is here. Sentence \
    number forty is here.";

length_cases! {
    sentences_exact: (FIFTEEN, Length::Sentences(4)) => 4;
    sentences_more_than_the_text_has: ("A cat sat. A dog ran.", Length::Sentences(9)) => 2;
    ratio_rounds_up: (FIFTEEN, Length::Ratio(0.1)) => 2;
    ratio_whole_text: (FIFTEEN, Length::Ratio(1.0)) => 15;
    auto_is_a_fifth: (FIFTEEN, Length::Auto) => 3;
    auto_at_least_three: ("A cat sat. A dog ran. A bird sang. A fish swam.", Length::Auto) => 3;
    auto_at_most_seven: (FORTY, Length::Auto) => 7;
    auto_never_more_than_the_text: ("A cat sat on the mat.", Length::Auto) => 1;
    words_budget_fits_two: (FIFTEEN, Length::Words(13)) => 2;
    words_budget_too_small_still_gives_one: (FIFTEEN, Length::Words(1)) => 1;
    chars_budget_too_small_still_gives_one: (FIFTEEN, Length::Chars(3)) => 1;
}

#[test]
fn chars_budget_is_respected() {
    for budget in [40, 80, 160] {
        let summary = run(FIFTEEN, &Options::new().length(Length::Chars(budget)));
        let chosen: Vec<&str> = summary.summary_sentences().map(|s| s.text).collect();
        let chars = chosen.join(" ").chars().count();
        assert!(chars <= budget, "{chars} chars for {budget}: {chosen:?}");
        assert!(!chosen.is_empty());
    }
}

#[test]
fn words_budget_is_respected() {
    for budget in [10, 25, 50] {
        let summary = run(STORY, &Options::new().length(Length::Words(budget)));
        let words: usize = summary.summary_sentences().map(|s| s.words).sum();
        assert!(words <= budget, "{words} words for {budget}");
    }
}

#[test]
fn a_headline_line_is_the_title_and_not_a_summary_sentence() {
    let summary = run(STORY, &Options::new());
    assert_eq!(
        summary.title.as_deref(),
        Some("Harbor city approves new bridge")
    );
    assert_eq!(summary.sentences[0].text, "Harbor city approves new bridge");
    assert!(!summary.selected.contains(&0), "{:?}", summary.selected);
}

/// A form's empty title or language field is none given, in Rust as from JS or JSON: the
/// headline is still found, and the language detected.
#[test]
fn a_blank_title_or_language_is_none_given() {
    let blank = run(STORY, &Options::new().title(" ").language(""));
    assert_eq!(blank, run(STORY, &Options::new()));
    assert_eq!(
        blank.title.as_deref(),
        Some("Harbor city approves new bridge")
    );
}

/// Punctuation, symbols or emoji alone make no sentence worth a summary.
#[test]
fn symbols_alone_have_no_sentences() {
    for text in ["!!! ??? ...", "\"\" \"\" «» “”", "😀😀 🎉", "\0\0\0"] {
        let result = summarize(text, &Options::new());
        assert_eq!(result.unwrap_err(), abridge::Error::NoSentences, "{text:?}");
    }
}

#[test]
fn a_first_line_ending_in_a_stop_is_not_a_headline() {
    let text = "The council voted today.\n\nThe bridge will cost a lot. It opens in 2028.";
    assert_eq!(run(text, &Options::new()).title, None);
}

#[test]
fn a_short_label_line_is_not_a_headline() {
    let text = "Date: unknown\n\nThe council voted today. The bridge will cost a lot.";
    assert_eq!(run(text, &Options::new()).title, None);
}

#[test]
fn a_given_title_scores_the_sentences_sharing_its_terms() {
    let text = "Officials met on Monday. The weather was mild. Farmers expect a record wheat \
                harvest this summer. Markets were quiet.";
    let summary = run(text, &Options::new().title("Record wheat harvest expected"));
    let title_scores: Vec<f64> = summary.sentences.iter().map(|s| s.score.title).collect();
    assert!(title_scores[2] > 0.0, "{title_scores:?}");
    assert_eq!(title_scores[1], 0.0, "{title_scores:?}");
}

#[test]
fn the_shorter_the_summary_the_more_the_title_counts() {
    let text = "Rain fell across the region on Monday morning. Schools opened an hour late. \
                Buses ran slowly on the flooded roads. Farmers expect a record wheat harvest \
                this summer after the wet spring. Shops reported fewer customers than usual. \
                The town hall closed its car park. Police asked drivers to stay at home. \
                Trains were cancelled in the afternoon. The river rose by a metre. \
                Forecasters expect more rain on Friday.";
    let titled = |length| {
        run(
            text,
            &Options::new()
                .title("Record wheat harvest expected")
                .length(length),
        )
    };
    let one = titled(Length::Sentences(1));
    assert_eq!(one.selected, vec![3], "the sentence the headline tells");
    let half = titled(Length::Ratio(0.5));
    let (short, long) = (one.sentences[3].score.title, half.sentences[3].score.title);
    assert!(short > 10.0 * long, "{short} against {long}");
}

#[test]
fn each_score_is_the_sum_of_its_parts() {
    let summary = run(STORY, &Options::new());
    for s in &summary.sentences {
        let p = s.score;
        let sum = p.terms + p.position + p.title + p.length + p.opener + p.redundancy;
        assert!((p.total - sum).abs() < 1e-9, "{:?}", p);
        assert!((0.0..=1.0).contains(&p.terms), "{:?}", p);
        assert!(p.opener <= 0.0 && p.redundancy <= 0.0 && p.length <= 0.0);
    }
}

#[test]
fn position_favours_the_opening() {
    let summary = run(FIFTEEN, &Options::new());
    let position: Vec<f64> = summary.sentences.iter().map(|s| s.score.position).collect();
    assert!(position.windows(2).all(|w| w[0] > w[1]), "{position:?}");
}

#[test]
fn openers_that_need_an_antecedent_are_penalised() {
    let summary = run(STORY, &Options::new());
    let opener = |start: &str| {
        let sentence = summary.sentences.iter().find(|s| s.text.starts_with(start));
        sentence.expect(start).score.opener
    };
    assert!(opener("He added") < 0.0);
    assert!(opener("But some") < 0.0);
    assert_eq!(opener("Critics of"), 0.0);
    assert_eq!(opener("The council will"), 0.0);
}

#[test]
fn very_short_sentences_get_a_length_penalty() {
    let text = "The river flooded the lower town on Sunday night after heavy rain. Wow. \
                Residents were moved to the school hall by volunteers and firefighters.";
    let summary = run(text, &Options::new());
    assert!(summary.sentences[1].score.length < 0.0);
    assert_eq!(summary.sentences[0].score.length, 0.0);
}

#[test]
fn a_repeated_sentence_is_not_chosen_twice() {
    let text = "Storm floods the coastal town of Bayview overnight. \
                Storm floods the coastal town of Bayview overnight. \
                Rescue teams reached the stranded families by boat at dawn. \
                The mayor asked for emergency funds from the state government. \
                Schools will stay closed until the water recedes.";
    let summary = run(text, &Options::new().length(Length::Sentences(2)));
    assert_ne!(summary.selected, vec![0, 1], "the copy adds nothing");
    assert!(summary.sentences[1].score.redundancy < 0.0 || !summary.selected.contains(&0));
}

/// `name: (text, keyword) => occurrences it should cover`.
macro_rules! keyword_cases {
    ($($name:ident: ($text:expr, $keyword:expr) => $uses:expr;)*) => {$(
        #[test]
        fn $name() {
            let summary = run($text, &Options::new().max_keywords(50));
            let found = keyword(&summary, $keyword).unwrap_or_else(|| {
                let all: Vec<&str> = summary.keywords.iter().map(|k| k.text.as_str()).collect();
                panic!("no keyword {:?} in {:?}", $keyword, all)
            });
            assert_eq!(found.spans.len(), $uses, "{:?}", found);
        }
    )*};
}

keyword_cases! {
    two_word_name: (STORY, "Ana Ruiz") => 2;
    department_name: (STORY, "Transport Department") => 1;
    stems_join_forms: ("Talks on trade resumed. The talk was short. Talking helps trade.",
        "trade") => 2;
    possessive_joins_the_name: ("Trump spoke on Monday. Trump's aides left. Aides of Trump \
        stayed.", "Trump") => 3;
    typographic_possessive: ("Rubio spoke on Monday. Rubio\u{2019}s aides left.", "Rubio") => 2;
    number_groups_join: ("About 6,000 people came. Police counted 6000 people.", "6,000") => 2;
    surname_joins_the_full_name: (SURNAMES, "Marco Rubio") => 4;
    shared_surname_joins_neither: (SURNAMES, "Bill Clinton") => 1;
    shared_surname_stays_a_term: (SURNAMES, "Clinton") => 3;
    title_word_kept_where_last_word_is_never_alone: (SURNAMES, "Republican National Convention") => 2;
    common_noun_ending_a_name_joins_it_not: (SURNAMES, "American Women") => 1;
    title_before_a_surname_joins_the_full_name: (SURNAMES, "Barack Obama") => 3;
    organisation_keeps_its_title_word: (SURNAMES, "State Department") => 2;
    name_led_by_a_common_word_takes_no_surname: (SURNAMES, "Several Republican") => 1;
}

/// A text with people named in full after their titles and then by surname, two people who
/// share one, and names that end in a common noun or start with a title word.
const SURNAMES: &str = "Secretary of State Marco Rubio called the ministers on Monday. \
    Rubio spoke again on Tuesday, and Rubio left for Paris. Bill Clinton and Hillary Clinton \
    met the Republican National Convention's chair. Clinton spoke first. The Republican \
    National Convention opens soon. American Women marched there. Women sang, and women \
    cheered. Barack Obama came too, and President Obama spoke last. Obama waved. The State \
    Department agreed, and the Department said so. Mr. Rubio nodded. Several Republican \
    senators agreed, several said so, and Republican voters cheered.";

#[test]
fn titles_and_lone_surnames_are_not_keywords_of_their_own() {
    let summary = run(SURNAMES, &Options::new().max_keywords(50));
    assert_no_keywords(
        &summary,
        &[
            "State Marco Rubio",
            "Rubio",
            "State",
            "President Obama",
            "Obama",
            "Mr",
        ],
    );
    let rubio = keyword(&summary, "Marco Rubio").unwrap();
    assert_eq!(
        spans_in(rubio, SURNAMES),
        ["Marco Rubio", "Rubio", "Rubio", "Rubio"]
    );
}

/// Auxiliaries and adverbs that the speech lists hold (`would`, `also`, `later`; in French
/// `a`, `aussi`), and the function words a language lists beside its stop words (French
/// `plus`, `après`, `cette`, `deux`), are in every story and name none, however often used;
/// capitalized in a sentence they may be a name (`May`, here Theresa May's surname), but not
/// where the capital opens the sentence (`Also`, `Après`).
#[test]
fn auxiliaries_adverbs_and_function_words_are_no_keywords() {
    let english = "The council would vote later, and the mayor would also vote. Residents \
        would also speak later. Theresa May would also come, May said. The vote would pass. \
        Also, the council met. Also, the mayor spoke.";
    let french = "Le conseil a voté. Le maire a aussi voté. La ville a encore parlé, et a aussi \
        ri. Marie a encore ri. Le conseil veut plus de parcs après cette crise, et plus de \
        bancs après cette année. Après la crise, le maire a parlé. Après la fête, Marie a ri. \
        Deux parcs ouvriront, puis deux autres, pour près de deux millions.";
    for (text, kept, left_out) in [
        (
            english,
            "Theresa May",
            &["would", "also", "Also", "later"][..],
        ),
        (
            french,
            "conseil",
            &[
                "a", "aussi", "encore", "plus", "après", "Après", "cette", "deux", "près",
            ],
        ),
    ] {
        let summary = run(text, &Options::new().max_keywords(50));
        assert!(keyword(&summary, kept).is_some(), "{:?}", summary.keywords);
        assert_no_keywords(&summary, left_out);
    }
}

/// English words Snowball's stop list lacks (`us`, numbers, `many`) are no keywords where
/// lowercase, nor is a lone letter (`e` of `e-mail`); `US`, in capitals, is an acronym and may
/// be one, the pronoun's uses not counted with it.
#[test]
fn english_function_words_and_lone_letters_are_no_keywords_but_acronyms_are() {
    let text = "The firm told us that two e-mail servers failed. Many of us lost e-mail for \
        two days. The e-mail outage hit many users. US regulators asked for a report. US \
        officials said the US market was calm. The firm sent us one e-mail a day.";
    let summary = run(text, &Options::new().max_keywords(50));
    assert_no_keywords(&summary, &["us", "two", "Many", "many", "one", "e"]);
    let us = keyword(&summary, "US").expect("the acronym is a keyword");
    assert_eq!(spans_in(us, text), ["US", "US", "US"]);
    assert!(
        keyword(&summary, "mail").is_some(),
        "{:?}",
        summary.keywords
    );
}

/// Words of time, order and generic action are in every story (`year`, `new`, `first`,
/// `make`; French `ans`, `première`; Dutch `jaar`): no keywords where lowercase, however
/// often used, while a name that holds one stays whole (`New Zealand`). In German only the
/// lowercase ones can be such words, as its nouns are capitalized.
#[test]
fn words_every_story_uses_are_no_keywords() {
    for (code, text, kept, left_out) in [
        (
            "en",
            "The new plan will make the first cuts this year. Last year the first plan failed, \
             and a new year brings a new plan. New Zealand will make a new offer next year, \
             and New Zealand farmers back the plan.",
            "New Zealand",
            &["new", "first", "year", "make", "last", "next", "back"][..],
        ),
        (
            "fr",
            "Le nouveau plan fera ses premières coupes cette année. Il y a deux ans, la \
             première réforme du plan a échoué. La réforme du plan reviendra dans deux ans.",
            "plan",
            &["nouveau", "premières", "première", "année", "ans"],
        ),
        (
            "nl",
            "De nieuwe brug opent volgend jaar. Vorig jaar werd de eerste brug gesloten. De brug \
             kost twee miljoen euro, en de nieuwe brug krijgt twee rijstroken.",
            "brug",
            &["nieuwe", "jaar", "eerste", "twee"],
        ),
        (
            "es",
            "El nuevo puente abrirá el próximo año. El año pasado cerró el primer puente. El \
             puente costará dos millones, y el nuevo puente tendrá dos carriles.",
            "puente",
            &["nuevo", "año", "primer", "dos", "próximo"],
        ),
        (
            "it",
            "Il nuovo ponte aprirà il prossimo anno. L'anno scorso è stato chiuso il primo \
             ponte. Il ponte costerà due milioni, e il nuovo ponte avrà due corsie.",
            "ponte",
            &["nuovo", "anno", "primo", "due", "prossimo"],
        ),
        (
            "pt",
            "A nova ponte abre no próximo ano. No ano passado fechou a primeira ponte. A ponte \
             vai custar dois milhões, e a nova ponte terá duas faixas.",
            "ponte",
            &["nova", "ano", "primeira", "dois", "próximo"],
        ),
        (
            "de",
            "Die neue Brücke öffnet im nächsten Sommer. Die erste Brücke wurde geschlossen. Die \
             Brücke kostet zwei Millionen, und die neue Brücke hat zwei Spuren.",
            "Brücke",
            &["neue", "erste", "zwei", "nächsten"],
        ),
    ] {
        let summary = run(text, &Options::new().language(code).max_keywords(50));
        assert!(
            keyword(&summary, kept).is_some(),
            "{code}: {:?}",
            summary.keywords
        );
        assert_no_keywords(&summary, left_out);
    }
}

/// In French and Italian an elided word (`l'`, `d’`, `qu'`, `dell'`) is not part of the
/// word after it: `l'économie` is a use of `économie`, `qu'il` of the stop word `il`, and a
/// name after `d'` is capitalized.
#[test]
fn elided_words_are_left_out_of_terms_and_keywords() {
    let french = "L'économie va mieux. L’économie de la région croît, et l'économie \
        nationale suit. Le plan d'Emmanuel Macron aide l'économie, qu'il a voulue. \
        Emmanuel Macron parle.";
    let summary = run(french, &Options::new().language("fr").max_keywords(50));
    let economy = keyword(&summary, "économie").unwrap();
    assert_eq!(spans_in(economy, french), ["économie"; 4]);
    assert_eq!(keyword(&summary, "Emmanuel Macron").unwrap().spans.len(), 2);
    assert_no_keywords(
        &summary,
        &["l'économie", "économie,", "qu'il", "il", "d'Emmanuel"],
    );
    let italian = "Dell'economia si parla. L'economia cresce, e l'economia regge.";
    let summary = run(italian, &Options::new().language("it"));
    assert_eq!(
        summary.keywords[0].text, "economia",
        "{:?}",
        summary.keywords
    );
    assert_eq!(summary.keywords[0].spans.len(), 3);
}

/// A person the text never calls by surname alone is shown without the titles before the
/// name, and weighs as written, titles and all: four words used once outrank a word used
/// three times.
#[test]
fn titles_are_left_out_of_a_name_the_text_never_shortens() {
    let text = "Vice President JD Vance visited the plant on Monday. Workers at the plant \
        cheered the plant's new line.";
    let summary = run(text, &Options::new().max_keywords(50));
    assert_eq!(
        summary.keywords[0].text, "JD Vance",
        "{:?}",
        summary.keywords
    );
    assert_eq!(summary.keywords[1].text, "plant", "{:?}", summary.keywords);
    assert!(keyword(&summary, "Vice President JD Vance").is_none());
    // A title after another word of the name, not a title itself.
    let text = "Foreign Secretary Jack Straw flew to Kabul on Monday. Russian President \
        Vladimir Putin called him there, and Foreign Secretary Jack Straw listened.";
    let summary = run(text, &Options::new().max_keywords(50));
    let straw = keyword(&summary, "Jack Straw").expect("the name without its titles");
    assert_eq!(straw.spans.len(), 2, "{straw:?}");
    assert!(keyword(&summary, "Vladimir Putin").is_some());
    assert_no_keywords(
        &summary,
        &[
            "Foreign Secretary Jack Straw",
            "Russian President Vladimir Putin",
        ],
    );
}

/// What comes before a person's titles describes them (`House Speaker`, `Apple CEO`): no use
/// of a keyword, nor of a name that ends the same way (`White House`).
#[test]
fn words_before_titles_are_no_keyword() {
    let text = "House Speaker Paul Ryan spoke on Monday. The White House said nothing. Later, \
        House Speaker Paul Ryan left, and Ex-Home Secretary David Blunkett arrived.";
    let summary = run(text, &Options::new().language("en").max_keywords(50));
    let white_house = keyword(&summary, "White House").expect("a name of the text");
    assert_eq!(white_house.spans.len(), 1, "{white_house:?}");
    assert_eq!(keyword(&summary, "Paul Ryan").unwrap().spans.len(), 2);
    assert_no_keywords(&summary, &["House", "Ex", "Home"]);
}

/// A title that goes on past `of` into another (`Secretary of State`) is all titles, even
/// where the text never writes the surname alone: no `State Marco Rubio`, `US Secretary` or
/// `Secretary`; a title before an organisation's name (`spokesman for the State Tobacco
/// Monopoly`) leaves the name whole.
#[test]
fn a_title_of_two_titles_is_no_keyword() {
    let text = "US Secretary of State Marco Rubio met officials on Monday. The US Secretary of \
        State Marco Rubio said the talks would go on. Officials praised US Secretary of State \
        Marco Rubio. A spokesman for the State Tobacco Monopoly agreed, and the State Tobacco \
        Monopoly wrote to officials.";
    let summary = run(text, &Options::new().language("en").max_keywords(50));
    let rubio = keyword(&summary, "Marco Rubio").expect("the person is named");
    assert_eq!(spans_in(rubio, text).len(), 3);
    assert_no_keywords(
        &summary,
        &["State Marco Rubio", "US Secretary", "Secretary", "US"],
    );
    assert_eq!(
        keyword(&summary, "State Tobacco Monopoly").map(|k| k.spans.len()),
        Some(2),
        "{:?}",
        summary.keywords
    );
}

/// A function word that opens a sentence is capitalized by its place alone: it is no part of
/// the name after it (`However Nasdaq`, `Selon TBM`), unless the text capitalizes it inside
/// a sentence too (`One Music` of `the One Music show`).
#[test]
fn a_function_word_opening_a_sentence_is_no_part_of_a_name() {
    let text = "However Nasdaq shares fell on Monday. Traders said Nasdaq would recover. Although \
        Diageo gained, Diageo shares were flat. One Music will air at night. The One Music show \
        has new hosts.";
    let summary = run(text, &Options::new().language("en").max_keywords(50));
    assert_eq!(keyword(&summary, "Nasdaq").map(|k| k.spans.len()), Some(2));
    assert_eq!(keyword(&summary, "Diageo").map(|k| k.spans.len()), Some(2));
    assert_eq!(
        keyword(&summary, "One Music").map(|k| k.spans.len()),
        Some(2)
    );
    assert_no_keywords(&summary, &["However Nasdaq", "Although Diageo", "Music"]);
    let text = "Selon TBM, le trafic reprendra lundi. TBM a présenté des excuses aux usagers.";
    let summary = run(text, &Options::new().language("fr").max_keywords(50));
    assert_eq!(keyword(&summary, "TBM").map(|k| k.spans.len()), Some(2));
    assert_no_keywords(&summary, &["Selon TBM"]);
}

/// A number of one or two digits says how many but not of what (`6` of a tennis score,
/// `1` of `Radio 1`): no keyword, however often written; a longer one may name something.
#[test]
fn small_numbers_are_no_keywords() {
    let text = "Smith won 6-3 6-4 on Monday. Jones lost 6-2 6-1 to Smith. Radio 1 played the \
        final, and Radio 1 will play the next. The Boeing 777 flew the team home; a 777 seats \
        300 people.";
    let summary = run(text, &Options::new().language("en").max_keywords(50));
    assert_no_keywords(&summary, &["6", "1", "3", "4"]);
    assert!(keyword(&summary, "777").is_some(), "{:?}", summary.keywords);
}

/// A headline in title case capitalizes every word: there, a word the text also writes in
/// lowercase names no one, and is written as the text writes it elsewhere.
#[test]
fn a_title_case_headline_is_no_name() {
    let text = "Senator Warns Budget Cuts Threaten Schools\n\nSenator Jane Doe warned on Monday \
        that budget cuts threaten schools. The cuts would close ten schools, she said. Jane Doe \
        spoke in Albany.";
    let summary = run(text, &Options::new().language("en").max_keywords(50));
    assert!(
        summary
            .keywords
            .iter()
            .all(|k| k.text.split(' ').count() <= 2),
        "{:?}",
        summary.keywords
    );
    assert_eq!(keyword(&summary, "Jane Doe").unwrap().spans.len(), 2);
    assert!(keyword(&summary, "schools").is_some());
    // Its capitals are no way of writing a word, as a sentence's first capital is not.
    assert!(keyword(&summary, "threaten").is_some());
    assert_no_keywords(&summary, &["Threaten"]);
}

/// A hyphen joins the words of a name, which keywords keep whole (`Jean-Claude Juncker`,
/// `Mercedes-Benz`, `Kilroy-Silk`), not as its pieces.
#[test]
fn hyphenated_names_are_one_keyword() {
    let text = "Jean-Claude Juncker met the board of Mercedes-Benz on Monday. Later, \
        Jean-Claude Juncker said the talks went well. Mercedes-Benz said little. Juncker left.";
    let summary = run(text, &Options::new().max_keywords(50));
    let juncker = keyword(&summary, "Jean-Claude Juncker").expect("the whole name");
    assert_eq!(juncker.spans.len(), 3, "{juncker:?}");
    assert!(keyword(&summary, "Mercedes-Benz").is_some());
    assert_no_keywords(&summary, &["Jean", "Claude Juncker", "Mercedes", "Benz"]);
    // A hyphenated surname after a title is written alone, as a one-word surname is.
    let text = "Robert Kilroy-Silk spoke on Monday. Mr Kilroy-Silk left, and Mr Kilroy-Silk waved.";
    let summary = run(text, &Options::new().language("en").max_keywords(50));
    let surname = keyword(&summary, "Kilroy-Silk").expect("one name");
    assert_eq!(surname.spans.len(), 3, "{surname:?}");
    assert!(keyword(&summary, "Mr Kilroy-Silk").is_none());
}

#[test]
fn keywords_are_written_as_in_the_text_and_span_it() {
    let summary = run(STORY, &Options::new());
    assert_eq!(summary.keywords[0].text, "bridge", "{:?}", summary.keywords);
    for k in &summary.keywords {
        let written: Vec<String> = k
            .spans
            .iter()
            .map(|span| {
                span.slice(STORY)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert!(written.contains(&k.text), "{:?} not in {written:?}", k.text);
        assert!(!k.text.ends_with("'s"), "{:?}", k.text);
    }
    let scores: Vec<f64> = summary.keywords.iter().map(|k| k.score).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "best first: {scores:?}"
    );
}

#[test]
fn stop_words_are_not_keywords() {
    let summary = run(STORY, &Options::new().max_keywords(100));
    for stop in ["the", "will", "of", "and"] {
        assert!(keyword(&summary, stop).is_none(), "{stop}");
    }
}

#[test]
fn reporting_verbs_are_not_keywords() {
    let summary = run(STORY, &Options::new().max_keywords(100));
    assert!(
        keyword(&summary, "said").is_none(),
        "{:?}",
        summary.keywords
    );
    assert!(keyword(&summary, "bridge").is_some());
}

#[test]
fn the_same_text_gives_the_same_summary() {
    for length in [Length::Auto, Length::Sentences(2), Length::Words(30)] {
        let options = Options::new().length(length);
        assert_eq!(run(STORY, &options), run(STORY, &options));
    }
}

#[test]
fn central_sentences_beat_digressions() {
    let text = "The bridge vote passed. Bridge costs rose as the bridge design changed, and \
                the bridge council approved the bridge budget. My uncle once kept bees. The \
                bridge opens in 2028.";
    let summary = run(text, &Options::new().length(Length::Sentences(2)));
    assert!(!summary.selected.contains(&2), "{:?}", summary.selected);
}

#[test]
fn no_quotes_or_keywords_asked_gives_none_and_the_same_summary() {
    let text = format!("{STORY} \"We have waited long enough for this bridge,\" Ana Ruiz said.");
    let full = run(&text, &Options::new());
    assert!(!full.quotes.is_empty() && !full.keywords.is_empty());
    let bare = run(&text, &Options::new().max_quotes(0).max_keywords(0));
    assert!(bare.quotes.is_empty() && bare.keywords.is_empty());
    assert_eq!(bare.sentences, full.sentences);
    assert_eq!(bare.selected, full.selected);
}
