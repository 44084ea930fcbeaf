/// A name of two words or more that the gazetteer lists as a place, typed PERSON by the model
/// ("El Fasher": the model has seen "El" open people's names, "El-Sisi", "ElBaradei"), is a
/// LOCATION unless its first word is a given name of three letters or more ("Paris Hilton",
/// "Jackson Browne" stay people; "El" and "Al" are Arabic articles far more often than names).
enum KnownPlaces {
    /// Retypes those PERSON spans; `token(i)` gives token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        let gazetteer = Gazetteer.bundled
        for span in TagSet.spans(tags) where span.type == .person && span.end - span.start >= 2 {
            guard gazetteer.kinds(ofTokens: span.start..<span.end, token: token).contains(.location),
                token(span.start).count < 3
                    || !gazetteer.kinds(ofTokens: span.start..<(span.start + 1), token: token).contains(.givenName)
            else { continue }
            TagSet.mark(&tags, span.start..<span.end, as: .location)
        }
    }
}
