//! Each language on a short news text written for these tests: its detection, stop words,
//! stems, words and a summary.
#![cfg(feature = "languages")]

use abridge::{Language, Length, Options};

/// One language's case.
struct Case {
    code: &'static str,
    /// A few sentences of news in the language.
    text: &'static str,
    /// A word of the text that is a stop word.
    stop: &'static str,
    /// A word of the text that is not.
    content: &'static str,
    /// Two forms of one word that share a stem, where Snowball has a stemmer for the
    /// language; `None` where it has none (the word is then its own stem).
    stems: Option<(&'static str, &'static str)>,
}

macro_rules! languages {
    ($($code:ident: $case:expr,)*) => {
        $(mod $code {
            use super::Case;

            pub(super) fn case() -> Case {
                let case = $case;
                assert_eq!(case.code, stringify!($code));
                case
            }
            #[test]
            fn detected() {
                super::detected(&case());
            }
            #[test]
            fn stopwords() {
                super::stopwords(&case());
            }
            #[test]
            fn stems() {
                super::stems(&case());
            }
            #[test]
            fn summarized() {
                super::summarized(&case());
            }
        })*

        /// Every case, for tests over all of them.
        fn cases() -> Vec<Case> {
            vec![$($code::case()),*]
        }
    };
}

fn detected(case: &Case) {
    assert_eq!(
        Language::detect(case.text).code(),
        case.code,
        "{}",
        case.text
    );
}

fn stopwords(case: &Case) {
    let language = Language::get(case.code).unwrap();
    assert!(case.text.contains(case.stop) && case.text.contains(case.content));
    assert!(
        language.is_stopword(case.stop),
        "{}: {}",
        case.code,
        case.stop
    );
    assert!(
        !language.is_stopword(case.content),
        "{}: {}",
        case.code,
        case.content
    );
}

fn stems(case: &Case) {
    let language = Language::get(case.code).unwrap();
    match case.stems {
        Some((a, b)) => {
            assert_eq!(language.stem(a), language.stem(b), "{}", case.code);
            assert_ne!(language.stem(a), a, "{}: {a} is not stemmed", case.code);
        }
        None => assert_eq!(language.stem(case.content), case.content),
    }
}

fn summarized(case: &Case) {
    let options = Options::new().length(Length::Sentences(2));
    let summary = abridge::summarize(case.text, &options).unwrap();
    assert_eq!(summary.language, case.code);
    assert!(
        summary.sentences.len() >= 4,
        "{}: {:?}",
        case.code,
        summary.sentences
    );
    assert_eq!(summary.selected.len(), 2, "{}", case.code);
    assert!(!summary.keywords.is_empty(), "{}", case.code);
}

