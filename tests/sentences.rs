//! Sentence and paragraph splitting, one table per concern. Every case is written for these
//! tests; a case named `regression_…` says what once broke.

use abridge::{segment, Language};

/// The sentences of `text` in `language`, as strings.
fn sentences(text: &str, language: &str) -> Vec<String> {
    let language = Language::get(language).expect("the language is built in");
    segment(text, language)
        .sentences
        .iter()
        .map(|s| s.span.slice(text).to_string())
        .collect()
}

/// One test per case: `name: "text" => ["sentence", …],` (English unless a language is
/// given as `name(lang): …`).
macro_rules! cases {
    ($($name:ident $(($lang:literal))?: $text:expr => [$($want:expr),* $(,)?],)*) => {$(
        #[test]
        fn $name() {
            #[allow(unused_variables)]
            let language = "en";
            $(let language = $lang;)?
            let want: Vec<&str> = vec![$($want),*];
            assert_eq!(sentences($text, language), want, "text: {:?}", $text);
        }
    )*};
}

mod stops {
    use super::*;

    cases! {
        period: "The vote passed. The council adjourned." =>
            ["The vote passed.", "The council adjourned."],
        question: "Who voted no? Three members did." => ["Who voted no?", "Three members did."],
        exclamation: "It worked! Everyone cheered." => ["It worked!", "Everyone cheered."],
        doubled_marks: "Really?! Yes. Wow!! Fine." => ["Really?!", "Yes.", "Wow!!", "Fine."],
        short_sentences_stay: "No! Stop. Why?" => ["No!", "Stop.", "Why?"],
        no_final_stop: "The vote passed. More to follow" => ["The vote passed.", "More to follow"],
        no_space_between: "It rained all day.Then the sun came out." =>
            ["It rained all day.", "Then the sun came out."],
        no_space_after_number: "He sold 2,000.That was plenty." =>
            ["He sold 2,000.", "That was plenty."],
        question_before_lowercase: "Would it hold? nobody knew." => ["Would it hold? nobody knew."],
        exclamation_in_name: "She works at Yahoo! in London." => ["She works at Yahoo! in London."],
        exclamation_before_comma: "Leave now!, he shouted." => ["Leave now!, he shouted."],
        question_between_dashes: "It was -- can you believe it? -- free." =>
            ["It was -- can you believe it? -- free."],
        question_before_capital_after_dash: "What now? - Nobody answered." =>
            ["What now?", "- Nobody answered."],
    }
}

mod abbreviations {
    use super::*;

