import Foundation
import GleanerExtract

/// The subcommands: train, score, bench.
enum Commands {
    static let data = "../shared/data/ner/gmb"
    static let bundledModel = "Sources/GleanerExtract/Resources/ner-weights.bin"

    static func titles() -> Result<PersonTitles, TrainError> {
        PersonTitles.bundled.mapError { .model($0) }
    }

    /// The gold conventions chosen by `--listed`, `--split`, `--possessive`, `--compass`,
    /// `--article`, `--events`, `--modifiers`, `--joins`, `--coordinated`, `--nationality`,
    /// `--inner`, `--places`, `--embedded`, `--unmarked`, `--administration`, `--given`,
    /// `--organizations`, `--heads`, `--tails`, `--opened`, `--compass-norp`, `--fragments` and
    /// `--punctuation` (1, the default, applies them; 0 keeps GMB's own labels), the same for every
    /// file a command reads; `train` never applies the last nineteen (see `LeadingArticle`,
    /// `EventNames`, `AttributiveModifiers`, `OrganizationJoins`, `CoordinatedNames`,
    /// `NationalityJoins`, `InnerPossessives`, `KnownPlaces`, `EmbeddedTitles`,
    /// `ListedOrganizations`, `AdministrationNames`, `GivenNamePersons`, `KnownOrganizations`,
    /// `OrganizationHeads`, `LowercaseTails`, `TitleOpenedNames`, `CompassNationalities`,
    /// `TitleFragments`, `MentionCleanup.trimEdgePunctuation`).
    static func conventions(_ options: Options) -> GMBLabels.Conventions {
        GMBLabels.Conventions(
            listedNames: options.int("listed", 1) == 1, titleSplitNames: options.int("split", 1) == 1,
            possessiveEdges: options.int("possessive", 1) == 1, compassWords: options.int("compass", 1) == 1,
            leadingArticle: options.int("article", 1) == 1, eventNames: options.int("events", 1) == 1,
            attributiveModifiers: options.int("modifiers", 1) == 1, organizationJoins: options.int("joins", 1) == 1,
            coordinatedNames: options.int("coordinated", 1) == 1, nationalityJoins: options.int("nationality", 1) == 1,
            innerPossessives: options.int("inner", 1) == 1, knownPlaces: options.int("places", 1) == 1,
            embeddedTitles: options.int("embedded", 1) == 1, unmarkedOrganizations: options.int("unmarked", 1) == 1,
            administrationNames: options.int("administration", 1) == 1, givenNamePersons: options.int("given", 1) == 1,
            knownOrganizations: options.int("organizations", 1) == 1, organizationHeads: options.int("heads", 1) == 1,
            lowercaseTails: options.int("tails", 1) == 1, titleOpenedNames: options.int("opened", 1) == 1,
            compassNationalities: options.int("compass-norp", 1) == 1, titleFragments: options.int("fragments", 1) == 1,
            edgePunctuation: options.int("punctuation", 1) == 1)
    }

    /// The conventions of the training and model-selection data: those of `conventions` without
    /// the leading-article, event, modifier, join, coordinated-name, nationality, inner-possessive,
    /// known-place, embedded-title, unmarked-organisation, administration, given-name,
    /// known-organisation, organisation-head, lower-case-tail, title-opened-name,
    /// compass-nationality, title-fragment and edge-punctuation rules, output rules the model is
    /// not trained on.
    static func trainingConventions(_ options: Options) -> GMBLabels.Conventions {
        var chosen = conventions(options)
        chosen.leadingArticle = false
        chosen.eventNames = false
        chosen.attributiveModifiers = false
        chosen.organizationJoins = false
        chosen.coordinatedNames = false
        chosen.nationalityJoins = false
        chosen.innerPossessives = false
        chosen.knownPlaces = false
        chosen.embeddedTitles = false
        chosen.unmarkedOrganizations = false
        chosen.administrationNames = false
        chosen.givenNamePersons = false
        chosen.knownOrganizations = false
        chosen.organizationHeads = false
        chosen.lowercaseTails = false
        chosen.titleOpenedNames = false
        chosen.compassNationalities = false
        chosen.titleFragments = false
        chosen.edgePunctuation = false
        return chosen
    }

