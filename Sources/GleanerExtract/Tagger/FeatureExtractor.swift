/// The feature templates of the tagger, hashed into `2^bucketBits` buckets.
///
/// Static features, per token (`staticCount`): bias; word; lower form; shape; lowercase prefixes
/// and suffixes of 1–4 scalars; lower forms at ±1 and ±2; bigrams of lower forms with each
/// neighbour; shapes with each neighbour; capitalisation of the previous, current and next tokens
/// with the sentence-start and title-case-line flags; sentence start with the shape; first and
/// last words of the capitalised run with the position in it; run length and position; the
/// neighbours' lower forms together; the shapes of the three tokens; how the word is written
/// elsewhere in the document (`DocumentContext`); the word with the previous word; the
/// place-gazetteer match position with the run position, and with the neighbours' match
/// positions; how the same word was tagged in the earlier sentences of the document
/// (`DocumentMemory`), alone and with the capitalisation and sentence-start flags; given-name,
/// surname and common-word bits with the neighbours' bits, and with the run position; where the word stands in the capitalised runs of the whole document; the
/// organisation and NORP match positions with the run position; all gazetteer bits together.
///
/// Transition features (`transitionBucket`): the previous tag, scored against each tag; Viterbi
/// decoding (`SequenceDecoder`) finds the best sequence. The previous tag with the lower form or
/// the shape, and the tag two back, as the greedy tagger had, did not help with Viterbi (dev F1
/// 0.8598 with, 0.8607 without) and would make decoding slower.
struct FeatureExtractor: Sendable {
    let bucketBits: Int
    static let staticCount = 39

    @inline(__always)
    func bucket(_ template: UInt64, _ value: UInt64) -> Int32 {
        var x = value &+ template &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        x ^= x >> 31
        return Int32(truncatingIfNeeded: x >> UInt64(64 - bucketBits))
    }

    @inline(__always)
    private func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 0x2545_F491_4F6C_DD1D) ^ b
    }

    /// Writes the static features of every token of the sentence `range`, `staticCount` per token,
    /// with `memory` holding the tags of the earlier sentences of the document.
    func sentenceFeatures(
        _ infos: UnsafeBufferPointer<TokenInfo>, range: Range<Int>, memory: DocumentMemory,
        into out: UnsafeMutablePointer<Int32>
    ) {
        for index in range {
            staticFeatures(
                infos, index: index, range: range, memory: memory.recall(infos[index]),
                into: out + (index - range.lowerBound) * Self.staticCount)
        }
    }

    /// Writes the static features of token `index` of the sentence `range` into `out[0..<staticCount]`.
    @inline(__always)
    func staticFeatures(
        _ infos: UnsafeBufferPointer<TokenInfo>, index: Int, range: Range<Int>, memory: UInt8,
        into out: UnsafeMutablePointer<Int32>
    ) {
        let token = infos[index]
        let previous = index - 1 >= range.lowerBound ? infos[index - 1] : nil
        let previous2 = index - 2 >= range.lowerBound ? infos[index - 2] : nil
        let next = index + 1 < range.upperBound ? infos[index + 1] : nil
        let next2 = index + 2 < range.upperBound ? infos[index + 2] : nil
        let lowerM1 = previous?.lower ?? 11
        let lowerM2 = previous2?.lower ?? 12
        let lowerP1 = next?.lower ?? 13
        let lowerP2 = next2?.lower ?? 14
        let shapeM1 = previous?.shape ?? 11
        let shapeP1 = next?.shape ?? 13
        let first: UInt64 = index == range.lowerBound ? 1 : 0
        let capitals =
            UInt64(previous.map { $0.flags & 3 } ?? 4) << 10 | UInt64(token.flags & 95) << 3
            | UInt64(next.map { $0.flags & 3 } ?? 4) << 1 | first
        out[0] = bucket(1, 0)
        out[1] = bucket(2, token.word)
        out[2] = bucket(3, token.lower)
        out[3] = bucket(4, token.shape)
        out[4] = bucket(5, token.prefixes.0)
        out[5] = bucket(6, token.prefixes.1)
        out[6] = bucket(7, token.prefixes.2)
        out[7] = bucket(8, token.prefixes.3)
        out[8] = bucket(9, token.suffixes.0)
        out[9] = bucket(10, token.suffixes.1)
        out[10] = bucket(11, token.suffixes.2)
        out[11] = bucket(12, token.suffixes.3)
        out[12] = bucket(13, lowerM1)
        out[13] = bucket(14, lowerP1)
        out[14] = bucket(15, lowerM2)
        out[15] = bucket(16, lowerP2)
        out[16] = bucket(17, pair(lowerM1, token.lower))
        out[17] = bucket(18, pair(token.lower, lowerP1))
        out[18] = bucket(19, pair(shapeM1, token.shape))
        out[19] = bucket(20, pair(token.shape, shapeP1))
        out[20] = bucket(21, capitals)
        out[21] = bucket(22, pair(first, token.shape))
        let place = UInt64(token.run & 3)
        out[22] = bucket(23, pair(token.runLast, place))
        out[23] = bucket(24, pair(token.runFirst, place))
        out[24] = bucket(25, UInt64(token.run) << 1 | first)
        out[25] = bucket(26, pair(lowerM1, lowerP1))
        out[26] = bucket(27, pair(pair(shapeM1, token.shape), shapeP1))
        out[27] = bucket(28, UInt64(token.document) << 6 | UInt64(token.flags & 35) << 1 | first)
        out[28] = bucket(29, pair(token.word, lowerM1))
        let gazetteer = UInt64(token.gazetteer)
        out[29] = bucket(30, gazetteer << 8 | UInt64(token.run & 3) << 1 | first)
        out[30] = bucket(37, gazetteer << 8 | UInt64(previous?.gazetteer ?? 7) << 4 | UInt64(next?.gazetteer ?? 7))
        out[31] = bucket(35, UInt64(memory))
        out[32] = bucket(36, UInt64(memory) << 8 | UInt64(token.flags & 3) << 1 | first)
        let name = UInt64(token.name)
        out[33] = bucket(43, name << 8 | UInt64(previous?.name ?? 7) << 4 | UInt64(next?.name ?? 7))
        out[34] = bucket(44, name << 8 | UInt64(token.run & 3) << 1 | first)
        out[35] = bucket(45, UInt64(token.documentRuns) << 8 | UInt64(token.run & 3) << 1 | first)
        out[36] = bucket(46, UInt64(token.organization) << 8 | UInt64(token.run & 3) << 1 | first)
        out[37] = bucket(47, UInt64(token.norp) << 8 | UInt64(token.run & 3) << 1 | first)
        out[38] = bucket(48, UInt64(token.organization) << 12 | UInt64(token.norp) << 8 | gazetteer << 4 | name)
    }

    /// The bucket of the transition feature "previous tag" (`ModelTags`, or `ModelTags.start` at
    /// the sentence start). Transitions depend on the tag pair only, so Viterbi decoding reads an
    /// 18 × 17 matrix built once per sentence (`SequenceDecoder`).
    @inline(__always)
    func transitionBucket(previous: UInt8) -> Int32 {
        bucket(31, UInt64(previous))
    }
}
