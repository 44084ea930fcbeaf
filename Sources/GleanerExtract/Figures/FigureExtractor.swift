/// Finds the figures of a text, sentence by sentence: counts of people (`NumberScanner`,
/// `PeopleGroup`) classified by the cue that goes with them (`CueReader`) or by what the people
/// are, with subsets ("including a civilian"), coordinated groups ("one soldier and seven
/// militants were killed") and repeats folded into one figure. Offsets are code points.
public struct FigureExtractor: Sendable {
    let lexicon: FigureLexicon
    private let cues: CueReader
    private let filter: SentenceFilter

    /// The extractor with the bundled lexicon (`Resources/figure-lexicon.txt`).
    public static let shared = FigureExtractor(lexicon: .bundled)

    init(lexicon: FigureLexicon) {
        self.lexicon = lexicon
        self.cues = CueReader(lexicon: lexicon)
        self.filter = SentenceFilter(lexicon: lexicon)
    }

    /// The figures of `text`; `entities` (from the tagger) name places and actors.
    public func figures(in text: TokenizedText, entities: [EntityMention] = []) -> [Figure] {
        var figures: [Figure] = []
        var entityIndex = 0
        for sentence in text.sentences {
            guard filter.mayHoldFigure(sentence, in: text) else { continue }
            let words = SentenceWords.words(of: sentence, in: text, lexicon: lexicon)
            let found = SentenceFigures(words: words, cues: cues).figures()
            guard !found.isEmpty else { continue }
            while entityIndex < entities.count, entities[entityIndex].end <= sentence.start { entityIndex += 1 }
            var entityEnd = entityIndex
            while entityEnd < entities.count, entities[entityEnd].start < sentence.end { entityEnd += 1 }
            for candidate in found {
                figures.append(
                    candidate.figure(
                        in: text, words: words, entities: entities[entityIndex..<entityEnd], lexicon: lexicon))
            }
        }
        return figures
    }

    /// The figures of a plain string.
    public func figures(in text: String) -> [Figure] {
        figures(in: TokenizedText(text))
    }
}