    cases! {
        titles: "Mr. Smith met Dr. Jones and Sen. Lee at St. Paul's." =>
            ["Mr. Smith met Dr. Jones and Sen. Lee at St. Paul's."],
        mountain: "From here you can see Mt. Rainier." => ["From here you can see Mt. Rainier."],
        month_before_day: "The law takes effect Jan. 1 next year." =>
            ["The law takes effect Jan. 1 next year."],
        number_sign: "He wore No. 23 for the team." => ["He wore No. 23 for the team."],
        page: "The rule is on p. 12 of the report." => ["The rule is on p. 12 of the report."],
        company_mid_sentence: "Acme Inc. said profits rose." => ["Acme Inc. said profits rose."],
        company_at_end: "The deal went to Smith & Co. It closed on Friday." =>
            ["The deal went to Smith & Co.", "It closed on Friday."],
        lowercase_abbreviation_at_end: "We asked Jane and co. They had no idea." =>
            ["We asked Jane and co.", "They had no idea."],
        lowercase_abbreviation_inside: "Were Jane and co. at the party?" =>
            ["Were Jane and co. at the party?"],
        latin: "Bring tools, e.g. a hammer, i.e. anything heavy, etc. and go." =>
            ["Bring tools, e.g. a hammer, i.e. anything heavy, etc. and go."],
        latin_before_title: "It is e.g. Mr. Smith who decides." => ["It is e.g. Mr. Smith who decides."],
        etc_at_end: "They sold fruit, bread, etc. The market closed at noon." =>
            ["They sold fruit, bread, etc.", "The market closed at noon."],
        versus: "It is the Jets vs. the Bills tonight." => ["It is the Jets vs. the Bills tonight."],
        suffix_possessive: "That is JFK Jr.'s plane." => ["That is JFK Jr.'s plane."],
        phd_before_hyphen: "She has Ph.D.-level training." => ["She has Ph.D.-level training."],
        time_mid_sentence: "The polls open at 7 a.m. on Tuesday." =>
            ["The polls open at 7 a.m. on Tuesday."],
        time_at_end: "The polls close at 8 p.m. He will vote early." =>
            ["The polls close at 8 p.m.", "He will vote early."],
        time_then_title: "At 5 a.m. Mr. Park left home. He came back at 6 P.M. Mr. Park then slept." =>
            ["At 5 a.m. Mr. Park left home.", "He came back at 6 P.M.", "Mr. Park then slept."],
        us_before_lowercase: "U.S. officials said the talks went well." =>
            ["U.S. officials said the talks went well."],
        us_before_name: "He works for the U.S. Government in Ohio." =>
            ["He works for the U.S. Government in Ohio."],
        us_before_number: "She has lived in the U.S. for 20 years." =>
            ["She has lived in the U.S. for 20 years."],
        us_at_end: "Prices rose in the U.S. The rest of the world followed." =>
            ["Prices rose in the U.S.", "The rest of the world followed."],
        us_before_question: "I live in the U.S. How about you?" =>
            ["I live in the U.S.", "How about you?"],
        dotted_at_end: "She moved to the E.U. How was it?" => ["She moved to the E.U.", "How was it?"],
        dotted_three_letters: "We toured the U.S.A. last year." => ["We toured the U.S.A. last year."],
        initial: "My name is Anna K. Berg." => ["My name is Anna K. Berg."],
        initials_spaced: "J. R. R. Tolkien wrote it." => ["J. R. R. Tolkien wrote it."],
        initials_joined: "She shops at J.C. Penney." => ["She shops at J.C. Penney."],
        pronoun_i_at_end: "We make a good team, you and I. Did you see Ivan I. Petrov?" =>
            ["We make a good team, you and I.", "Did you see Ivan I. Petrov?"],
        regression_word_taken_for_a_day: "A cat sat. A dog ran." => ["A cat sat.", "A dog ran."],
        letter_at_end: "They need vitamin C. The doctor said so." =>
            ["They need vitamin C.", "The doctor said so."],
    }
}

mod numbers_and_addresses {
    use super::*;

    cases! {
        money: "She has $100.00 in her bag." => ["She has $100.00 in her bag."],
        money_at_end: "She has $100.00. It is in her bag." => ["She has $100.00.", "It is in her bag."],
        decimals: "Growth was 3.5% and debt $1.2 billion." => ["Growth was 3.5% and debt $1.2 billion."],
        version: "Install v2.0.1 first. Then restart." => ["Install v2.0.1 first.", "Then restart."],
        number_at_end: "I have 600. How many do you have?" => ["I have 600.", "How many do you have?"],
        leading_decimal: "It costs $.50 and .50 more! That is all." =>
            ["It costs $.50 and .50 more!", "That is all."],
        email: "Write to Jane.Doe@example.com. She answers fast." =>
            ["Write to Jane.Doe@example.com.", "She answers fast."],
        url: "See https://www.example.com/News.Today/page.html. It explains." =>
            ["See https://www.example.com/News.Today/page.html.", "It explains."],
        bare_domain: "Visit www.example.Org today." => ["Visit www.example.Org today."],
        coordinates: "It is at N°. 1026.253.553. That is the spot." =>
            ["It is at N°. 1026.253.553.", "That is the spot."],
        date_with_dots: "Today is 11.18.2014." => ["Today is 11.18.2014."],
        footnote_brackets: "He was a saint.[1] The emperor disagreed." =>
            ["He was a saint.[1]", "The emperor disagreed."],
        footnote_number: "The gap is known.12 Take the common cold." =>
            ["The gap is known.12", "Take the common cold."],
    }
}

mod ellipses {
    use super::*;

    cases! {
        before_capital: "I never meant that... She left." => ["I never meant that...", "She left."],
        four_dots: "I never meant that.... She left." => ["I never meant that....", "She left."],
        unicode: "He waited… Then he left." => ["He waited…", "Then he left."],
        before_lowercase: "I was... well, not sure." => ["I was... well, not sure."],
        spaced_inside: "It was . . . I mean, nothing." => ["It was . . . I mean, nothing."],
        spaced_after_stop: "It ends with a period . . . . Next one." =>
            ["It ends with a period . . . .", "Next one."],
        bracketed: "\"He [...] said it [...]\" (Smith 55)." => ["\"He [...] said it [...]\" (Smith 55)."],
        in_quote_at_end: "He said it was “less complex. . . .”" => ["He said it was “less complex. . . .”"],
        four_dots_spaced_after_word: "It was weakened . . . by compounds. . . . The practice went on. . . ." =>
            ["It was weakened . . . by compounds.", ". . . The practice went on. . . ."],
        sentence_starting_with_one: "That was it. ...and then it rained." =>
            ["That was it.", "...and then it rained."],
    }
}

