import Testing

@testable import GleanerExtract

/// Lower-case compass adjectives leave the start of a span, in GMB's gold and in the output;
/// capitalised ones ("South Sudan") and a compass word alone stay.
@Suite struct CompassWordsTests {
    private let location = TagSet.begin(.location)
    private let locationInside = TagSet.inside(.location)

    @Test func goldSpansLoseALeadingLowerCaseCompassWord() {
        let words = ["in", "eastern", "Afghanistan", "and", "South", "Sudan", "and", "central"]
        var tags: [UInt8] = [0, location, locationInside, 0, location, locationInside, 0, location]
        let trimmed = TagSet.trimStarts(&tags) {
            CompassWords.isLowercaseCompassWord(Array(words[$0].unicodeScalars)[...])
        }
        #expect(trimmed == 1)
        #expect(tags == [0, 0, location, 0, location, locationInside, 0, location])
    }

    @Test func gmbConversionTrimsAndCanKeepGMBSpans() throws {
        let titles = try PersonTitles.bundled.get()
        let words = ["southern", "Iraq"]
        let raw: [Substring] = ["B-geo", "I-geo"]
        #expect(GMBLabels.convert(words: words, rawTags: raw, titles: titles) == [0, location])
        let kept = GMBLabels.convert(
            words: words, rawTags: raw, titles: titles, conventions: .init(compassWords: false))
        #expect(kept == [location, locationInside])
    }

    @Test func outputMentionsLeaveItOutToo() {
        let text = TokenizedText("fighting in northwestern Syria and Western Sahara")
        let tags = spanTags(count: text.tokens.count, [(2..<4, .location), (5..<7, .location)])
        #expect(EntityTagger.mentions(tags: tags, in: text).map(\.text) == ["Syria", "Western Sahara"])
    }
}