    /// Trains on train.tsv, picks the epoch with the best dev F1 (PERSON+ORGANIZATION+LOCATION),
    /// and writes the quantised weights.
    static func train(_ options: Options) -> Result<Void, TrainError> {
        let bits = options.int("bits", 18)
        let epochs = options.int("epochs", 12)
        let seed = UInt64(options.int("seed", 20_251_124))
        let prune = options.double("prune", 0.3)
        let output = options.string("out", bundledModel)
        let document = options.int("document", 40)
        return titles().flatMap { titles in
            GMBReader.read(
                options.string("train", "\(data)/train.tsv"), titles: titles, documentSize: document,
                relabelTitledNames: options.int("relabel", 1) == 1, conventions: Commands.trainingConventions(options)
            ).flatMap { train in
                GMBReader.read(
                    options.string("dev", "\(data)/dev.tsv"), titles: titles, documentSize: document,
                    conventions: Commands.trainingConventions(options)
                ).map { (train, $0) }
            }
        }.flatMap { (train: TaggedCorpus, dev: TaggedCorpus) in
            print("train: \(train.gold.count) tokens, dev: \(dev.gold.count) tokens; bits \(bits), seed \(seed)")
            var trainer = PerceptronTrainer(bucketBits: bits, seed: seed)
            var best: (f1: Double, epoch: Int, bytes: [UInt8]) = (-1, 0, [])
            for epoch in 1...epochs {
                let started = Date()
                let errorRate = trainer.trainEpoch(train, margin: Float(options.double("margin", 1)))
                let averaged = trainer.averagedWeights()
                let rows = RowQuantiser.quantise(averaged, pruneQuantile: prune)
                let model = trainer.model(rows: rows)
                if options.int("diagnose", 0) == 1 {
                    for (name, candidate) in [
                        ("float", trainer.model(weights: averaged)),
                        ("q-noprune", trainer.model(rows: RowQuantiser.quantise(averaged, pruneQuantile: 0))),
                    ] {
                        let s = EntityScore(
                            gold: dev.gold, predicted: dev.predict(with: candidate), sentences: dev.sentences)
                        print(name, String(format: "%.4f", s.micro([.person, .organization, .location]).f1))
                    }
                }
                let score = EntityScore(gold: dev.gold, predicted: dev.predict(with: model), sentences: dev.sentences)
                let f1 = score.micro([.person, .organization, .location]).f1
                let seconds = Date().timeIntervalSince(started)
                print(
                    String(
                        format: "epoch %2d  train err %.4f  dev PER+ORG+LOC F1 %.4f  NORP %.4f  (%.1f s)", epoch,
                        errorRate, f1, score.micro([.norp]).f1, seconds))
                if f1 > best.f1 { best = (f1, epoch, trainer.fileBytes(rows: rows)) }
            }
            guard FileManager.default.createFile(atPath: output, contents: Data(best.bytes)) else {
                return .failure(.unreadable(output))
            }
            print(
                "best epoch \(best.epoch) (dev F1 \(String(format: "%.4f", best.f1))), wrote \(best.bytes.count) bytes to \(output)"
            )
            return .success(())
        }
    }

    /// Scores a weights file on a TSV file (test.tsv by default). The gold gets `conventions` and,
    /// unless `--titled 0`, `TitledNames` (a title and a person typed ORGANIZATION is the person,
    /// as in training).
    static func score(_ options: Options) -> Result<Void, TrainError> {
        let path = options.string("model", bundledModel)
        let started = Date()
        return ModelFile.load(contentsOf: URL(fileURLWithPath: path)).mapError { .model($0) }.flatMap { model in
            let loadTime = Date().timeIntervalSince(started)
            return titles().flatMap { titles in
                GMBReader.readWords(
                    options.string("test", "\(data)/test.tsv"), titles: titles,
                    documentSize: options.int("document", 40), relabelTitledNames: options.int("titled", 1) == 1,
                    conventions: Commands.conventions(options)
                ).map { (corpus: $0.corpus, words: $0.words, titles: titles) }
            }.map {
                (corpus, words, titles) in
                let predicted = cleaned(
                    corpus.predict(with: model), corpus: corpus, words: words, titles: titles, options: options)
                let score = EntityScore(gold: corpus.gold, predicted: predicted, sentences: corpus.sentences)
                print(String(format: "model load %.1f ms", loadTime * 1000))
                printTable(score)
            }
        }
    }