languages! {
    en: Case {
        code: "en",
        text: "The city council approved a new budget on Tuesday. The plan gives more money \
               to schools and public transport. Several members said the spending was too \
               high. The mayor defended the budget at a press conference. A vote on the final \
               details will take place next month.",
        stop: "the",
        content: "budget",
        stems: Some(("schools", "school")),
    },
    de: Case {
        code: "de",
        text: "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen. Der Plan sieht \
               mehr Geld für Schulen und den öffentlichen Nahverkehr vor. Mehrere Mitglieder \
               sagten, die Ausgaben seien zu hoch. Die Bürgermeisterin verteidigte den \
               Haushalt auf einer Pressekonferenz. Über die letzten Einzelheiten wird im \
               nächsten Monat abgestimmt.",
        stop: "und",
        content: "Haushalt",
        stems: Some(("schulen", "schule")),
    },
    fr: Case {
        code: "fr",
        text: "Le conseil municipal a adopté mardi un nouveau budget. Le projet prévoit plus \
               d'argent pour les écoles et les transports publics. Plusieurs élus ont estimé \
               que les dépenses étaient trop élevées. La maire a défendu le budget lors d'une \
               conférence de presse. Le vote sur les derniers détails aura lieu le mois \
               prochain.",
        stop: "les",
        content: "budget",
        stems: Some(("écoles", "école")),
    },
    es: Case {
        code: "es",
        text: "El ayuntamiento aprobó el martes un nuevo presupuesto. El plan destina más \
               dinero a las escuelas y al transporte público. Varios concejales dijeron que el \
               gasto era demasiado alto. La alcaldesa defendió el presupuesto en una rueda de \
               prensa. La votación sobre los últimos detalles tendrá lugar el próximo mes.",
        stop: "las",
        content: "presupuesto",
        stems: Some(("escuelas", "escuela")),
    },
    it: Case {
        code: "it",
        text: "Il consiglio comunale ha approvato martedì un nuovo bilancio. Il piano \
               prevede più fondi per le scuole e per i trasporti pubblici. Diversi \
               consiglieri hanno detto che la spesa era troppo alta. La sindaca ha difeso il \
               bilancio durante una conferenza stampa. Il voto sui dettagli finali si terrà il \
               mese prossimo.",
        stop: "per",
        content: "bilancio",
        stems: Some(("scuole", "scuola")),
    },
    pt: Case {
        code: "pt",
        text: "A câmara municipal aprovou na terça-feira um novo orçamento. O plano prevê \
               mais dinheiro para as escolas e para os transportes públicos. Vários \
               vereadores disseram que a despesa era demasiado alta. A presidente da câmara \
               defendeu o orçamento numa conferência de imprensa. A votação sobre os últimos \
               pormenores terá lugar no próximo mês.",
        stop: "para",
        content: "orçamento",
        stems: Some(("escolas", "escola")),
    },
    nl: Case {
        code: "nl",
        text: "De gemeenteraad heeft dinsdag een nieuwe begroting goedgekeurd. Het plan \
               geeft meer geld aan scholen en het openbaar vervoer. Verschillende raadsleden \
               zeiden dat de uitgaven te hoog waren. De burgemeester verdedigde de begroting \
               tijdens een persconferentie. Over de laatste details wordt volgende maand \
               gestemd.",
        stop: "het",
        content: "begroting",
        stems: Some(("begrotingen", "begroting")),
    },
    sv: Case {
        code: "sv",
        text: "Kommunfullmäktige godkände på tisdagen en ny budget. Planen ger mer pengar \
               till skolorna och kollektivtrafiken. Flera ledamöter sade att utgifterna var \
               för höga. Kommunstyrelsens ordförande försvarade budgeten vid en \
               presskonferens. Omröstningen om de sista detaljerna äger rum nästa månad.",
        stop: "och",
        content: "budget",
        stems: Some(("skolorna", "skolor")),
    },
    da: Case {
        code: "da",
        text: "Byrådet vedtog tirsdag et nyt budget. Planen giver flere penge til skolerne og \
               den offentlige transport. Flere medlemmer sagde, at udgifterne var for høje. \
               Borgmesteren forsvarede budgettet på et pressemøde. Afstemningen om de sidste \
               detaljer finder sted i næste måned.",
        stop: "og",
        content: "budget",
        stems: Some(("skolerne", "skolen")),
    },
    no: Case {
        code: "no",
        text: "Bystyret vedtok tirsdag et nytt budsjett. Planen gir mer penger til skolene \
               og kollektivtransporten. Flere medlemmer sa at utgiftene var for høye. \
               Ordføreren forsvarte budsjettet på en pressekonferanse. Avstemningen om de \
               siste detaljene skjer neste måned.",
        stop: "og",
        content: "budsjett",
        stems: Some(("skolene", "skolen")),
    },
    fi: Case {
        code: "fi",
        text: "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion. Suunnitelma antaa \
               lisää rahaa kouluille ja joukkoliikenteelle. Useat valtuutetut sanoivat, että \
               menot olivat liian suuret. Pormestari puolusti talousarviota \
               lehdistötilaisuudessa. Äänestys viimeisistä yksityiskohdista järjestetään \
               ensi kuussa.",
        stop: "että",
        content: "talousarviota",
        stems: Some(("talousarviota", "talousarvion")),
    },
    ru: Case {
        code: "ru",
        text: "Городской совет во вторник утвердил новый бюджет. План предусматривает \
               больше денег для школ и общественного транспорта. Несколько депутатов \
               заявили, что расходы слишком высоки. Мэр защитила бюджет на \
               пресс-конференции. Голосование по окончательным деталям состоится в \
               следующем месяце.",
        stop: "для",
        content: "бюджет",
        stems: Some(("школы", "школа")),
    },
    pl: Case {
        code: "pl",
        text: "Rada miasta zatwierdziła we wtorek nowy budżet. Plan przewiduje więcej \
               pieniędzy na szkoły i transport publiczny. Kilku radnych powiedziało, że \
               wydatki są zbyt wysokie. Prezydent miasta broniła budżetu na konferencji \
               prasowej. Głosowanie nad ostatnimi szczegółami odbędzie się w przyszłym \
               miesiącu.",
        stop: "na",
        content: "budżet",
        stems: None,
    },
    tr: Case {
        code: "tr",
        text: "Belediye meclisi salı günü yeni bütçeyi onayladı. Plan okullar ve toplu \
               taşıma için daha fazla para ayırıyor. Birkaç meclis üyesi harcamaların çok \
               yüksek olduğunu söyledi. Belediye başkanı bütçeyi bir basın toplantısında \
               savundu. Son ayrıntılar üzerine oylama gelecek ay yapılacak.",
        stop: "için",
        content: "bütçeyi",
        stems: Some(("okullar", "okulların")),
    },
    el: Case {
        code: "el",
        text: "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη νέο προϋπολογισμό. Το σχέδιο δίνει \
               περισσότερα χρήματα στα σχολεία και στις δημόσιες συγκοινωνίες. Αρκετοί \
               σύμβουλοι είπαν ότι οι δαπάνες είναι πολύ υψηλές. Η δήμαρχος υπερασπίστηκε τον \
               προϋπολογισμό σε συνέντευξη Τύπου. Η ψηφοφορία για τις τελευταίες λεπτομέρειες \
               θα γίνει τον επόμενο μήνα.",
        stop: "είναι",
        content: "προϋπολογισμό",
        stems: Some(("σχολεία", "σχολείο")),
    },
    ar: Case {
        code: "ar",
        text: "وافق مجلس المدينة يوم الثلاثاء على ميزانية جديدة. تمنح الخطة مزيدا من المال \
               للمدارس والنقل العام. وقال عدد من الأعضاء إن النفقات مرتفعة جدا. ودافعت رئيسة \
               البلدية عن الميزانية في مؤتمر صحفي. وسيجري التصويت على التفاصيل النهائية في \
               الشهر المقبل.",
        stop: "على",
        content: "ميزانية",
        stems: Some(("الميزانية", "ميزانية")),
    },
    hi: Case {
        code: "hi",
        text: "नगर परिषद ने मंगलवार को नया बजट पारित किया। योजना में स्कूलों और सार्वजनिक \
               परिवहन के लिए अधिक धन दिया गया है। कई सदस्यों ने कहा कि खर्च बहुत अधिक है। \
               महापौर ने एक संवाददाता सम्मेलन में बजट का बचाव किया। अंतिम विवरण पर मतदान \
               अगले महीने होगा।",
        stop: "के",
        content: "बजट",
        stems: None,
    },
    zh: Case {
        code: "zh",
        text: "市议会周二批准了新的预算。该计划为学校和公共交通提供更多资金。\
               几位议员表示，支出过高。市长在新闻发布会上为预算进行了辩护。\
               关于最后细节的投票将于下个月举行。",
        stop: "的",
        content: "预算",
        stems: None,
    },
    ja: Case {
        code: "ja",
        text: "市議会は火曜日、新しい予算を承認した。計画では学校と公共交通により多くの\
               資金を配分する。複数の議員は、支出が多すぎると述べた。市長は記者会見で予算を\
               擁護した。最終的な詳細についての採決は来月行われる。",
        stop: "の",
        content: "予算",
        stems: None,
    },
    ko: Case {
        code: "ko",
        text: "시의회는 화요일에 새 예산을 승인했다. 이 계획은 학교와 대중교통에 더 많은 돈을 \
               배정한다. 여러 의원들은 지출이 너무 많다고 말했다. 시장은 기자회견에서 예산을 \
               옹호했다. 세부 사항에 대한 투표는 다음 달에 실시된다.",
        stop: "이",
        content: "예산을",
        stems: None,
    },
}

