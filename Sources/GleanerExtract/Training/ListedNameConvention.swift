/// The project's convention for names whose GMB type follows the sentence rather than the name.
/// GMB labels a place `org` when it stands for a government or a team ("Tehran says", "Turkey
/// beat Brazil") and an organisation `geo` in some sentences ("U.N.", "African Union", "Fatah").
/// DESIGN.md types a name by what it names — countries, cities and regions are LOCATION,
/// organisations ORGANIZATION — as the CoNLL-2003 guidelines do. So an ORGANIZATION or LOCATION
/// span that is, as a whole, a name of exactly one of the place and organisation lists takes that
/// list's type ("Delta", on both lists, keeps GMB's type). GMB's `gpe` (NORP here, nationality
/// words) also holds country names ("Nepal", "Niger", "Sudan": about 950 spans of train.tsv, 99 of dev, 90 of test); a NORP
/// span that is, as a whole, a listed place and neither a listed organisation nor a listed NORP
/// word becomes LOCATION. The other way round, GMB types religious, ethnic and political group
/// words `org`, `geo` or `per` in some sentences ("Muslim" `org` 76 times in train.tsv, "Sunni"
/// `geo` 31 and `per` 27; about 620 spans of train.tsv, 76 of dev, 85 of test), where DESIGN.md
/// makes "Kurdish" and "Sunni" NORP: a PERSON, ORGANIZATION or LOCATION span that is, as a whole,
/// a listed NORP word and neither a listed place nor a listed organisation becomes NORP. Applied
/// to training, development and test data alike.
public enum ListedNameConvention {
    /// Retypes the ORGANIZATION and LOCATION spans of one sentence that are listed names of the
    /// other type, the NORP spans that are listed places only and the other spans that are listed
    /// NORP words only; returns how many.
    @discardableResult
    public static func relabel(tags: inout [UInt8], words: [String]) -> Int {
        relabel(tags: &tags, words: words, gazetteer: .bundled)
    }

    static func relabel(tags: inout [UInt8], words: [String], gazetteer: Gazetteer) -> Int {
        var relabelled = 0
        for span in TagSet.spans(tags) {
            let kinds = gazetteer.kinds(ofName: words[span.start..<span.end])
            let type: EntityType
            switch (span.type, kinds.contains(.location), kinds.contains(.organization), kinds.contains(.norp)) {
            case (.organization, true, false, _), (.location, true, false, _): type = .location
            case (.organization, false, true, _), (.location, false, true, _): type = .organization
            case (.norp, true, false, false): type = .location
            case (.person, false, false, true), (.organization, false, false, true), (.location, false, false, true):
                type = .norp
            default: continue
            }
            guard type != span.type else { continue }
            TagSet.mark(&tags, span.start..<span.end, as: type)
            relabelled += 1
        }
        return relabelled
    }
}