mod quotations {
    use super::*;

    cases! {
        closing_quote_belongs: "She said, \"This is great.\" He agreed." =>
            ["She said, \"This is great.\"", "He agreed."],
        lowercase_after_quote: "She said, \"This is great.\" she smiled." =>
            ["She said, \"This is great.\" she smiled."],
        single_quotes: "She said, 'This is great.' she smiled." =>
            ["She said, 'This is great.' she smiled."],
        question_then_verb: "\"Where is he?\" she asked." => ["\"Where is he?\" she asked."],
        question_then_name_and_verb: "\"Is it over?\" Smith asked. Nobody knew." =>
            ["\"Is it over?\" Smith asked.", "Nobody knew."],
        attributed_quote_stays_whole: "\"We will win. We always do,\" he said. Then he left." =>
            ["\"We will win. We always do,\" he said.", "Then he left."],
        attributed_curly_quote: "“Prices rose. Wages did not,” said Maria Lopez, an economist." =>
            ["“Prices rose. Wages did not,” said Maria Lopez, an economist."],
        quote_ending_sentence_splits: "He said: \"We will win. We always do.\"" =>
            ["He said: \"We will win.", "We always do.\""],
        long_attributed_quote_splits: "\"One. Two. Three. Four,\" he counted." =>
            ["\"One.", "Two.", "Three.", "Four,\" he counted."],
        parenthesis_inside: "He teaches (He worked as an engineer.) at the college." =>
            ["He teaches (He worked as an engineer.) at the college."],
        parenthesis_sentence: "It ended. (Nobody was hurt.) Then it rained." =>
            ["It ended.", "(Nobody was hurt.)", "Then it rained."],
        unbalanced_quote: "He said \"yes. Then he left. She stayed." =>
            ["He said \"yes.", "Then he left.", "She stayed."],
        apostrophes: "I wrote it in the '90s. It's old." => ["I wrote it in the '90s.", "It's old."],
        german_quotes: "„Ich habe keine Zeit“, sagte sie. „Und keine Lust.“ Dann ging sie." =>
            ["„Ich habe keine Zeit“, sagte sie.", "„Und keine Lust.“", "Dann ging sie."],
        guillemets: "«Il pleut. Il fait froid», dit-il. Puis il partit." =>
            ["«Il pleut. Il fait froid», dit-il.", "Puis il partit."],
        french_spacing: "Elle dit « non ! » et partit." => ["Elle dit « non ! » et partit."],
    }
}

mod lists {
    use super::*;

    cases! {
        numbered_without_stops: "1. The first item 2. The second item" =>
            ["1. The first item", "2. The second item"],
        numbered_with_stops: "1. The first item. 2. The second item." =>
            ["1. The first item.", "2. The second item."],
        parens: "1) The first item 2) The second item" => ["1) The first item", "2) The second item"],
        period_and_parens: "1.) The first item 2.) The second item" =>
            ["1.) The first item", "2.) The second item"],
        letters: "a. The first item b. The second item c. The third item" =>
            ["a. The first item", "b. The second item", "c. The third item"],
        bracketed_letters: "(a) Hello world. (b) Hello world." => ["(a) Hello world.", "(b) Hello world."],
        bullets: "• 9. The first item • 10. The second item" =>
            ["• 9. The first item", "• 10. The second item"],
        hyphen_bullets: "⁃9. The first item ⁃10. The second item" =>
            ["⁃9. The first item", "⁃10. The second item"],
        roman: "(iii) List item number 3." => ["(iii) List item number 3."],
        number_in_text: "As payment for 1. above, no fee is due." =>
            ["As payment for 1. above, no fee is due."],
        lines: "Steps:\n- Open the box\n- Take the lid\n* Done" =>
            ["Steps:", "- Open the box", "- Take the lid", "* Done"],
    }
}

mod lines_and_paragraphs {
    use super::*;