#[test]
fn every_language_with_data_has_a_case() {
    let codes: Vec<&str> = cases().iter().map(|c| c.code).collect();
    let supported: Vec<&str> = Language::supported().map(Language::code).collect();
    assert_eq!(codes, supported);
}

#[test]
fn every_language_has_stopwords() {
    for language in Language::supported() {
        let case = cases()
            .into_iter()
            .find(|c| c.code == language.code())
            .unwrap();
        assert!(language.has_data(), "{}", case.code);
        assert!(language.is_stopword(case.stop), "{}", case.code);
    }
}

#[test]
fn the_language_option_overrides_detection() {
    let german = cases().into_iter().find(|c| c.code == "de").unwrap();
    let options = Options::new().language("en");
    assert_eq!(
        abridge::summarize(german.text, &options).unwrap().language,
        "en"
    );
}

/// A page's `lang` or a browser's language is a BCP 47 tag: its first subtag is the
/// language.
#[test]
fn tags_read_as_their_language() {
    for (tag, code) in [
        ("en-US", "en"),
        ("pt_BR", "pt"),
        ("zh-Hant-TW", "zh"),
        ("bg-BG", "bg"),
    ] {
        assert_eq!(Language::get(tag).unwrap().code(), code, "{tag}");
    }
}

/// A sentence or two has too few trigrams to tell English from French by them alone: their
/// stop words count too.
#[test]
fn stop_words_tell_apart_short_texts() {
    for (text, code) in [
        (
            "The bridge opens in 2028, the council said. \"It connects us,\" Mayor Ana Ruiz \
             said. Critics want schools instead.",
            "en",
        ),
        (
            "Queens Park Rangers keeper Chris Day is set to join Preston on a month's loan.",
            "en",
        ),
        (
            "Le conseil a adopté le budget de la ville pour les écoles.",
            "fr",
        ),
    ] {
        assert_eq!(Language::detect(text).code(), code, "{text}");
    }
}

