/// A name the gazetteer lists as an organisation or company, typed PERSON, is an ORGANIZATION
/// ("Nissan", "Renault Group": the model reads an unseen one-word company after "with" or "of" as
/// a surname), unless it is also a listed given name or surname, place or nationality word
/// ("Ford", "Dell", "Jordan" stay; several words: "Morgan Stanley" is an organisation). Applied to the output, and by the scorer to GMB's dev and test
/// gold (`GMBLabels`, `--organizations 0` off), as `KnownPlaces` is for places; training keeps
/// GMB's spans.
enum KnownOrganizations {
    /// Retypes those PERSON spans in BIO `tags`; `token(i)` gives token i's scalars.
    static func apply(tags: inout [UInt8], token: (Int) -> ArraySlice<Unicode.Scalar>) {
        let gazetteer = Gazetteer.bundled
        for span in TagSet.spans(tags) where span.type == .person {
            let name = span.start..<span.end
            let kinds = gazetteer.kinds(ofTokens: name, token: token)
            guard kinds.contains(.organization), kinds.intersection([.givenName, .surname, .location, .norp]).isEmpty
            else { continue }
            TagSet.mark(&tags, name, as: .organization)
        }
    }
}