    cases! {
        hard_wrap: "This is a sentence\ncut off in the middle." => ["This is a sentence\ncut off in the middle."],
        hard_wrap_with_space: "It was a cold \nnight in the city." => ["It was a cold \nnight in the city."],
        short_lines: "features\ncontact manager\nevents, activities\n" =>
            ["features", "contact manager", "events, activities"],
        heading: "Storm Hits Coast\nThe storm arrived at dawn. It was strong." =>
            ["Storm Hits Coast", "The storm arrived at dawn.", "It was strong."],
        metadata: "Date: unknown\nLocation: www.example.com\nWASHINGTON: Talks began." =>
            ["Date: unknown", "Location: www.example.com", "WASHINGTON: Talks began."],
        abbreviation_at_line_end: "The talks were led by Mr.\nSmith and went well." =>
            ["The talks were led by Mr.\nSmith and went well."],
        function_word_at_line_end: "After the vote the mayor said she would meet with\nPresident Obi soon." =>
            ["After the vote the mayor said she would meet with\nPresident Obi soon."],
        name_broken_by_a_wrap: "The ministers of both countries met on Monday, and officials said Marco\nRubio had called them." =>
            ["The ministers of both countries met on Monday, and officials said Marco\nRubio had called them."],
        title_case_heading_of_eight_words: "Harbor City Council Approves New Bridge Over The River\nThe vote came late." =>
            ["Harbor City Council Approves New Bridge Over The River", "The vote came late."],
        crlf: "Hello World. \r\n Hello." => ["Hello World.", "Hello."],
        blank_lines: "One.\n\n\nTwo." => ["One.", "Two."],
    }

    #[test]
    fn every_line_of_news_is_a_paragraph() {
        let text = "First paragraph here.\nSecond one, \"quoted,\" she said.\nThird.";
        let parts = segment(text, Language::get("en").unwrap());
        assert_eq!(parts.paragraphs.len(), 3);
        let paragraphs: Vec<usize> = parts.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 2]);
    }

    #[test]
    fn a_hard_wrap_keeps_one_paragraph() {
        let text =
            "This is a long sentence that was\nwrapped by an editor. It goes on.\n\nNew one.";
        let parts = segment(text, Language::get("en").unwrap());
        let spans: Vec<&str> = parts.paragraphs.iter().map(|p| p.slice(text)).collect();
        assert_eq!(
            spans,
            [
                "This is a long sentence that was\nwrapped by an editor. It goes on.",
                "New one."
            ]
        );
    }
}

mod scripts {
    use super::*;

    cases! {
        japanese: "これはペンです。それはマーカーです。" => ["これはペンです。", "それはマーカーです。"],
        japanese_quote: "彼は「行く。」と言った。次だ。" => ["彼は「行く。」と言った。", "次だ。"],
        full_width_decimal: "引き下げ幅は３．２９％だ。次。" => ["引き下げ幅は３．２９％だ。", "次。"],
        chinese_title: "我们去看《摔跤吧！爸爸》好吗？好！" => ["我们去看《摔跤吧！爸爸》好吗？", "好！"],
        full_width_period: "Test strange period．Does it work．" => ["Test strange period．", "Does it work．"],
        hindi: "यह सच है। वह नहीं जानता।" => ["यह सच है।", "वह नहीं जानता।"],
        arabic: "ماذا حدث؟ لا أحد يعرف." => ["ماذا حدث؟", "لا أحد يعرف."],
        amharic: "እንደምን አለህ፧መልካም ቀን።" => ["እንደምን አለህ፧", "መልካም ቀን።"],
        spanish_marks: "¿Cómo está? ¡Muy bien! Gracias." => ["¿Cómo está?", "¡Muy bien!", "Gracias."],
        bidi_marks: "Dr\u{202a}.\u{202c} Ahmed came." => ["Dr\u{202a}.\u{202c} Ahmed came."],
    }
}

/// Each language's abbreviation list (`src/lang/<code>/abbreviations.txt`) at work.
mod languages {
    use super::*;