#[test]
fn letters_tell_apart_one_line_texts() {
    // By trigrams alone this line is nearer Danish; Danish never writes `ä`.
    let swedish = "Kommunfullmäktige godkände på tisdagen en ny budget.";
    assert_eq!(Language::detect(swedish).code(), "sv");
    assert_eq!(
        Language::detect("Byrådet vedtog tirsdag et nyt budget.").code(),
        "da"
    );
}

#[test]
fn a_clear_first_paragraph_decides_and_an_unclear_one_reads_on() {
    let text_of = |code| cases().into_iter().find(|c| c.code == code).unwrap().text;
    let (english, german) = (text_of("en"), text_of("de"));
    let german = [german; 5].join("\n\n");
    // Over 500 characters of English, then three times as much German.
    let text = format!("{english}\n\n{english}\n\n{german}");
    assert_eq!(Language::detect(&text).code(), "en");
    // No letters in the first 500 characters: the German after them decides.
    let text = format!("{}{german}", "2024 — 12:30 / 42%\n".repeat(30));
    assert_eq!(Language::detect(&text).code(), "de");
}

#[test]
fn text_without_letters_is_english() {
    assert_eq!(Language::detect("2024 — 12:30 / 42%").code(), "en");
    assert_eq!(Language::detect("").code(), "en");
}

#[test]
fn codes_without_data_get_the_generic_rules() {
    // The codes of the sentence conformance cases that have no data here.
    for code in ["am", "bg", "fa", "hy", "kk", "mr", "my", "sk", "ur"] {
        let language = Language::get(code).unwrap();
        assert_eq!(language.code(), code);
        assert!(!language.has_data());
        assert!(!language.is_stopword("the"));
        assert_eq!(language.stem("running"), "running");
        assert!(std::ptr::eq(language, Language::get(code).unwrap()));
    }
    for bad in ["", "e", "english", "e1", "-CN"] {
        let error = Language::get(bad).unwrap_err().to_string();
        assert!(
            error.contains(&format!("{bad:?}")) || error.contains(bad),
            "{error}"
        );
    }
}

#[test]
fn greek_stopwords_match_with_or_without_accents() {
    let greek = Language::get("el").unwrap();
    for word in ["είναι", "ειναι", "αυτές", "αυτεσ"] {
        assert!(greek.is_stopword(word), "{word}");
    }
}

