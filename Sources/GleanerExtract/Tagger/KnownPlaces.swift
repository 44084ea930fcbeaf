/// A name of two words or more that the gazetteer lists as a place, typed PERSON ("El Fasher":
/// the model has seen "El" open people's names, "El-Sisi", "ElBaradei"; GMB's gold has "Western
/// Sahara" and "Saudi Arabia" as `per` in some sentences), is a LOCATION, unless a given name of
/// three letters or more opens it ("Paris Hilton", "Jackson Browne"; "El" and "Al" are Arabic
/// articles far more often than names). One word is left alone: a surname written alone is
/// often a listed place too ("Bolton", "Mesa", "Toledo"). Applied to the output, and by the
/// scorer to GMB's dev and test gold (`GMBLabels`, `--places 0` off); training keeps GMB's spans.
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