    cases! {
        german_ordinal_date("de"): "Die Wahl ist am 12. Juni. Sie wird knapp." =>
            ["Die Wahl ist am 12. Juni.", "Sie wird knapp."],
        german_number_at_end("de"): "Das steht auf Seite 12. Dort kannst du nachlesen." =>
            ["Das steht auf Seite 12.", "Dort kannst du nachlesen."],
        german_title("de"): "Wir trafen Dr. med. Meyer und Fr. Schulz, z. B. in Bonn." =>
            ["Wir trafen Dr. med. Meyer und Fr. Schulz, z. B. in Bonn."],
        french_title("fr"): "M. Dupont et Mme Martin sont venus. Ils sont partis." =>
            ["M. Dupont et Mme Martin sont venus.", "Ils sont partis."],
        spanish_titles("es"): "Hola Srta. Ruiz. Soy el Lic. Pérez, y él es el Dr. Gómez." =>
            ["Hola Srta. Ruiz.", "Soy el Lic. Pérez, y él es el Dr. Gómez."],
        italian_elided_title("it"): "Sono l'Ing. Rossi. È presente l'Avv. Bianchi?" =>
            ["Sono l'Ing. Rossi.", "È presente l'Avv. Bianchi?"],
        danish_title("da"): "Kl. 5 kom Hr. Jensen. Han gik igen." => ["Kl. 5 kom Hr. Jensen.", "Han gik igen."],
        russian_initials("ru"): "Д-р наук А. И. Семенов выступил. Потом был перерыв." =>
            ["Д-р наук А. И. Семенов выступил.", "Потом был перерыв."],
        polish_abbreviation("pl"): "To jest m.in. prof. Nowak. On wie." =>
            ["To jest m.in. prof. Nowak.", "On wie."],
        greek_question_mark("el"): "Πού είναι; Εδώ είναι." => ["Πού είναι;", "Εδώ είναι."],
        semicolon_elsewhere("en"): "It rained; we stayed in." => ["It rained; we stayed in."],
        english_abbreviations_everywhere("nl"): "De U.S. Army kwam. Mr. Smith bleef." =>
            ["De U.S. Army kwam.", "Mr. Smith bleef."],
        regression_number_taken_for_a_month("pt"): "Eram dez. Depois vieram mais." =>
            ["Eram dez.", "Depois vieram mais."],
        slovak_without_other_data("sk"): "Je to napr. Peter z XII. Pluku. Áno, od 7. Apríla." =>
            ["Je to napr. Peter z XII. Pluku.", "Áno, od 7. Apríla."],
        armenian_colon("hy"): "Ի՞նչ ես մտածում: Ոչինչ:" => ["Ի՞նչ ես մտածում:", "Ոչինչ:"],
        unknown_language("xx"): "Je to tak. Áno." => ["Je to tak.", "Áno."],
    }
}

mod robustness {
    use super::*;

    /// The invariants every segmentation keeps: spans in order, inside the text, on
    /// character boundaries, trimmed, within their paragraph.
    fn check(text: &str) {
        let parts = segment(text, Language::get("en").unwrap());
        let mut last = 0;
        for s in &parts.sentences {
            assert!(s.span.start >= last && s.span.start < s.span.end, "{s:?}");
            let slice = text.get(s.span.start..s.span.end).expect("char boundaries");
            assert_eq!(slice, slice.trim(), "untrimmed {slice:?}");
            let p = parts.paragraphs[s.paragraph];
            assert!(p.start <= s.span.start && s.span.end <= p.end);
            last = s.span.end;
        }
        for p in &parts.paragraphs {
            let slice = text.get(p.start..p.end).expect("char boundaries");
            assert!(!slice.is_empty() && slice == slice.trim());
        }
    }

    #[test]
    fn hostile_inputs_keep_the_invariants() {
        let inputs = [
            String::new(),
            " \n\t ".to_string(),
            "\0\0. \0".to_string(),
            "\u{301}\u{301}. \u{301}A.".to_string(),
            "\u{200f}שלום. \u{200e}Hello.\u{202b}".to_string(),
            "\n".repeat(200_000),
            "\"".repeat(10_000),
            "“„«»「」()[]".repeat(2_000),
            "a".repeat(100_000),
            ".".repeat(10_000),
            " .".repeat(10_000),
            "[1".repeat(10_000),
            "1. ".repeat(10_000),
            "Mr. ".repeat(10_000),
            "é.".repeat(10_000),
            "。」".repeat(10_000),
            "a.\u{202a}".repeat(10_000),
        ];
        for text in &inputs {
            check(text);
        }
    }

    #[test]
    fn many_newlines_give_no_sentence() {
        let text = "\n".repeat(200_000);
        assert!(segment(&text, Language::get("en").unwrap())
            .sentences
            .is_empty());
    }

    #[test]
    fn unbalanced_quotes_keep_splitting() {
        let text = format!("{} One. Two.", "\"".repeat(10_000));
        let got = sentences(&text, "en");
        assert_eq!(got.last().map(String::as_str), Some("Two."));
    }
}