/// The words of `text` as [`Language::words`] gives them.
fn words<'t>(code: &str, text: &'t str) -> Vec<&'t str> {
    Language::get(code)
        .unwrap()
        .words(text)
        .map(|(_, w)| w)
        .collect()
}

#[test]
fn unspaced_text_gives_character_pairs() {
    assert_eq!(words("zh", "中华人民"), ["中华", "华人", "人民"]);
    assert_eq!(words("zh", "市长。预算"), ["市长", "预算"]);
    // Kanji and kana runs are paired apart; a katakana word is one word already.
    assert_eq!(
        words("ja", "予算を承認した"),
        ["予算", "を", "承認", "した"]
    );
    assert_eq!(
        words("ja", "東京でコンピュータ"),
        ["東京", "で", "コンピュータ"]
    );
    // Latin words inside stay whole; a lone character is a word.
    assert_eq!(words("zh", "用AI写诗"), ["用", "AI", "写诗"]);
    // Spaced languages keep Unicode words, even around ideographs.
    assert_eq!(words("en", "the 中华 test"), ["the", "中", "华", "test"]);
}

#[test]
fn pairs_of_stop_characters_are_stopwords() {
    let zh = Language::get("zh").unwrap();
    assert!(zh.is_stopword("的") && zh.is_stopword("我的"));
    assert!(!zh.is_stopword("预算") && !zh.is_stopword("的预"));
    let ja = Language::get("ja").unwrap();
    assert!(ja.is_stopword("した") && !ja.is_stopword("承認"));
    // Only where words are not spaced: `a` and `i` are English stop words, `ai` is not.
    assert!(!Language::get("en").unwrap().is_stopword("ai"));
}

#[test]
fn word_offsets_slice_back_to_the_word() {
    for case in cases() {
        let language = Language::get(case.code).unwrap();
        for (start, word) in language.words(case.text) {
            assert_eq!(&case.text[start..start + word.len()], word);
        }
    }
}

#[test]
fn a_shared_pair_makes_a_shared_term() {
    // `预算` (budget) is in two sentences of the Chinese text: its pair is a keyword.
    let zh = cases().into_iter().find(|c| c.code == "zh").unwrap();
    let summary = abridge::summarize(zh.text, &Options::new()).unwrap();
    assert!(
        summary.keywords.iter().any(|k| k.text == "预算"),
        "{:?}",
        summary.keywords
    );
}

/// Where terms are overlapping character pairs, a pair that only ever ends a longer word
/// (`京都` of `東京都`, `京市` of `北京市`, `通计` of `交通计划`) is no keyword, nor is a
/// pair of Japanese hiragana (`しま`, `まし` of `しました`), nor one that joins a particle to
/// a word beside it, nor a character alone; the word's first pair is.
#[test]
fn pieces_of_unspaced_words_are_no_keywords() {
    for (code, text, kept, pieces) in [
        (
            "ja",
            "東京都は新しい予算案を発表しました。東京都の知事は記者会見で予算を説明しました。\
             予算は教育と福祉に重点を置いています。東京都議会は来月、予算案を審議しました。",
            &["東京", "予算", "記者"][..],
            &["京都", "算案", "者会", "会見", "しま", "まし"][..],
        ),
        (
            "zh",
            "北京市政府今天公布了新的交通计划。北京市的交通问题一直很严重。新计划将增加地铁线路。\
             北京市市长说，交通计划将在明年开始实施。市民对交通计划表示欢迎。",
            &["北京", "交通", "计划"],
            &["京市", "通计"],
        ),
        // `的` is in many pairs, each a particle beside a word: `的字` and `寫的` are none;
        // `中国` holds most uses of `中`, a stop character too, and is a word.
        (
            "zh",
            "中国的经济增长很快。我们的城市正在扩大。他寫的文件很长。中国的人口在减少。\
             她寫的报告很短。中国的出口增长了。",
            &["中国", "增长"],
            &[
                "的经", "的城", "的文", "的人", "的报", "的出", "寫的", "们的",
            ],
        ),
        // A character alone (`時` of `0時`, `日` of `10日`) is a piece of a word.
        (
            "ja",
            "図書館は10日、開館時間を深夜0時まで延長すると発表した。図書館の延長は1日から始まる。\
             延長の時間は0時までで、図書館の利用者は喜んだ。",
            &["図書", "延長"],
            &["時", "日"],
        ),
    ] {
        let summary = abridge::summarize(text, &Options::new().max_keywords(50)).unwrap();
        assert_eq!(summary.language, code);
        let keywords: Vec<&str> = summary.keywords.iter().map(|k| k.text.as_str()).collect();
        for word in kept {
            assert!(keywords.contains(word), "{code} {word}: {keywords:?}");
        }
        for piece in pieces {
            assert!(!keywords.contains(piece), "{code} {piece}: {keywords:?}");
        }
    }
}

