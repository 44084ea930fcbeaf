import Foundation

/// Multi-word names (places from GeoNames, see `Resources/gazetteer-README.md`), matched on the
/// lower forms of tokens; the tagger uses the match position as a feature.
struct Gazetteer: Sendable {
    /// Hashes of whole names (`combine` over the token lower hashes).
    private let names: Set<UInt64>
    /// Longest name, in tokens.
    let maximumLength: Int

    /// Names from the lines of a list (one lowercase name per line, tokens separated by spaces,
    /// `#` comments).
    init(listText: String) {
        var names: Set<UInt64> = []
        var maximumLength = 1
        for line in listText.split(whereSeparator: \.isNewline) {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let words = line.split(separator: " ")
            maximumLength = max(maximumLength, words.count)
            var hash: UInt64 = 0
            for word in words { hash = Self.combine(hash, ScalarText.lowerHash(String(word))) }
            names.insert(hash)
        }
        self.names = names
        self.maximumLength = min(maximumLength, 5)
    }

    /// The bundled place names (empty if the resource is missing).
    static let locations: Gazetteer = {
        guard
            let url = Bundle.module.url(
                forResource: "gazetteer-locations", withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return Gazetteer(listText: "") }
        return Gazetteer(listText: text)
    }()

    @inline(__always)
    static func combine(_ hash: UInt64, _ lower: UInt64) -> UInt64 {
        (hash &* 0x2545_F491_4F6C_DD1D) ^ lower
    }

    /// Sets `gazetteer` of the tokens of one sentence: 1 single-token name, 2 first, 3 inside,
    /// 4 last token of the longest name starting at a capitalised token.
    func mark(_ infos: inout [TokenInfo], sentence: Range<Int>) {
        guard !names.isEmpty else { return }
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard infos[index].flags & (TokenInfo.capitalised | TokenInfo.allCaps) != 0 else {
                index += 1
                continue
            }
            var hash: UInt64 = 0
            var matched = 0
            for length in 1...min(maximumLength, sentence.upperBound - index) {
                hash = Self.combine(hash, infos[index + length - 1].lower)
                if names.contains(hash) { matched = length }
            }
            guard matched > 0 else {
                index += 1
                continue
            }
            for position in index..<(index + matched) {
                infos[position].gazetteer =
                    matched == 1 ? 1 : position == index ? 2 : position == index + matched - 1 ? 4 : 3
            }
            index += matched
        }
    }
}