    /// `score`'s table: P, R, F1 and counts per group of types.
    static func printTable(_ score: EntityScore) {
        print("| types | P | R | F1 | gold | predicted |")
        print("| --- | --- | --- | --- | --- | --- |")
        let groups: [(String, [EntityType])] = [
            ("PERSON+ORGANIZATION+LOCATION", [.person, .organization, .location]),
            ("PERSON", [.person]), ("ORGANIZATION", [.organization]), ("LOCATION", [.location]),
            ("NORP", [.norp]), ("all four", EntityType.allCases),
        ]
        for (name, types) in groups {
            let counts = score.micro(types)
            print(
                String(
                    format: "| %@ | %.4f | %.4f | %.4f | %d | %d |", name, counts.precision, counts.recall,
                    counts.f1, counts.gold, counts.predicted))
        }
    }

    /// Predicted tags after the output rules (`EntityTagger.applyOutputRules`, one document per
    /// pseudo-document; `--propagate 0` leaves the surname propagation out), as `EntityTagger`
    /// gives them; `words` are the corpus's tokens, sentences back to back.
    static func cleaned(
        _ predicted: [UInt8], corpus: TaggedCorpus, words: [String], titles: PersonTitles, options: Options
    ) -> [UInt8] {
        let scalars = words.map { Array($0.unicodeScalars) }
        let documents = corpus.documents.compactMap { document -> Range<Int>? in
            let sentences = corpus.sentences[document]
            guard let first = sentences.first, let last = sentences.last else { return nil }
            return first.lowerBound..<last.upperBound
        }
        var tags = predicted
        EntityTagger.applyOutputRules(
            tags: &tags, documents: documents, propagateSurnames: options.int("propagate", 1) == 1,
            isTitle: { titles.contains(words[$0]) }, token: { scalars[$0][...] })
        return tags
    }

    /// Prints the mentions a weights file finds in `--text` (a string), one per line.
    static func tag(_ options: Options) -> Result<Void, TrainError> {
        let path = options.string("model", bundledModel)
        return ModelFile.load(contentsOf: URL(fileURLWithPath: path)).mapError { .model($0) }.flatMap { model in
            titles().map { titles in
                let tagger = EntityTagger(model: model, titles: titles)
                for mention in tagger.entities(in: options.string("text", "")) {
                    print("\(mention.type.rawValue)\t\(mention.text)")
                }
            }
        }
    }

    /// Tokenises and tags a text file several times and prints tokens per second.
    static func bench(_ options: Options) -> Result<Void, TrainError> {
        let path = options.string("text", "")
        let rounds = options.int("rounds", 5)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .failure(.unreadable(path)) }
        let started = Date()
        return EntityTagger.shared.mapError { .model($0) }.map { tagger in
            print(String(format: "model load %.1f ms", Date().timeIntervalSince(started) * 1000))
            let firstCall = Date()
            _ = tagger.entities(in: "Mr. Tamar Velk visited Paris.")
            print(
                String(format: "first call (reads the gazetteers) %.1f ms", Date().timeIntervalSince(firstCall) * 1000))
            // Articles are tagged one at a time, as the pipeline will.
            let articles = text.components(separatedBy: "\n\n\n")
            var best = 0.0
            for round in 1...rounds {
                let clock = ContinuousClock.now
                var tokens = 0
                var mentions = 0
                for article in articles {
                    let tokenized = TokenizedText(article)
                    tokens += tokenized.tokens.count
                    mentions += tagger.entities(in: tokenized).count
                }
                let elapsed = ContinuousClock.now - clock
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                let rate = Double(tokens) / seconds
                best = max(best, rate)
                print(
                    String(
                        format: "round %d: %d tokens, %d mentions, %.3f s, %.0f tokens/s", round, tokens, mentions,
                        seconds, rate))
            }
            print(String(format: "best: %.0f tokens/s (tokenise + sentence split + tag, one core)", best))
        }
    }
}