/// A quotation and its speaker, in each language with speech verbs: `(code, text, the
/// quotation's first words, speaker, cue)`.
const QUOTES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "de",
        "Der Stadtrat hat den Haushalt beschlossen. „Wir investieren in die Zukunft unserer \
         Kinder“, sagte Bürgermeisterin Anna Schmidt. Die Opposition kritisierte den Plan.",
        "Wir investieren",
        "Anna Schmidt",
        "sagte",
    ),
    (
        "fr",
        "Le conseil a adopté le budget. « Nous investissons dans l’avenir de nos enfants », a \
         déclaré la maire Anne Dupont. L’opposition a critiqué le projet.",
        "Nous investissons",
        "Anne Dupont",
        "déclaré",
    ),
    (
        "fr",
        "Le conseil a adopté le budget, a annoncé la maire Anne Dupont. L’opposition a \
         critiqué le projet. « C’est une erreur historique », a-t-elle ajouté.",
        "C’est une erreur",
        "Anne Dupont",
        "ajouté",
    ),
    (
        "fr",
        "Le conseil a adopté le budget. « Nous investissons dans l’avenir », a déclaré la \
         maire, Anne Dupont, devant la presse. L’opposition a critiqué le projet.",
        "Nous investissons",
        "Anne Dupont",
        "déclaré",
    ),
    (
        "es",
        "El ayuntamiento aprobó el presupuesto. \"Invertimos en el futuro de nuestros hijos\", \
         dijo la alcaldesa Ana García. La oposición criticó el plan.",
        "Invertimos en",
        "Ana García",
        "dijo",
    ),
    (
        "it",
        "Il consiglio ha approvato il bilancio. «Investiamo nel futuro dei nostri figli», ha \
         detto la sindaca Anna Rossi. L’opposizione ha criticato il piano.",
        "Investiamo nel",
        "Anna Rossi",
        "detto",
    ),
    (
        "pt",
        "A câmara aprovou o orçamento. \"Investimos no futuro dos nossos filhos\", disse a \
         presidente da câmara, Ana Silva. A oposição criticou o plano.",
        "Investimos no",
        "Ana Silva",
        "disse",
    ),
    (
        "pt",
        "A câmara aprovou o orçamento. \"Investimos no futuro dos nossos filhos\", disse a \
         presidente Ana Silva. A oposição criticou o plano.",
        "Investimos no",
        "Ana Silva",
        "disse",
    ),
    (
        "nl",
        "De gemeenteraad keurde de begroting goed. \"We investeren in de toekomst van onze \
         kinderen\", zei burgemeester Anna de Vries. De oppositie had kritiek.",
        "We investeren",
        "Anna de Vries",
        "zei",
    ),
    (
        "ru",
        "Городской совет утвердил бюджет. Мэр Анна Иванова заявила: «Мы вкладываем в будущее \
         наших детей». Оппозиция раскритиковала план.",
        "Мы вкладываем",
        "Анна Иванова",
        "заявила",
    ),
    (
        "sv",
        "Kommunfullmäktige godkände budgeten. \"Vi investerar i våra barns framtid\", sade \
         kommunalrådet Anna Svensson. Oppositionen kritiserade planen.",
        "Vi investerar",
        "Anna Svensson",
        "sade",
    ),
    (
        "da",
        "Byrådet vedtog budgettet. \"Vi investerer i vores børns fremtid\", sagde borgmester \
         Anna Jensen. Oppositionen kritiserede planen.",
        "Vi investerer",
        "Anna Jensen",
        "sagde",
    ),
    (
        "no",
        "Bystyret vedtok budsjettet. \"Vi investerer i barnas framtid\", sa ordfører Anna \
         Hansen. Opposisjonen kritiserte planen.",
        "Vi investerer",
        "Anna Hansen",
        "sa",
    ),
    (
        "pl",
        "Rada miasta przyjęła budżet. Prezydent Anna Kowalska powiedziała: \"Inwestujemy w \
         przyszłość naszych dzieci\". Opozycja skrytykowała plan.",
        "Inwestujemy w",
        "Anna Kowalska",
        "powiedziała",
    ),
    (
        "fi",
        "Kaupunginvaltuusto hyväksyi talousarvion. \"Investoimme lastemme tulevaisuuteen\", \
         sanoi pormestari Anna Virtanen. Oppositio kritisoi suunnitelmaa.",
        "Investoimme",
        "Anna Virtanen",
        "sanoi",
    ),
    (
        "el",
        "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό. «Επενδύουμε στο μέλλον των παιδιών \
         μας», δήλωσε η δήμαρχος Άννα Παπαδοπούλου. Η αντιπολίτευση επέκρινε το σχέδιο.",
        "Επενδύουμε",
        "Άννα Παπαδοπούλου",
        "δήλωσε",
    ),
    (
        "tr",
        "Belediye meclisi bütçeyi onayladı. Belediye Başkanı Ayşe Yılmaz, \"Çocuklarımızın \
         geleceğine yatırım yapıyoruz\" dedi. Muhalefet planı eleştirdi.",
        "Çocuklarımızın",
        "Ayşe Yılmaz",
        "dedi",
    ),
    (
        "tr",
        "Meclis bütçeyi onayladı. Bakan Mehmet Şimşek, yaptığı açıklamada \"Enflasyon bu yıl \
         düşecek\" diye konuştu. Muhalefet planı eleştirdi.",
        "Enflasyon",
        "Mehmet Şimşek",
        "konuştu",
    ),
    (
        "tr",
        "Meclis bütçeyi onayladı. Ekonomist Ali Demir şunları söyledi: \"Faiz oranları \
         yakında düşecek.\" Muhalefet planı eleştirdi.",
        "Faiz oranları",
        "Ali Demir",
        "söyledi",
    ),
    (
        "ja",
        "市議会は予算案を可決した。田中一郎市長は記者会見で「子どもたちの未来に投資する」と\
         述べた。野党は計画を批判した。",
        "子どもたち",
        "田中一郎市長",
        "述べた",
    ),
    (
        "ja",
        "市議会は予算案を可決した。「子どもたちの未来に投資する」と田中一郎市長は語った。\
         野党は計画を批判した。",
        "子どもたち",
        "田中一郎市長",
        "語った",
    ),
    (
        "ja",
        "東京都の小池百合子知事が「感染対策を強化する」と強調した。同氏は「都民の協力を\
         お願いしたい」と述べた。",
        "都民の協力",
        "小池百合子知事",
        "述べた",
    ),
    (
        "zh",
        "市议会通过了预算。市长王丽在会上表示：“我们投资于孩子们的未来。”反对派批评了这个\
         计划。",
        "我们投资",
        "王丽",
        "表示",
    ),
    (
        "zh",
        "市议会通过了预算。“我们投资于孩子们的未来，”外交部发言人华春莹26日说。反对派批评\
         了这个计划。",
        "我们投资",
        "华春莹",
        "说",
    ),
    (
        "zh",
        "市议会通过了预算。市长王丽表示：“我们投资于孩子们的未来。”她还说：“这是一个好\
         计划。”",
        "这是",
        "王丽",
        "说",
    ),
    (
        "ko",
        "시의회가 예산안을 통과시켰다. 김민수 시장은 기자회견에서 \"아이들의 미래에 \
         투자하겠다\"고 말했다. 야당은 계획을 비판했다.",
        "아이들의",
        "김민수 시장",
        "말했다",
    ),
    (
        "ko",
        "김민수 서울시장은 예산을 발표했다. 그는 \"이 계획은 도시의 미래를 위한 것\"이라고 \
         강조했다. 야당은 계획을 비판했다.",
        "이 계획은",
        "김민수 서울시장",
        "강조했다",
    ),
    (
        "ar",
        "وافق مجلس المدينة على الميزانية. وقال وزير المالية أحمد علي: \"نحن نستثمر في مستقبل \
         أطفالنا\". وانتقدت المعارضة الخطة.",
        "نحن نستثمر",
        "وزير المالية أحمد علي",
        "وقال",
    ),
    (
        "ar",
        "وافق مجلس المدينة على الميزانية. «نحن نستثمر في مستقبل أطفالنا»، قالت رئيسة البلدية \
         سارة حسن. وانتقدت المعارضة الخطة.",
        "نحن نستثمر",
        "رئيسة البلدية سارة حسن",
        "قالت",
    ),
    (
        "hi",
        "नगर परिषद ने बजट पास किया। वित्त मंत्री ने कहा, \"हम अपने बच्चों के भविष्य में निवेश कर \
         रहे हैं।\" विपक्ष ने योजना की आलोचना की।",
        "हम अपने",
        "वित्त मंत्री",
        "कहा",
    ),
    (
        "hi",
        "नगर परिषद ने बजट पास किया। \"हम अपने बच्चों के भविष्य में निवेश कर रहे हैं\", महापौर \
         अनीता शर्मा ने कहा। विपक्ष ने योजना की आलोचना की।",
        "हम अपने",
        "महापौर अनीता शर्मा",
        "कहा",
    ),
];

#[test]
fn quotes_have_their_speakers() {
    for &(code, text, opening, speaker, cue) in QUOTES {
        let summary = abridge::summarize(text, &Options::new()).unwrap();
        assert_eq!(summary.language, code, "{text}");
        let quote = summary
            .quotes
            .iter()
            .find(|q| q.text.starts_with(opening))
            .unwrap_or_else(|| panic!("{code}: no quote {opening:?} in {:?}", summary.quotes));
        assert_eq!(quote.speaker, Some(speaker), "{code}: {quote:?}");
        assert_eq!(quote.cue, Some(cue), "{code}: {quote:?}");
    }
}

/// The comma that led from a quotation into its attribution is the writer's in every script:
/// the quote, its span and its text end before it.
#[test]
fn a_quotation_ends_before_the_comma_that_led_into_its_attribution() {
    for (code, text, said) in [
        (
            "zh",
            "市议会通过了预算。“我们在投资孩子们的未来，”市长王伟说。反对派批评了这个计划。",
            "我们在投资孩子们的未来",
        ),
        (
            "ar",
            "وافق مجلس المدينة على الميزانية. \"نحن نستثمر في مستقبل أطفالنا،\" قالت رئيسة \
             البلدية سارة حسن. وانتقدت المعارضة الخطة.",
            "نحن نستثمر في مستقبل أطفالنا",
        ),
        (
            "en",
            "The council passed the budget. \"We are investing in our children,\" the mayor \
             said. Critics disagreed.",
            "We are investing in our children",
        ),
    ] {
        let summary = abridge::summarize(text, &Options::new()).unwrap();
        assert_eq!(summary.language, code, "{text}");
        let texts: Vec<&str> = summary.quotes.iter().map(|q| q.text).collect();
        assert_eq!(texts, [said], "{code}");
        assert_eq!(summary.quotes[0].span.slice(text), said, "{code}");
    }
}

#[test]
fn a_japanese_quotation_without_its_particle_is_not_reported() {
    // `「ユニクロ」は…発表した`: a name in corner brackets is the topic, not something said.
    let text = "「ユニクロ」は新店舗を発表した。店舗は駅前にある。";
    let summary = abridge::summarize(text, &Options::new()).unwrap();
    assert_eq!(summary.language, "ja");
    let quote = summary
        .quotes
        .iter()
        .find(|q| q.text == "ユニクロ")
        .unwrap();
    assert_eq!((&quote.speaker, &quote.cue), (&None, &None), "{quote:?}");
}

proptest::proptest! {
    /// The words of any text, paired or not, slice back to themselves, in order.
    #[test]
    fn words_of_any_text_slice_back(text in "(\\PC|[中华人民あいうカキ市長。 ])*") {
        for code in ["zh", "ja", "en"] {
            let mut last = 0;
            for (start, word) in Language::get(code).unwrap().words(&text) {
                proptest::prop_assert_eq!(text.get(start..start + word.len()), Some(word));
                proptest::prop_assert!(start >= last);
                last = start;
            }
        }
    }
}
